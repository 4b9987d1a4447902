import { readFile } from "node:fs/promises";
import { z } from "zod";
import { apiRoute, preflight } from "@/lib/api/handler";
import { notFound } from "@/lib/api/problem";
import { emptyQuery, idParam } from "@/lib/api/schemas";
import { getPublicPhoto } from "@/lib/data/iiif";
import { ensureTiles, tileFile } from "@/lib/iiif/tiles";

// Level 0: only the files info.json lists exist; any other region or size is a 404.
export const GET = apiRoute({
  query: emptyQuery,
  params: z.object({ id: idParam, path: z.array(z.string().max(40)).min(1).max(4) }),
  handler: async ({ params: { id, path } }) => {
    const file = tileFile(id, path.join("/"));
    const photo = file ? await getPublicPhoto({ id }) : null;
    if (!file || !photo)
      throw notFound("This image service is level 0: it serves the regions and sizes of its info.json.");
    await ensureTiles(photo);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      throw notFound("This image service is level 0: it serves the regions and sizes of its info.json.");
    }
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "image/jpeg",
        "Content-Length": String(bytes.length),
        "Cache-Control": "public, max-age=86400",
      },
    });
  },
});
export const OPTIONS = preflight;
