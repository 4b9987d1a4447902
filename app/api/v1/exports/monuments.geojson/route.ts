import { apiRoute, exportCost, preflight } from "@/lib/api/handler";
import { monumentExportQuery } from "@/lib/api/schemas";
import { iteratePublicMonuments } from "@/lib/data/open-data";
import { monumentGeoJson } from "@/lib/export/geojson-stream";
import { downloadHeaders, textStream } from "@/lib/export/stream";

export const GET = apiRoute({
  query: monumentExportQuery,
  cost: exportCost(),
  handler: async ({ query }) =>
    new Response(textStream(monumentGeoJson(iteratePublicMonuments({ filters: query }))), {
      headers: downloadHeaders({ contentType: "application/geo+json; charset=utf-8", filename: "monuments.geojson" }),
    }),
});
export const OPTIONS = preflight;
