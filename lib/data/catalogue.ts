import "server-only";
import { clientOf, type WithTx } from "@/lib/data/client";
import { publicMonumentWhere } from "@/lib/data/monuments";

/** The figures line of the home page: what a visitor can reach from the public pages. */
export async function getCatalogueFigures({ tx }: WithTx = {}) {
  const db = clientOf(tx);
  const [monuments, damageReports, restorations] = await Promise.all([
    db.monument.count({ where: publicMonumentWhere }),
    db.damageReport.count({ where: { deletedAt: null, monument: publicMonumentWhere } }),
    db.restorationEffort.count({ where: { deletedAt: null, monument: publicMonumentWhere } }),
  ]);
  return { monuments, damageReports, restorations };
}

/** Public monuments counted by current condition ("unknown" when a monument has no report). */
export async function getConditionFigures({ tx }: WithTx = {}) {
  const db = clientOf(tx);
  const rows = await db.$queryRaw<
    { code: string; labelEn: string | null; labelAr: string | null; severityRank: number | null; count: number }[]
  >`
    SELECT x.code, c."labelEn", c."labelAr", c."severityRank", count(*)::int AS count
    FROM (
      -- a monument without a report counts as "unknown", as the search's condition facet counts it:
      -- one chip per condition, and its count is what its link finds
      SELECT coalesce(ms."currentConditionCode", 'unknown') AS code
      FROM "MonumentSearch" ms
      JOIN "Monument" m ON m.id = ms."monumentId" AND m."deletedAt" IS NULL
      JOIN "Site" s ON s.id = m."siteId" AND s."deletedAt" IS NULL
    ) x
    LEFT JOIN "Condition" c ON c.code = x.code
    GROUP BY 1, 2, 3, 4
    ORDER BY c."severityRank" DESC NULLS LAST, 1`;
  return rows;
}

/** What sitemap.xml lists: every public monument, site and source. */
export async function listSitemapEntries({ tx }: WithTx = {}) {
  const db = clientOf(tx);
  const [monuments, sites, sources] = await Promise.all([
    db.monument.findMany({
      where: publicMonumentWhere,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    }),
    db.site.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.source.findMany({ where: { deletedAt: null }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { monuments, sites, sources };
}
