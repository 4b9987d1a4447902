import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createDamageReport, createMonument, createUser } from "../factories";

let database: TestDatabase;
let dataDir: string;
let uploads: typeof import("../../lib/data/uploads");
let drafts: typeof import("../../lib/data/drafts");
let storage: typeof import("../../lib/storage");
let FormErrorClass: typeof import("../../lib/validations/errors").FormError;

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  dataDir = await mkdtemp(path.join(tmpdir(), "heritage-uploads-"));
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = dataDir;
  uploads = await import("../../lib/data/uploads");
  drafts = await import("../../lib/data/drafts");
  storage = await import("../../lib/storage");
  FormErrorClass = (await import("../../lib/validations/errors")).FormError;
});
afterAll(async () => {
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A field photo as a phone writes it: EXIF with the camera, GPS position and a rotation flag. */
async function phoneJpeg() {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#b98a5a" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "TestPhone", Model: "Field 1", Copyright: "Field team" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 33/1 1/1", GPSLongitudeRef: "E", GPSLongitude: "38/1 16/1 1/1" },
    })
    .toBuffer();
}

async function refusal(bytes: Buffer, actor: { id: string; role: string }) {
  const error = await uploads.storeUploadedPhoto({ actor, bytes, meta: {}, defaultCredit: "x" }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormErrorClass);
  return (error as InstanceType<typeof FormErrorClass>).fieldErrors.file;
}

describe("photo uploads", () => {
  it("stores a re-encoded, upright copy with no EXIF or GPS, under a random key, with display sizes", async () => {
    const user = await createUser(database.prisma);
    const input = await phoneJpeg();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.exif?.toString("latin1")).toContain("TestPhone"); // the fixture does carry EXIF
    expect(inputMeta.orientation).toBe(6);

    const media = await uploads.storeUploadedPhoto({
      actor: user,
      bytes: input,
      meta: { captionEn: "North wall" },
      defaultCredit: user.name,
    });
    expect(media.storageKey).toMatch(/^[A-Za-z0-9_-]{22}\.jpg$/);
    // rotated upright: the 1600x1200 landscape flagged "rotate 90°" is a 1200x1600 portrait
    expect([media.width, media.height]).toEqual([1200, 1600]);

    const stored = await storage.getStorage().get(media.storageKey);
    expect(stored).not.toBeNull();
    const meta = await sharp(stored!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored!.toString("latin1")).not.toContain("TestPhone");

    const variants = media.variants as { width: number; key: string }[];
    expect(variants.map((v) => v.width)).toEqual([320, 640]);
    for (const variant of variants) {
      const bytes = await storage.getStorage().get(variant.key);
      expect((await sharp(bytes!).metadata()).exif).toBeUndefined();
    }
    const row = await database.prisma.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({
      uploadedById: user.id,
      monumentId: null,
      damageReportId: null,
      credit: user.name,
      captionEn: "North wall",
    });
  });

  it("refuses SVG, HTML, a renamed file, a truncated image, a 20,000 px image, an empty and an oversized file, saying why", async () => {
    const user = await createUser(database.prisma);
    const before = await database.prisma.media.count();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    expect(await refusal(svg, user)).toEqual(["fileType"]);
    expect(await refusal(Buffer.from("<!doctype html><html><body>hi</body></html>"), user)).toEqual(["fileType"]);
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await refusal(gif, user)).toEqual(["fileType"]); // a GIF renamed photo.jpg is still a GIF
    const jpeg = await phoneJpeg();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), user)).toEqual(["fileCorrupt"]);
    const wide = await sharp({ create: { width: 20_000, height: 20, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(await refusal(wide, user)).toEqual(["fileTooManyPixels"]);
    expect(await refusal(Buffer.alloc(0), user)).toEqual(["fileEmpty"]);
    const huge = Buffer.concat([jpeg, Buffer.alloc(uploads.MAX_UPLOAD_BYTES)]);
    expect(await refusal(huge, user)).toEqual(["fileTooLarge"]);
    expect(await database.prisma.media.count()).toBe(before);
  });

  it("shows a pending photo to its uploader only; once attached to a live record, to everyone", async () => {
    const user = await createUser(database.prisma);
    const other = await createUser(database.prisma);
    const admin = await createUser(database.prisma, { role: "ADMIN" });
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: "#336699" } })
      .png()
      .toBuffer();
    const media = await uploads.storeUploadedPhoto({ actor: user, bytes: png, meta: {}, defaultCredit: "x" });
    const variantKey = (media.variants as { key: string }[])[0]!.key;

    expect(await uploads.getServableMedia({ key: media.storageKey, viewer: null })).toBeNull();
    expect(await uploads.getServableMedia({ key: media.storageKey, viewer: other })).toBeNull();
    expect(await uploads.getServableMedia({ key: media.storageKey, viewer: user })).toMatchObject({
      contentType: "image/png",
      isPublic: false,
    });
    expect(await uploads.getServableMedia({ key: variantKey, viewer: admin })).toMatchObject({
      contentType: "image/webp",
      isPublic: false,
    });
    expect(await uploads.getServableMedia({ key: "../../etc/passwd", viewer: user })).toBeNull();

    const monument = await createMonument(database.prisma);
    const report = await createDamageReport(database.prisma, { monumentId: monument.id });
    await database.prisma.media.update({ where: { id: media.id }, data: { damageReportId: report.id } });
    expect(await uploads.getServableMedia({ key: variantKey, viewer: null })).toMatchObject({ isPublic: true });
    await database.prisma.damageReport.update({ where: { id: report.id }, data: { deletedAt: new Date() } });
    expect(await uploads.getServableMedia({ key: media.storageKey, viewer: null })).toBeNull();
  });
});

describe("drafts", () => {
  it("keeps one draft per author and form, readable only by its author, removed on request", async () => {
    const user = await createUser(database.prisma);
    const other = await createUser(database.prisma);
    const key = "damage-report:new:mon-temple-of-baalshamin";
    await drafts.saveDraft({ actor: user, formKey: key, data: { fields: { descriptionEn: "half" } } });
    await drafts.saveDraft({
      actor: user,
      formKey: key,
      data: { fields: { descriptionEn: "half typed, not valid yet", status: "x" } },
    });
    expect((await drafts.getDraft({ actor: user, formKey: key }))?.data).toEqual({
      fields: { descriptionEn: "half typed, not valid yet", status: "x" },
    });
    expect(await drafts.getDraft({ actor: other, formKey: key })).toBeNull();
    expect(await database.prisma.draft.count({ where: { authorId: user.id } })).toBe(1);
    await expect(drafts.saveDraft({ actor: user, formKey: "../x", data: {} })).rejects.toBeInstanceOf(FormErrorClass);
    await expect(
      drafts.saveDraft({ actor: user, formKey: key, data: { big: "x".repeat(300_000) } }),
    ).rejects.toBeInstanceOf(FormErrorClass);
    await expect(drafts.saveDraft({ actor: { id: user.id, role: "" }, formKey: key, data: {} })).rejects.toThrow();
    await drafts.deleteDraft({ actor: other, formKey: key });
    expect(await drafts.getDraft({ actor: user, formKey: key })).not.toBeNull();
    await drafts.deleteDraft({ actor: user, formKey: key });
    expect(await drafts.getDraft({ actor: user, formKey: key })).toBeNull();
  });
});
