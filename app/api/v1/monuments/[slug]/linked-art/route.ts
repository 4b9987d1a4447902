import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, slugParam } from "@/lib/api/schemas";
import { getPublicMonument } from "@/lib/data/open-data";
import { monumentLinkedArt } from "@/lib/export/linked-art";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ slug: slugParam }),
  handler: async ({ params: { slug } }) => {
    const monument = await getPublicMonument({ slug });
    if (!monument) throw notFound(`No published monument has the slug ${slug}.`);
    return { json: monumentLinkedArt(monument), contentType: "application/ld+json; charset=utf-8" };
  },
});
export const OPTIONS = preflight;
