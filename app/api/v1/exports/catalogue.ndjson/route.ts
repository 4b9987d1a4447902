import { apiRoute, exportCost, preflight } from "@/lib/api/handler";
import { emptyQuery } from "@/lib/api/schemas";
import { catalogueDump } from "@/lib/export/dump";
import { downloadHeaders, textStream } from "@/lib/export/stream";

export const GET = apiRoute({
  query: emptyQuery,
  cost: exportCost(),
  handler: async () =>
    new Response(textStream(catalogueDump()), {
      headers: downloadHeaders({ contentType: "application/x-ndjson; charset=utf-8", filename: "catalogue.ndjson" }),
    }),
});
export const OPTIONS = preflight;
