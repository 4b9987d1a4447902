import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { apiLinks } from "@/lib/api/links";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, idParam } from "@/lib/api/schemas";
import { getPublicPhoto } from "@/lib/data/iiif";
import { ensureTiles, imageInfoJson } from "@/lib/iiif/tiles";

export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ id: idParam }),
  handler: async ({ params: { id } }) => {
    const photo = await getPublicPhoto({ id });
    if (!photo) throw notFound(`No published photo has the id ${id}.`);
    return {
      json: imageInfoJson(apiLinks.iiifImage(id), await ensureTiles(photo)),
      contentType: 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"',
    };
  },
});
export const OPTIONS = preflight;
