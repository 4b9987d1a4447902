import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, slugParam } from "@/lib/api/schemas";
import { listPublicPhotosOfMonument } from "@/lib/data/iiif";
import { getPublicMonument } from "@/lib/data/open-data";
import { monumentManifest } from "@/lib/iiif/manifest";
import { ensureTiles } from "@/lib/iiif/tiles";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ slug: slugParam }),
  handler: async ({ params: { slug } }) => {
    const monument = await getPublicMonument({ slug });
    if (!monument) throw notFound(`No published monument has the slug ${slug}.`);
    const photos = await listPublicPhotosOfMonument({ monumentId: monument.id });
    // the canvases need each image's sizes: its static files are made here on first use
    const withInfo = [];
    for (const photo of photos) withInfo.push({ ...photo, info: await ensureTiles(photo) });
    return {
      json: monumentManifest(monument, withInfo),
      contentType: 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
    };
  },
});
export const OPTIONS = preflight;
