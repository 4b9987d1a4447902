import { apiRoute, pageJson, preflight } from "@/lib/api/handler";
import { monumentListQuery } from "@/lib/api/schemas";
import { listPublicMonuments } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: monumentListQuery,
  handler: async ({ query: { limit, cursor, ...filters }, request }) =>
    pageJson(request, await listPublicMonuments({ filters, limit, cursor })),
});
export const OPTIONS = preflight;
