import { apiRoute, pageJson, preflight } from "@/lib/api/handler";
import { damageReportListQuery } from "@/lib/api/schemas";
import { listPublicDamageReports } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: damageReportListQuery,
  handler: async ({ query, request }) => pageJson(request, await listPublicDamageReports(query)),
});
export const OPTIONS = preflight;
