import "server-only";
import { cache } from "react";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import { publicMonumentWhere } from "@/lib/data/monuments";

// A source and every published claim that cites it, grouped by what the claim is about.

const vocabularySelect = { code: true, labelEn: true, labelAr: true } as const;
// required relations: the citation filter above already keeps only published monuments
const monumentRef = { select: { slug: true, nameEn: true, nameAr: true } } as const;

/** A live source and the published claims citing it; null when there is none. */
export function getSourceById({ id, tx }: { id: string } & WithTx) {
  return sourceById(id, clientOf(tx));
}

// React's cache keys on the arguments' identity: the id and the client, not a fresh object.
const sourceById = cache(async (id: string, db: DbClient) => {
  // cuid-like ids only: anything else cannot be a source and is a 404 without a query
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const source = await db.source.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      title: true,
      titleAr: true,
      outlet: true,
      author: true,
      publishedOn: true,
      publishedPrecision: true,
      url: true,
      language: true,
      notesEn: true,
      notesAr: true,
      updatedAt: true,
      kind: { select: vocabularySelect },
      reliability: { select: { ...vocabularySelect, rank: true } },
    },
  });
  if (!source) return null;

  // Only claims whose record (and the monument or site it hangs from) is published.
  const citations = await db.citation.findMany({
    where: {
      sourceId: id,
      OR: [
        { monument: publicMonumentWhere },
        { damageReport: { deletedAt: null, monument: publicMonumentWhere } },
        { restorationEffort: { deletedAt: null, monument: publicMonumentWhere } },
        { site: { deletedAt: null } },
        { controlPeriod: { deletedAt: null, site: { deletedAt: null } } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      claimEn: true,
      claimAr: true,
      locator: true,
      monument: { select: { slug: true, nameEn: true, nameAr: true } },
      damageReport: {
        select: {
          id: true,
          occurredOn: true,
          occurredOnEnd: true,
          datePrecision: true,
          windowStartPrecision: true,
          windowEndPrecision: true,
          conditionAfter: { select: { ...vocabularySelect, severityRank: true } },
          monument: monumentRef,
        },
      },
      restorationEffort: { select: { id: true, titleEn: true, titleAr: true, monument: monumentRef } },
      site: { select: { slug: true, nameEn: true, nameAr: true } },
      controlPeriod: {
        select: {
          controllerEn: true,
          controllerAr: true,
          site: { select: { slug: true, nameEn: true, nameAr: true } },
        },
      },
    },
  });
  return { ...source, citations };
});

export type SourcePage = NonNullable<Awaited<ReturnType<typeof getSourceById>>>;
