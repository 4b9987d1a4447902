import { apiRoute, preflight } from "@/lib/api/handler";
import { emptyQuery, vocabularyNames } from "@/lib/api/schemas";
import { getPublicVocabulary } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  handler: async () => ({
    json: { items: await Promise.all(vocabularyNames.map((name) => getPublicVocabulary({ name }))) },
  }),
});
export const OPTIONS = preflight;
