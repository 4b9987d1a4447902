import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "@/lib/env";
import { getStorage } from "@/lib/storage";

// IIIF Image API 3 at level 0: every file a viewer may ask for is written once, by sharp (libvips'
// IIIF tile layout), into DATA_DIR/iiif/<media id>/, then served as it is. A level-0 server
// answers only the regions and sizes its info.json lists: 512-px tiles at each scale factor, a
// thumbnail, and the whole image at `max` (at most MAX_SIDE px on its longer side).
// Written from the stored (already re-encoded, metadata-free) original on first use; a second
// request meanwhile waits for the same work, and a race between instances only writes the same
// files twice (each set is built in a temporary folder and renamed into place).

export const TILE_SIZE = 512;
export const MAX_SIDE = 2048;
export const THUMBNAIL_WIDTH = 400;

export type ImageInfo = {
  width: number;
  height: number;
  maxWidth: number;
  maxHeight: number;
  sizes: { width: number; height: number }[];
  scaleFactors: number[];
};

const root = () => path.resolve(env.DATA_DIR, "iiif");
const pending = new Map<string, Promise<ImageInfo>>();

// region "full" or x,y,w,h; size "max" or w,h; rotation 0; quality default; format jpg
const REQUEST_PATH = /^(full|\d{1,5},\d{1,5},\d{1,5},\d{1,5})\/(max|\d{1,5},\d{1,5})\/0\/default\.jpg$/;

/** The file of a level-0 image request, or null when the path is not one this service can answer. */
export function tileFile(mediaId: string, requestPath: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(mediaId) || !REQUEST_PATH.test(requestPath)) return null;
  return path.join(root(), mediaId, ...requestPath.split("/"));
}

function fit(width: number, height: number, side: number) {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function build(media: { id: string; storageKey: string }): Promise<ImageInfo> {
  const bytes = await getStorage().get(media.storageKey);
  if (!bytes) throw new Error(`the original of photo ${media.id} is missing from the media store`);
  const temp = path.join(root(), `.tmp-${media.id}-${randomBytes(6).toString("hex")}`);
  const target = path.join(root(), media.id);
  await mkdir(root(), { recursive: true });
  try {
    const image = sharp(bytes, { failOn: "error" });
    const { width = 1, height = 1 } = await image.metadata();
    await sharp(bytes).jpeg({ quality: 85 }).tile({ layout: "iiif3", size: TILE_SIZE, id: "urn:tiles" }).toFile(temp);
    const written = JSON.parse(await readFile(path.join(temp, "info.json"), "utf8")) as {
      tiles?: { scaleFactors: number[] }[];
    };
    // sharp writes the smallest scale's tile as "full/w,h" when it covers the whole image; kept
    const max = fit(width, height, MAX_SIDE);
    const thumb = fit(width, height, THUMBNAIL_WIDTH);
    for (const size of [max, thumb]) {
      const jpeg = await sharp(bytes).resize(size.width, size.height, { fit: "fill" }).jpeg({ quality: 85 }).toBuffer();
      const folder = path.join(temp, "full", `${size.width},${size.height}`, "0");
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, "default.jpg"), jpeg);
      if (size === max) {
        await mkdir(path.join(temp, "full", "max", "0"), { recursive: true });
        await writeFile(path.join(temp, "full", "max", "0", "default.jpg"), jpeg);
      }
    }
    const info: ImageInfo = {
      width,
      height,
      maxWidth: max.width,
      maxHeight: max.height,
      sizes: [thumb, max].filter((s, i, all) => all.findIndex((o) => o.width === s.width) === i),
      scaleFactors: written.tiles?.[0]?.scaleFactors ?? [1],
    };
    await writeFile(path.join(temp, "image.json"), JSON.stringify(info));
    try {
      await rename(temp, target);
    } catch (error) {
      // another request finished first: its files are the same
      if (!["ENOTEMPTY", "EEXIST"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    }
    return info;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The image's static files, made on first use; what its info.json describes. */
export async function ensureTiles(media: { id: string; storageKey: string }): Promise<ImageInfo> {
  const infoFile = path.join(root(), media.id, "image.json");
  try {
    await stat(infoFile);
    return JSON.parse(await readFile(infoFile, "utf8")) as ImageInfo;
  } catch {
    // not made yet
  }
  let work = pending.get(media.id);
  if (!work) {
    work = build(media).finally(() => pending.delete(media.id));
    pending.set(media.id, work);
  }
  return work;
}

/** The IIIF Image API 3 info.json of an image whose service lives at `serviceId`. */
export function imageInfoJson(serviceId: string, info: ImageInfo) {
  return {
    "@context": "http://iiif.io/api/image/3/context.json",
    id: serviceId,
    type: "ImageService3",
    protocol: "http://iiif.io/api/image",
    profile: "level0",
    width: info.width,
    height: info.height,
    maxWidth: info.maxWidth,
    maxHeight: info.maxHeight,
    sizes: info.sizes,
    tiles: [{ width: TILE_SIZE, scaleFactors: info.scaleFactors }],
  };
}
