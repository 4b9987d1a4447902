import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, idParam } from "@/lib/api/schemas";
import { getPublicSource } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ id: idParam }),
  handler: async ({ params: { id } }) => {
    const source = await getPublicSource({ id });
    if (!source) throw notFound(`No published source has the id ${id}.`);
    return { json: source };
  },
});
export const OPTIONS = preflight;
