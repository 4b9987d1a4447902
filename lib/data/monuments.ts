import "server-only";
import { cache } from "react";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coarsenLocation } from "@/lib/geo/coarsen";
import { currentConditionBasis, RESTORED_CONDITION } from "@/lib/catalogue/current-condition";

// Public reads. Tables hold approved data only (see prisma/schema.prisma), so what keeps a
// record off a public page is its soft delete: every `where` below excludes deletedAt rows,
// for the record itself and for what it hangs from.

export const publicMonumentWhere = {
  deletedAt: null,
  site: { deletedAt: null },
} satisfies Prisma.MonumentWhereInput;

const vocabularySelect = { code: true, labelEn: true, labelAr: true } as const;

const conditionSelect = { ...vocabularySelect, severityRank: true } satisfies Prisma.ConditionSelect;

// "Current condition" is the condition after the latest of a monument's damage reports and
// completed restorations (lib/catalogue/current-condition.ts: by the last day each can mean, a
// window by its end). The timeline lists reports by the same order, oldest first.
const timelineOrder = [
  { occurredOn: { sort: "asc", nulls: "first" } },
  { assessedOn: { sort: "asc", nulls: "first" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.DamageReportOrderByWithRelationInput[];

const eventDateSelect = {
  occurredOn: true,
  occurredOnEnd: true,
  datePrecision: true,
  windowStartPrecision: true,
  windowEndPrecision: true,
} satisfies Prisma.DamageReportSelect;

const currentConditionSelect = {
  id: true,
  ...eventDateSelect,
  assessedOn: true,
  createdAt: true,
  conditionAfter: { select: conditionSelect },
  certainty: { select: vocabularySelect },
} satisfies Prisma.DamageReportSelect;

const completedRestorationSelect = {
  id: true,
  titleEn: true,
  titleAr: true,
  statusCode: true,
  endedOn: true,
  endPrecision: true,
  createdAt: true,
} satisfies Prisma.RestorationEffortSelect;

type CurrentConditionRow = Prisma.DamageReportGetPayload<{ select: typeof currentConditionSelect }>;
type CompletedRestorationRow = Prisma.RestorationEffortGetPayload<{ select: typeof completedRestorationSelect }>;
type ConditionRow = CurrentConditionRow["conditionAfter"];

/** What a monument's current condition is and what it rests on; null when nothing says. */
export type CurrentCondition =
  | {
      basis: "damage";
      condition: ConditionRow;
      certainty: CurrentConditionRow["certainty"];
      report: Omit<CurrentConditionRow, "conditionAfter" | "certainty" | "createdAt" | "assessedOn">;
    }
  | {
      basis: "restoration";
      condition: ConditionRow;
      restoration: Omit<CompletedRestorationRow, "statusCode" | "createdAt">;
      // the damage the restoration followed, with its condition
      after: { id: string; condition: ConditionRow } | null;
    };

// the vocabulary row of "restored", read once per request
const restoredCondition = cache(async (client: DbClient) =>
  client.condition.findUnique({ where: { code: RESTORED_CONDITION }, select: conditionSelect }),
);

async function toCurrentCondition(
  client: DbClient,
  reports: CurrentConditionRow[],
  restorations: CompletedRestorationRow[],
): Promise<CurrentCondition | null> {
  const basis = currentConditionBasis({ reports, restorations });
  if (!basis) return null;
  if (basis.kind === "damage") {
    const { conditionAfter, certainty, id, occurredOn, occurredOnEnd, datePrecision } = basis.report;
    const { windowStartPrecision, windowEndPrecision } = basis.report;
    const report = { id, occurredOn, occurredOnEnd, datePrecision, windowStartPrecision, windowEndPrecision };
    return { basis: "damage", condition: conditionAfter, certainty, report };
  }
  const restored = await restoredCondition(client);
  const { id, titleEn, titleAr, endedOn, endPrecision } = basis.restoration;
  const restoration = { id, titleEn, titleAr, endedOn, endPrecision };
  // without the vocabulary row (a database not yet migrated) the damage is what is known
  if (!restored) return null;
  return {
    basis: "restoration",
    condition: restored,
    restoration,
    after: basis.after ? { id: basis.after.id, condition: basis.after.conditionAfter } : null,
  };
}

/** Public monuments for the home page (the first `limit` by name), each with its current condition. */
export async function listMonumentsWithCondition({ limit = 60, tx }: { limit?: number } & WithTx = {}) {
  const db = clientOf(tx);
  const monuments = await db.monument.findMany({
    where: publicMonumentWhere,
    // a catalogue of thousands is browsed through /monuments; the home page shows a first shelf
    take: limit,
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameAr: true,
      kind: { select: vocabularySelect },
      site: { select: { slug: true, nameEn: true, nameAr: true } },
      parent: { where: { deletedAt: null }, select: { slug: true, nameEn: true, nameAr: true } },
      // one query for all monuments' reports and completed restorations, not one per monument
      damageReports: { where: { deletedAt: null }, select: currentConditionSelect },
      restorations: {
        where: { deletedAt: null, statusCode: "completed" },
        select: completedRestorationSelect,
      },
    },
  });
  return Promise.all(
    monuments.map(async ({ damageReports, restorations, ...monument }) => ({
      ...monument,
      currentCondition: await toCurrentCondition(db, damageReports, restorations),
    })),
  );
}

export type MonumentListItem = Awaited<ReturnType<typeof listMonumentsWithCondition>>[number];

const sourceSelect = {
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
} satisfies Prisma.SourceSelect;

const citationsArgs = {
  where: { source: { deletedAt: null } },
  orderBy: [{ source: { publishedOn: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  select: {
    id: true,
    claimEn: true,
    claimAr: true,
    locator: true,
    source: { select: sourceSelect },
  },
} satisfies Prisma.Monument$citationsArgs;

export type CitationItem = Prisma.CitationGetPayload<{ select: typeof citationsArgs.select }>;
export type SourceItem = CitationItem["source"];

const mediaSelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  width: true,
  height: true,
  variants: true,
  captionEn: true,
  captionAr: true,
  credit: true,
  licence: true,
  takenOn: true,
  takenPrecision: true,
} satisfies Prisma.MediaSelect;

export type MediaItem = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;

const monumentPageSelect = {
  id: true,
  siteId: true,
  slug: true,
  nameEn: true,
  nameAr: true,
  altNames: true,
  periodEn: true,
  periodAr: true,
  builtFromYear: true,
  builtToYear: true,
  summaryEn: true,
  summaryAr: true,
  descriptionEn: true,
  descriptionAr: true,
  currentLocationEn: true,
  currentLocationAr: true,
  latitude: true,
  longitude: true,
  locationPrecision: true,
  isSensitive: true,
  kind: { select: vocabularySelect },
  site: { select: { slug: true, nameEn: true, nameAr: true, regionEn: true, regionAr: true } },
  parent: { where: { deletedAt: null }, select: { slug: true, nameEn: true, nameAr: true } },
  parts: {
    where: { deletedAt: null },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: { slug: true, nameEn: true, nameAr: true, kind: { select: vocabularySelect } },
  },
  damageReports: {
    where: { deletedAt: null },
    orderBy: timelineOrder,
    select: {
      id: true,
      ...eventDateSelect,
      assessedOn: true,
      createdAt: true,
      cause: { select: vocabularySelect },
      agentEn: true,
      agentAr: true,
      conditionAfter: { select: conditionSelect },
      certainty: { select: vocabularySelect },
      extentEn: true,
      extentAr: true,
      descriptionEn: true,
      descriptionAr: true,
      evidenceEn: true,
      evidenceAr: true,
      citations: citationsArgs,
    },
  },
  restorations: {
    where: { deletedAt: null },
    orderBy: [{ startedOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      titleEn: true,
      titleAr: true,
      technique: { select: vocabularySelect },
      status: { select: vocabularySelect },
      reversibility: { select: vocabularySelect },
      reversibilityReasonEn: true,
      reversibilityReasonAr: true,
      materialsEn: true,
      materialsAr: true,
      attachmentMethodEn: true,
      attachmentMethodAr: true,
      placeEn: true,
      placeAr: true,
      statusCode: true,
      createdAt: true,
      startedOn: true,
      startPrecision: true,
      endedOn: true,
      endPrecision: true,
      descriptionEn: true,
      descriptionAr: true,
      outcomeEn: true,
      outcomeAr: true,
      participants: {
        // a participant whose person or organisation was deleted is no longer shown
        where: {
          OR: [{ person: { is: { deletedAt: null } } }, { organisation: { is: { deletedAt: null } } }],
        },
        orderBy: { id: "asc" },
        select: {
          id: true,
          roleEn: true,
          roleAr: true,
          person: { where: { deletedAt: null }, select: { slug: true, nameEn: true, nameAr: true } },
          organisation: { where: { deletedAt: null }, select: { slug: true, nameEn: true, nameAr: true } },
        },
      },
      citations: citationsArgs,
    },
  },
  citations: citationsArgs,
  version: true,
  updatedAt: true,
  media: {
    where: { deletedAt: null },
    orderBy: [{ takenOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: mediaSelect,
  },
  mediaPairs: {
    // a pair shows only while both of its photos are published
    where: { beforeMedia: { deletedAt: null }, afterMedia: { deletedAt: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      captionEn: true,
      captionAr: true,
      beforeMedia: { select: mediaSelect },
      afterMedia: { select: mediaSelect },
    },
  },
} satisfies Prisma.MonumentSelect;

type MonumentPageRow = Prisma.MonumentGetPayload<{ select: typeof monumentPageSelect }>;
export type DamageReportItem = MonumentPageRow["damageReports"][number];
export type RestorationItem = MonumentPageRow["restorations"][number];

/** Every distinct source cited anywhere on the page, oldest publication first, undated last. */
function collectSources(row: MonumentPageRow): SourceItem[] {
  const byId = new Map<string, SourceItem>();
  const citations = [
    ...row.citations,
    ...row.damageReports.flatMap((report) => report.citations),
    ...row.restorations.flatMap((effort) => effort.citations),
  ];
  for (const citation of citations) byId.set(citation.source.id, citation.source);
  return [...byId.values()].sort((a, b) => {
    const aTime = a.publishedOn?.getTime() ?? Number.POSITIVE_INFINITY;
    const bTime = b.publishedOn?.getTime() ?? Number.POSITIVE_INFINITY;
    if (aTime !== bTime) return aTime < bTime ? -1 : 1;
    return a.title.localeCompare(b.title);
  });
}

/**
 * One monument for its public page, or null. Coordinates of a sensitive place are coarsened
 * here, before anything leaves the data layer: the precise values are never returned.
 * Wrapped in React's cache so that generateMetadata and the page share one read per request.
 */
export function getMonumentBySlug({ slug, tx }: { slug: string } & WithTx) {
  return monumentBySlug(slug, clientOf(tx));
}

// React's cache keys on the arguments' identity: the slug and the client, not a fresh object.
const monumentBySlug = cache(async (slug: string, db: DbClient) => {
  const row = await db.monument.findFirst({
    where: { ...publicMonumentWhere, slug },
    select: monumentPageSelect,
  });
  if (!row) return null;

  const { latitude, longitude, locationPrecision, isSensitive, ...monument } = row;
  const location = coarsenLocation({ latitude, longitude, precision: locationPrecision, isSensitive });
  return {
    ...monument,
    location,
    currentCondition: await toCurrentCondition(db, row.damageReports, row.restorations),
    sources: collectSources(row),
  };
});

export type MonumentPage = NonNullable<Awaited<ReturnType<typeof getMonumentBySlug>>>;

/**
 * Up to `limit` other monuments worth reading next: of the same site and kind, or damaged by a
 * cause that also damaged this one. Its parent and parts are listed on the page already.
 */
export async function getRelatedMonuments({
  monumentId,
  limit = 6,
  tx,
}: { monumentId: string; limit?: number } & WithTx) {
  const db = clientOf(tx);
  const rows = await db.$queryRaw<{ id: string; score: number }[]>`
    SELECT m.id, (CASE WHEN m."kindCode" = me."kindCode" THEN 2 ELSE 0 END
                  + cardinality(ARRAY(SELECT unnest(ms."causeCodes") INTERSECT SELECT unnest(mine."causeCodes")))) AS score
    FROM "Monument" me
    JOIN "MonumentSearch" mine ON mine."monumentId" = me.id
    JOIN "Monument" m ON m."siteId" = me."siteId" AND m.id <> me.id AND m."deletedAt" IS NULL
    JOIN "MonumentSearch" ms ON ms."monumentId" = m.id
    WHERE me.id = ${monumentId}
      AND m.id IS DISTINCT FROM me."parentId" AND m."parentId" IS DISTINCT FROM me.id
      AND (m."kindCode" = me."kindCode" OR ms."causeCodes" && mine."causeCodes")
    ORDER BY score DESC, m."nameEn" ASC
    LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const monuments = await db.monument.findMany({
    where: { ...publicMonumentWhere, id: { in: rows.map((row) => row.id) } },
    select: { id: true, slug: true, nameEn: true, nameAr: true, kind: { select: vocabularySelect } },
  });
  const order = new Map(rows.map((row, index) => [row.id, index]));
  return monuments.toSorted((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The revision matching a monument's current version: what "cite this page" points at. */
export async function getCurrentRevision({
  monumentId,
  version,
  tx,
}: { monumentId: string; version: number } & WithTx) {
  return clientOf(tx).revision.findUnique({
    where: { entityType_entityId_version: { entityType: "MONUMENT", entityId: monumentId, version } },
    select: { version: true, createdAt: true },
  });
}
