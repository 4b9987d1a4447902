import "server-only";
import { cache } from "react";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coarsenLocation } from "@/lib/geo/coarsen";
import { publicMonumentWhere } from "@/lib/data/monuments";

// Public reads of sites: the site, who held it when, its monuments (locations coarsened here,
// before anything leaves the data layer) and every damage report on them.

const vocabularySelect = { code: true, labelEn: true, labelAr: true } as const;

export const SITE_PAGE_MONUMENTS = 300;
const SITE_PAGE_DAMAGE = 300;

const citationSelect = {
  where: { source: { deletedAt: null } },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: {
    id: true,
    claimEn: true,
    claimAr: true,
    locator: true,
    source: {
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
        kind: { select: vocabularySelect },
        reliability: { select: { ...vocabularySelect, rank: true } },
      },
    },
  },
} satisfies Prisma.Site$citationsArgs;

export async function listSites({ tx }: WithTx = {}) {
  return clientOf(tx).site.findMany({
    where: { deletedAt: null },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      nameEn: true,
      nameAr: true,
      regionEn: true,
      regionAr: true,
      _count: { select: { monuments: { where: { deletedAt: null } } } },
    },
  });
}

/** A live site for its public page, or null. */
export function getSiteBySlug({ slug, tx }: { slug: string } & WithTx) {
  return siteBySlug(slug, clientOf(tx));
}

const siteBySlug = cache(async (slug: string, db: DbClient) => {
  const site = await db.site.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameAr: true,
      altNames: true,
      countryCode: true,
      regionEn: true,
      regionAr: true,
      descriptionEn: true,
      descriptionAr: true,
      designationEn: true,
      designationAr: true,
      unescoInscribedYear: true,
      latitude: true,
      longitude: true,
      updatedAt: true,
      citations: citationSelect,
      controlPeriods: {
        where: { deletedAt: null },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        select: {
          id: true,
          controllerEn: true,
          controllerAr: true,
          startDate: true,
          startPrecision: true,
          endDate: true,
          endPrecision: true,
          notesEn: true,
          notesAr: true,
          citations: citationSelect,
        },
      },
      monuments: {
        where: publicMonumentWhere,
        orderBy: [{ nameEn: "asc" }, { id: "asc" }],
        // a site of thousands is browsed through /monuments?site=...; the page shows the first
        take: SITE_PAGE_MONUMENTS,
        select: {
          id: true,
          slug: true,
          nameEn: true,
          nameAr: true,
          latitude: true,
          longitude: true,
          locationPrecision: true,
          isSensitive: true,
          kind: { select: vocabularySelect },
        },
      },
    },
  });
  if (!site) return null;

  const [damage, monumentCount] = await Promise.all([
    db.damageReport.findMany({
      where: { deletedAt: null, monument: { ...publicMonumentWhere, siteId: site.id } },
      take: SITE_PAGE_DAMAGE,
      orderBy: [{ occurredOn: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        occurredOn: true,
        occurredOnEnd: true,
        datePrecision: true,
        windowStartPrecision: true,
        windowEndPrecision: true,
        cause: { select: vocabularySelect },
        conditionAfter: { select: { ...vocabularySelect, severityRank: true } },
        certainty: { select: vocabularySelect },
        monument: { select: { slug: true, nameEn: true, nameAr: true } },
      },
    }),
    db.monument.count({ where: { ...publicMonumentWhere, siteId: site.id } }),
  ]);

  return {
    monumentCount,
    ...site,
    monuments: site.monuments.map(({ latitude, longitude, locationPrecision, isSensitive, ...monument }) => ({
      ...monument,
      location: coarsenLocation({ latitude, longitude, precision: locationPrecision, isSensitive }),
    })),
    damage,
  };
});

export type SitePage = NonNullable<Awaited<ReturnType<typeof getSiteBySlug>>>;

/**
 * The locator of a monument page: the monument and up to `limit` of its site's other monuments
 * nearest to it (a site may hold thousands), each location coarsened.
 */
export async function getSiteLocator({
  siteId,
  monumentId,
  limit = 40,
  tx,
}: {
  siteId: string;
  monumentId: string;
  limit?: number;
} & WithTx) {
  const db = clientOf(tx);
  const nearest = await db.$queryRaw<{ id: string }[]>`
    SELECT m.id
    FROM "Monument" m, "Monument" me
    WHERE me.id = ${monumentId} AND m."siteId" = ${siteId} AND m."deletedAt" IS NULL AND m.latitude IS NOT NULL
    ORDER BY (m.id = me.id) DESC,
             (m.latitude - coalesce(me.latitude, m.latitude)) ^ 2 + (m.longitude - coalesce(me.longitude, m.longitude)) ^ 2,
             m.id
    LIMIT ${limit + 1}`;
  const monuments = await db.monument.findMany({
    where: { ...publicMonumentWhere, siteId, id: { in: nearest.map((row) => row.id) } },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      nameEn: true,
      nameAr: true,
      latitude: true,
      longitude: true,
      locationPrecision: true,
      isSensitive: true,
    },
  });
  return monuments.map(({ latitude, longitude, locationPrecision, isSensitive, ...monument }) => ({
    ...monument,
    location: coarsenLocation({ latitude, longitude, precision: locationPrecision, isSensitive }),
  }));
}
