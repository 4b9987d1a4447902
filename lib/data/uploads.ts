import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import { z } from "zod";
import { can, assertCan } from "@/lib/auth/permissions";
import { clientOf, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { getStorage } from "@/lib/storage";
import { isStorageKey, newStorageBase, storageBaseOf, storageKey } from "@/lib/storage/keys";
import { optionalText } from "@/lib/validations/common";
import { fieldErrorsFromZod, FormError } from "@/lib/validations/errors";

// Photo uploads. The bytes are never stored as sent: the type is read from the content (not the
// name or the browser's claim), the image is decoded and re-encoded by sharp (auto-oriented; no
// EXIF, GPS or other metadata survives, as sharp writes none unless asked), and stored under a
// random key with display sizes generated once. A new photo belongs to no record: it is not public
// until a change request that names it is approved.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// 20,000 px on a side is refused; so is anything over 100 megapixels (a decompression bomb).
export const MAX_SIDE_PX = 16_000;
export const MAX_INPUT_PIXELS = 100_000_000;
export const DISPLAY_WIDTHS = [320, 640, 1280] as const;

const FORMATS = {
  "image/jpeg": { ext: "jpg", sharp: "jpeg" },
  "image/png": { ext: "png", sharp: "png" },
  "image/webp": { ext: "webp", sharp: "webp" },
} as const;
type AcceptedMime = keyof typeof FORMATS;

export const uploadMetaSchema = z.strictObject({
  captionEn: optionalText(500),
  captionAr: optionalText(500),
  credit: optionalText(200),
  licence: optionalText(200),
});
export type UploadMeta = z.input<typeof uploadMetaSchema>;

export type Variant = { width: number; height: number; key: string };

type Encoded = { bytes: Buffer; width: number; height: number };

async function encode(input: Buffer, mime: AcceptedMime, width?: number): Promise<Encoded> {
  // failOn "error": a truncated or corrupt file fails here rather than being stored half-grey
  let pipeline = sharp(input, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  if (width) pipeline = pipeline.resize({ width, withoutEnlargement: true });
  const format = width ? "webp" : FORMATS[mime].sharp;
  pipeline =
    format === "jpeg"
      ? pipeline.jpeg({ quality: 85, mozjpeg: true })
      : format === "png"
        ? pipeline.png()
        : pipeline.webp({ quality: 82 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Checks, re-encodes and stores one photo, and records it as a Media row uploaded by the actor.
 * Throws FormError with a code saying why a file is refused: fileEmpty, fileTooLarge, fileType
 * (SVG, HTML, a renamed file...), fileTooManyPixels, fileCorrupt (truncated or undecodable).
 */
export async function storeUploadedPhoto({
  actor,
  bytes,
  meta,
  defaultCredit,
  tx,
}: {
  actor: Actor;
  bytes: Buffer;
  meta: UploadMeta;
  defaultCredit: string;
} & WithTx) {
  const db = clientOf(tx);
  assertCan(actor.role, "upload:create");
  const parsedMeta = uploadMetaSchema.safeParse(meta);
  if (!parsedMeta.success) throw new FormError(fieldErrorsFromZod(parsedMeta.error));
  if (bytes.length === 0) throw new FormError({ file: ["fileEmpty"] });
  if (bytes.length > MAX_UPLOAD_BYTES) throw new FormError({ file: ["fileTooLarge"] });

  // From the magic bytes: an SVG or HTML file has none of these, a renamed file shows its real type.
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !Object.hasOwn(FORMATS, detected.mime)) throw new FormError({ file: ["fileType"] });
  const mime = detected.mime as AcceptedMime;

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    throw new FormError({ file: ["fileCorrupt"] });
  }
  const expectedFormat = FORMATS[mime].sharp;
  if (metadata.format !== expectedFormat) throw new FormError({ file: ["fileType"] });
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width > MAX_SIDE_PX || height > MAX_SIDE_PX || width * height > MAX_INPUT_PIXELS) {
    throw new FormError({ file: ["fileTooManyPixels"] });
  }

  let original: Encoded;
  let sizes: Encoded[];
  try {
    original = await encode(bytes, mime);
    const widths = DISPLAY_WIDTHS.filter((w) => w < original.width);
    sizes = [];
    for (const w of widths) sizes.push(await encode(bytes, mime, w));
  } catch (error) {
    if (/pixel limit/i.test(String(error))) throw new FormError({ file: ["fileTooManyPixels"] });
    throw new FormError({ file: ["fileCorrupt"] });
  }

  const base = newStorageBase();
  const originalKey = storageKey(base, FORMATS[mime].ext);
  const variants: Variant[] = sizes.map((size) => ({
    width: size.width,
    height: size.height,
    key: storageKey(base, "webp", size.width),
  }));
  const storage = getStorage();
  const written: string[] = [];
  try {
    await storage.put(originalKey, original.bytes, mime);
    written.push(originalKey);
    for (const [i, variant] of variants.entries()) {
      await storage.put(variant.key, sizes[i]!.bytes, "image/webp");
      written.push(variant.key);
    }
    return await db.media.create({
      data: {
        storageKey: originalKey,
        mimeType: mime,
        width: original.width,
        height: original.height,
        byteSize: original.bytes.length,
        variants: variants as unknown as Prisma.InputJsonValue,
        captionEn: parsedMeta.data.captionEn,
        captionAr: parsedMeta.data.captionAr,
        credit: parsedMeta.data.credit ?? defaultCredit,
        licence: parsedMeta.data.licence ?? "All rights reserved",
        uploadedById: actor.id,
      },
      select: { id: true, storageKey: true, width: true, height: true, variants: true, mimeType: true, byteSize: true },
    });
  } catch (error) {
    // no stored file without its row
    await Promise.allSettled(written.map((key) => storage.delete(key)));
    throw error;
  }
}

export type ServableMedia = { bytes: Buffer; contentType: string; isPublic: boolean };

/**
 * The bytes behind /media/<key>, or null. Public when the photo is attached to a record that is
 * live (attachment happens only on approval); otherwise only its uploader (preview while the
 * proposal is pending) and reviewers may see it.
 */
export async function getServableMedia({
  key,
  viewer,
  tx,
}: {
  key: string;
  viewer: Actor | null;
} & WithTx): Promise<ServableMedia | null> {
  const db = clientOf(tx);
  if (!isStorageKey(key)) return null;
  const base = storageBaseOf(key);
  if (!base) return null;
  const media = await db.media.findFirst({
    where: { storageKey: { startsWith: `${base}.` }, deletedAt: null },
    select: {
      storageKey: true,
      mimeType: true,
      variants: true,
      uploadedById: true,
      monument: { select: { deletedAt: true } },
      damageReport: { select: { deletedAt: true, monument: { select: { deletedAt: true } } } },
      restorationEffort: { select: { deletedAt: true, monument: { select: { deletedAt: true } } } },
    },
  });
  if (!media) return null;
  const variant = (media.variants as Variant[]).find((v) => v.key === key);
  if (key !== media.storageKey && !variant) return null;

  const attachedLive =
    (media.monument !== null && media.monument.deletedAt === null) ||
    (media.damageReport !== null &&
      media.damageReport.deletedAt === null &&
      media.damageReport.monument.deletedAt === null) ||
    (media.restorationEffort !== null &&
      media.restorationEffort.deletedAt === null &&
      media.restorationEffort.monument.deletedAt === null);
  const isPublic = attachedLive;
  const mayPreview = viewer !== null && (viewer.id === media.uploadedById || can(viewer.role, "changeRequest:review"));
  if (!isPublic && !mayPreview) return null;

  const bytes = await getStorage().get(key);
  if (!bytes) return null;
  return { bytes, contentType: variant ? "image/webp" : media.mimeType, isPublic };
}

/** The actor's own uploaded photos by id, for showing them in a form (draft restore, revise). */
export async function getOwnMedia({ actor, ids, tx }: { actor: Actor; ids: string[] } & WithTx) {
  const db = clientOf(tx);
  assertCan(actor.role, "upload:create");
  if (ids.length === 0) return [];
  return db.media.findMany({
    where: { id: { in: ids }, uploadedById: actor.id, deletedAt: null },
    select: { id: true, storageKey: true, width: true, height: true, variants: true, captionEn: true },
  });
}
