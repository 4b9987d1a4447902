import { apiRoute, pageJson, preflight } from "@/lib/api/handler";
import { sourceListQuery } from "@/lib/api/schemas";
import { listPublicSources } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: sourceListQuery,
  handler: async ({ query, request }) => pageJson(request, await listPublicSources(query)),
});
export const OPTIONS = preflight;
