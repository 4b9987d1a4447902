import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, slugParam } from "@/lib/api/schemas";
import { getPublicMonument } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ slug: slugParam }),
  handler: async ({ params: { slug } }) => {
    const monument = await getPublicMonument({ slug });
    if (!monument) throw notFound(`No published monument has the slug ${slug}.`);
    return { json: monument };
  },
});
export const OPTIONS = preflight;
