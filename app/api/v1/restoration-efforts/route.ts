import { apiRoute, pageJson, preflight } from "@/lib/api/handler";
import { restorationListQuery } from "@/lib/api/schemas";
import { listPublicRestorationEfforts } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: restorationListQuery,
  handler: async ({ query, request }) => pageJson(request, await listPublicRestorationEfforts(query)),
});
export const OPTIONS = preflight;
