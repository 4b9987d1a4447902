import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, slugParam } from "@/lib/api/schemas";
import { getPublicSite } from "@/lib/data/open-data";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ slug: slugParam }),
  handler: async ({ params: { slug } }) => {
    const site = await getPublicSite({ slug });
    if (!site) throw notFound(`No published site has the slug ${slug}.`);
    return { json: site };
  },
});
export const OPTIONS = preflight;
