import "server-only";
import { clientOf, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicMonumentWhere } from "@/lib/data/monuments";

// The photos the IIIF outputs may show: published (not deleted) and attached to a live record of
// a published monument, the monument itself or one of its live damage reports or restorations.
// A photo uploaded for a proposal that is still pending is attached to nothing, so never here.
const attachedToPublished = (monumentId?: string) =>
  ({
    deletedAt: null,
    OR: [
      { monument: { ...publicMonumentWhere, ...(monumentId ? { id: monumentId } : {}) } },
      {
        damageReport: {
          deletedAt: null,
          monument: { ...publicMonumentWhere, ...(monumentId ? { id: monumentId } : {}) },
        },
      },
      {
        restorationEffort: {
          deletedAt: null,
          monument: { ...publicMonumentWhere, ...(monumentId ? { id: monumentId } : {}) },
        },
      },
    ],
  }) satisfies Prisma.MediaWhereInput;

const photoSelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  width: true,
  height: true,
  captionEn: true,
  captionAr: true,
  credit: true,
  licence: true,
  takenOn: true,
} satisfies Prisma.MediaSelect;

export type PublicPhoto = Prisma.MediaGetPayload<{ select: typeof photoSelect }>;

/** A monument's public photos, oldest taken first (undated last). */
export async function listPublicPhotosOfMonument({
  monumentId,
  tx,
}: { monumentId: string } & WithTx): Promise<PublicPhoto[]> {
  return clientOf(tx).media.findMany({
    where: attachedToPublished(monumentId),
    orderBy: [{ takenOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: photoSelect,
  });
}

/** One public photo by id, or null: the IIIF image service serves nothing else. */
export async function getPublicPhoto({ id, tx }: { id: string } & WithTx): Promise<PublicPhoto | null> {
  return clientOf(tx).media.findFirst({ where: { ...attachedToPublished(), id }, select: photoSelect });
}
