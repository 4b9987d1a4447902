import { apiRoute, preflight } from "@/lib/api/handler";
import { apiLinks } from "@/lib/api/links";
import { openApiDocument } from "@/lib/api/openapi";
import { emptyQuery } from "@/lib/api/schemas";

export const GET = apiRoute({
  query: emptyQuery,
  handler: async () => ({ json: openApiDocument(apiLinks.base()) }),
});
export const OPTIONS = preflight;
