import { apiRoute, preflight } from "@/lib/api/handler";
import { emptyQuery } from "@/lib/api/schemas";
import { linkedArtContext } from "@/lib/export/linked-art";

export const GET = apiRoute({
  query: emptyQuery,
  handler: async () => ({ json: linkedArtContext, contentType: "application/ld+json; charset=utf-8" }),
});
export const OPTIONS = preflight;
