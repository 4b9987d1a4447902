import { apiRoute, pageJson, preflight } from "@/lib/api/handler";
import { siteListQuery } from "@/lib/api/schemas";
import { listPublicSites } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: siteListQuery,
  handler: async ({ query, request }) => pageJson(request, await listPublicSites(query)),
});
export const OPTIONS = preflight;
