import { apiRoute, exportCost, preflight } from "@/lib/api/handler";
import { monumentExportQuery } from "@/lib/api/schemas";
import { iteratePublicMonuments } from "@/lib/data/open-data";
import { monumentCsv } from "@/lib/export/csv";
import { downloadHeaders, textStream } from "@/lib/export/stream";

export const GET = apiRoute({
  query: monumentExportQuery,
  cost: exportCost(),
  handler: async ({ query }) =>
    new Response(textStream(monumentCsv(iteratePublicMonuments({ filters: query }))), {
      headers: downloadHeaders({ contentType: "text/csv; charset=utf-8", filename: "monuments.csv" }),
    }),
});
export const OPTIONS = preflight;
