import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { emptyQuery, vocabularyNameParam } from "@/lib/api/schemas";
import { getPublicVocabulary } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ name: vocabularyNameParam }),
  handler: async ({ params: { name } }) => ({ json: await getPublicVocabulary({ name }) }),
});
export const OPTIONS = preflight;
