import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, idParam } from "@/lib/api/schemas";
import { getPublicRestorationEffort } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ id: idParam }),
  handler: async ({ params: { id } }) => {
    const effort = await getPublicRestorationEffort({ id });
    if (!effort) throw notFound(`No published restoration effort has the id ${id}.`);
    return { json: effort };
  },
});
export const OPTIONS = preflight;
