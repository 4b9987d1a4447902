import "server-only";
import { clientOf, inTransaction, type DbClient, type WithTx } from "@/lib/data/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { apiLinks } from "@/lib/api/links";
import type {
  ApiVocabularyName,
  CitationOut,
  DamageReportOut,
  MonumentDetail,
  MonumentFilters,
  MonumentSummary,
  RestorationEffortOut,
  SiteDetail,
  SiteSummary,
  SourceOut,
  VocabularyOut,
} from "@/lib/api/schemas";
import { publicMonumentWhere } from "@/lib/data/monuments";
import { facetCondition, prepareTextMatch } from "@/lib/data/search";
import { coarsenLocation } from "@/lib/geo/coarsen";
import type { LocationPrecision } from "@/lib/generated/prisma/enums";
import { facetKeys, type FacetKey } from "@/lib/search/params";

// Public reads for the open-data API and the exports: approved, non-deleted records only (the
// filters sit in each query's where), every monument position through coarsenLocation before it
// leaves this file. Lists are keyset-paginated on a unique key (slug or id), so a page costs the
// same at item 100,000 as at item 1, and the exports stream the same pages one after another.

type Client = DbClient;

export type Page<T> = { items: T[]; nextCursor: string | null };

const day = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);

const term = { select: { code: true, labelEn: true, labelAr: true } } as const;
const conditionTerm = { select: { code: true, labelEn: true, labelAr: true, severityRank: true } } as const;
const monumentRef = { select: { slug: true, nameEn: true, nameAr: true } } as const;

const citationArgs = {
  where: { source: { deletedAt: null } },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: {
    claimEn: true,
    claimAr: true,
    locator: true,
    source: { select: { id: true, title: true, titleAr: true, url: true } },
  },
} satisfies Prisma.Monument$citationsArgs;

type CitationRow = Prisma.CitationGetPayload<{ select: typeof citationArgs.select }>;

function toCitation(row: CitationRow): CitationOut {
  return {
    source: { ...row.source, links: { self: apiLinks.source(row.source.id) } },
    claimEn: row.claimEn,
    claimAr: row.claimAr,
    locator: row.locator,
  };
}

function pageOf<T, R>(rows: R[], limit: number, key: (row: R) => string, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return { items: kept.map(map), nextCursor: more && last ? encodeCursor(key(last)) : null };
}

// ---------------------------------------------------------------------------------------------
// Monuments
// ---------------------------------------------------------------------------------------------

type MonumentRow = {
  id: string;
  slug: string;
  nameEn: string;
  nameAr: string;
  altNames: string[];
  latitude: number | null;
  longitude: number | null;
  locationPrecision: LocationPrecision;
  isSensitive: boolean;
  updatedAt: Date;
  kindCode: string;
  kindEn: string;
  kindAr: string;
  siteSlug: string;
  siteNameEn: string;
  siteNameAr: string;
  parentSlug: string | null;
  parentNameEn: string | null;
  parentNameAr: string | null;
  conditionCode: string | null;
  conditionEn: string | null;
  conditionAr: string | null;
  severityRank: number | null;
  certaintyCode: string | null;
  certaintyEn: string | null;
  certaintyAr: string | null;
  latestDamageOn: string | null;
  causeCodes: string[];
  hasRestoration: boolean;
  // the editable columns, for the CSV export (which imports back)
  periodEn: string | null;
  periodAr: string | null;
  builtFromYear: number | null;
  builtToYear: number | null;
  summaryEn: string | null;
  summaryAr: string | null;
  descriptionEn: string | null;
  descriptionAr: string | null;
  currentLocationEn: string | null;
  currentLocationAr: string | null;
};

/** A monument as the exports write it: the API summary plus its editable columns. */
export type MonumentExportRecord = MonumentSummary &
  Pick<
    MonumentRow,
    | "periodEn"
    | "periodAr"
    | "builtFromYear"
    | "builtToYear"
    | "summaryEn"
    | "summaryAr"
    | "descriptionEn"
    | "descriptionAr"
    | "currentLocationEn"
    | "currentLocationAr"
    | "isSensitive"
  >;

function toMonumentExport(row: MonumentRow): MonumentExportRecord {
  return {
    ...toMonumentSummary(row),
    periodEn: row.periodEn,
    periodAr: row.periodAr,
    builtFromYear: row.builtFromYear,
    builtToYear: row.builtToYear,
    summaryEn: row.summaryEn,
    summaryAr: row.summaryAr,
    descriptionEn: row.descriptionEn,
    descriptionAr: row.descriptionAr,
    currentLocationEn: row.currentLocationEn,
    currentLocationAr: row.currentLocationAr,
    isSensitive: row.isSensitive,
  };
}

export function toMonumentSummary(row: MonumentRow): MonumentSummary {
  const { coarsened, ...position } = coarsenLocation({
    latitude: row.latitude,
    longitude: row.longitude,
    precision: row.locationPrecision,
    isSensitive: row.isSensitive,
  });
  return {
    id: row.id,
    slug: row.slug,
    nameEn: row.nameEn,
    nameAr: row.nameAr,
    altNames: row.altNames,
    kind: { code: row.kindCode, labelEn: row.kindEn, labelAr: row.kindAr },
    site: { slug: row.siteSlug, nameEn: row.siteNameEn, nameAr: row.siteNameAr },
    parent:
      row.parentSlug && row.parentNameEn && row.parentNameAr
        ? { slug: row.parentSlug, nameEn: row.parentNameEn, nameAr: row.parentNameAr }
        : null,
    location: { ...position, coarsened },
    currentCondition:
      row.conditionCode && row.conditionEn && row.conditionAr
        ? {
            code: row.conditionCode,
            labelEn: row.conditionEn,
            labelAr: row.conditionAr,
            severityRank: row.severityRank,
          }
        : null,
    currentCertainty:
      row.certaintyCode && row.certaintyEn && row.certaintyAr
        ? { code: row.certaintyCode, labelEn: row.certaintyEn, labelAr: row.certaintyAr }
        : null,
    latestDamageOn: row.latestDamageOn,
    causes: row.causeCodes,
    hasRestoration: row.hasRestoration,
    updatedAt: row.updatedAt.toISOString(),
    links: { self: apiLinks.monument(row.slug), html: apiLinks.monumentHtml(row.slug) },
  };
}

async function monumentRows(
  tx: Prisma.TransactionClient,
  { filters, after, limit, slug }: { filters: MonumentFilters; after: string | null; limit: number; slug?: string },
): Promise<MonumentRow[]> {
  const { textMatch } = await prepareTextMatch(tx, filters.q ?? "");
  const values: Record<FacetKey, string[]> = {
    kind: filters.kind ?? [],
    condition: filters.condition ?? [],
    cause: filters.cause ?? [],
    site: filters.site ?? [],
    century: filters.century ?? [],
    restored: filters.restored ? [filters.restored] : [],
  };
  const conditions = facetKeys.map((key) => facetCondition(key, values[key])).filter((c) => c !== null);
  if (after !== null) conditions.push(Prisma.sql`x.slug > ${after}`);
  if (slug !== undefined) conditions.push(Prisma.sql`x.slug = ${slug}`);
  const where = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
  return tx.$queryRaw<MonumentRow[]>`
    SELECT x.id, x.slug, x."nameEn", x."nameAr", x."altNames", x.latitude, x.longitude, x."locationPrecision",
           x."isSensitive", x."updatedAt", k.code AS "kindCode", k."labelEn" AS "kindEn", k."labelAr" AS "kindAr",
           x."siteSlug", x."siteNameEn", x."siteNameAr", p.slug AS "parentSlug", p."nameEn" AS "parentNameEn",
           p."nameAr" AS "parentNameAr", x."conditionCode", c."labelEn" AS "conditionEn", c."labelAr" AS "conditionAr",
           c."severityRank", x."certaintyCode", ce."labelEn" AS "certaintyEn", ce."labelAr" AS "certaintyAr",
           to_char(x."latestDamageOn", 'YYYY-MM-DD') AS "latestDamageOn", x."causeCodes", x."hasRestoration",
           x."periodEn", x."periodAr", x."builtFromYear", x."builtToYear", x."summaryEn", x."summaryAr",
           x."descriptionEn", x."descriptionAr", x."currentLocationEn", x."currentLocationAr"
    FROM (
      SELECT m.id, m.slug, m."nameEn", m."nameAr", m."altNames", m.latitude, m.longitude, m."locationPrecision",
             m."isSensitive", m."updatedAt", m."kindCode", m."parentId", m."periodEn", m."periodAr", m."builtFromYear",
             m."builtToYear", m."summaryEn", m."summaryAr", m."descriptionEn", m."descriptionAr", m."currentLocationEn",
             m."currentLocationAr", s.slug AS "siteSlug", s."nameEn" AS "siteNameEn",
             s."nameAr" AS "siteNameAr", ms."currentConditionCode" AS "conditionCode",
             ms."currentCertaintyCode" AS "certaintyCode", ms."latestDamageOn", ms."causeCodes", ms."hasRestoration",
             ms.century
      FROM "Monument" m
      JOIN "Site" s ON s.id = m."siteId" AND s."deletedAt" IS NULL
      JOIN "MonumentSearch" ms ON ms."monumentId" = m.id
      WHERE m."deletedAt" IS NULL AND ${textMatch}
    ) x
    JOIN "MonumentKind" k ON k.code = x."kindCode"
    LEFT JOIN "Monument" p ON p.id = x."parentId" AND p."deletedAt" IS NULL
    LEFT JOIN "Condition" c ON c.code = x."conditionCode"
    LEFT JOIN "Certainty" ce ON ce.code = x."certaintyCode"
    WHERE ${where}
    ORDER BY x.slug
    LIMIT ${limit}`;
}

/** One page of public monuments matching the search page's filters and text search, by slug. */
export async function listPublicMonuments({
  filters,
  limit,
  cursor,
  tx,
}: {
  filters: MonumentFilters;
  limit: number;
  cursor?: string;
} & WithTx): Promise<Page<MonumentSummary>> {
  const after = decodeCursor(cursor);
  // a transaction: the text search sets its trigram threshold for the transaction only
  const rows = await inTransaction(tx, (inner) => monumentRows(inner, { filters, after, limit: limit + 1 }));
  return pageOf(rows, limit, (row) => row.slug, toMonumentSummary);
}

/** Every public monument matching the filters, a batch at a time: for exports in constant memory. */
export async function* iteratePublicMonuments({
  filters,
  batchSize = 1000,
  tx,
}: {
  filters: MonumentFilters;
  batchSize?: number;
} & WithTx): AsyncGenerator<MonumentExportRecord[]> {
  let after: string | null = null;
  for (;;) {
    const rows: MonumentRow[] = await inTransaction(tx, (inner) =>
      monumentRows(inner, { filters, after, limit: batchSize }),
    );
    if (rows.length === 0) return;
    yield rows.map(toMonumentExport);
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.slug;
  }
}

const damageReportSelect = {
  id: true,
  monument: monumentRef,
  occurredOn: true,
  occurredOnEnd: true,
  datePrecision: true,
  assessedOn: true,
  cause: term,
  agentEn: true,
  agentAr: true,
  conditionAfter: conditionTerm,
  certainty: term,
  extentEn: true,
  extentAr: true,
  descriptionEn: true,
  descriptionAr: true,
  evidenceEn: true,
  evidenceAr: true,
  citations: citationArgs,
  updatedAt: true,
} satisfies Prisma.DamageReportSelect;

type DamageReportRow = Prisma.DamageReportGetPayload<{ select: typeof damageReportSelect }>;

function toDamageReport(row: DamageReportRow): DamageReportOut {
  return {
    ...row,
    occurredOn: day(row.occurredOn),
    occurredOnEnd: day(row.occurredOnEnd),
    assessedOn: day(row.assessedOn),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
    links: { self: apiLinks.damageReport(row.id), html: `${apiLinks.monumentHtml(row.monument.slug)}#damage` },
  };
}

const restorationSelect = {
  id: true,
  monument: monumentRef,
  titleEn: true,
  titleAr: true,
  technique: term,
  status: term,
  reversibility: term,
  reversibilityReasonEn: true,
  reversibilityReasonAr: true,
  materialsEn: true,
  materialsAr: true,
  attachmentMethodEn: true,
  attachmentMethodAr: true,
  placeEn: true,
  placeAr: true,
  startedOn: true,
  startPrecision: true,
  endedOn: true,
  endPrecision: true,
  descriptionEn: true,
  descriptionAr: true,
  outcomeEn: true,
  outcomeAr: true,
  participants: {
    // a participant whose person or organisation was deleted is no longer published
    where: { OR: [{ person: { is: { deletedAt: null } } }, { organisation: { is: { deletedAt: null } } }] },
    orderBy: { id: "asc" },
    select: {
      roleEn: true,
      roleAr: true,
      person: { select: { slug: true, nameEn: true, nameAr: true, deletedAt: true } },
      organisation: { select: { slug: true, nameEn: true, nameAr: true, deletedAt: true } },
    },
  },
  citations: citationArgs,
  updatedAt: true,
} satisfies Prisma.RestorationEffortSelect;

type RestorationRow = Prisma.RestorationEffortGetPayload<{ select: typeof restorationSelect }>;

function toRestoration(row: RestorationRow): RestorationEffortOut {
  return {
    ...row,
    startedOn: day(row.startedOn),
    endedOn: day(row.endedOn),
    participants: row.participants.flatMap((p) => {
      const who =
        p.person && !p.person.deletedAt
          ? p.person
          : p.organisation && !p.organisation.deletedAt
            ? p.organisation
            : null;
      if (!who) return [];
      return [
        {
          kind: who === p.person ? ("person" as const) : ("organisation" as const),
          slug: who.slug,
          nameEn: who.nameEn,
          nameAr: who.nameAr,
          roleEn: p.roleEn,
          roleAr: p.roleAr,
        },
      ];
    }),
    citations: row.citations.map(toCitation),
    updatedAt: row.updatedAt.toISOString(),
    links: {
      self: apiLinks.restorationEffort(row.id),
      html: `${apiLinks.monumentHtml(row.monument.slug)}#restoration`,
    },
  };
}

const publicDamageWhere = { deletedAt: null, monument: publicMonumentWhere } satisfies Prisma.DamageReportWhereInput;
const publicRestorationWhere = {
  deletedAt: null,
  monument: publicMonumentWhere,
} satisfies Prisma.RestorationEffortWhereInput;

/** One public monument with its reports, restorations and sources; null when none is published. */
export async function getPublicMonument({ slug, tx }: { slug: string } & WithTx): Promise<MonumentDetail | null> {
  const [summaryRow] = await inTransaction(tx, (inner) =>
    monumentRows(inner, { filters: {}, after: null, limit: 1, slug }),
  );
  if (!summaryRow) return null;
  const detail = await clientOf(tx).monument.findFirst({
    where: { ...publicMonumentWhere, id: summaryRow.id },
    select: {
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
      version: true,
      parts: { where: { deletedAt: null }, orderBy: [{ slug: "asc" }], select: monumentRef.select },
      citations: citationArgs,
      damageReports: {
        where: { deletedAt: null },
        orderBy: [{ occurredOn: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
        select: damageReportSelect,
      },
      restorations: {
        where: { deletedAt: null },
        orderBy: [{ startedOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        select: restorationSelect,
      },
    },
  });
  if (!detail) return null;
  const summary = toMonumentSummary(summaryRow);
  const { restorations, damageReports, citations, ...rest } = detail;
  return {
    ...summary,
    ...rest,
    citations: citations.map(toCitation),
    damageReports: damageReports.map(toDamageReport),
    restorationEfforts: restorations.map(toRestoration),
    links: {
      ...summary.links,
      linkedArt: apiLinks.linkedArt(slug),
      iiifManifest: apiLinks.iiifManifest(slug),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Damage reports, restoration efforts, sources
// ---------------------------------------------------------------------------------------------

const inList = (values: string[] | undefined) => (values && values.length > 0 ? { in: values } : undefined);

export async function listPublicDamageReports({
  monument,
  cause,
  condition,
  certainty,
  limit,
  cursor,
  tx,
}: {
  monument?: string;
  cause?: string[];
  condition?: string[];
  certainty?: string[];
  limit: number;
  cursor?: string;
} & WithTx): Promise<Page<DamageReportOut>> {
  const after = decodeCursor(cursor);
  const rows = await clientOf(tx).damageReport.findMany({
    where: {
      ...publicDamageWhere,
      monument: monument ? { ...publicMonumentWhere, slug: monument } : publicMonumentWhere,
      causeCode: inList(cause),
      conditionAfterCode: inList(condition),
      certaintyCode: inList(certainty),
      ...(after !== null ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: damageReportSelect,
  });
  return pageOf(rows, limit, (row) => row.id, toDamageReport);
}

export async function getPublicDamageReport({ id, tx }: { id: string } & WithTx): Promise<DamageReportOut | null> {
  const row = await clientOf(tx).damageReport.findFirst({
    where: { ...publicDamageWhere, id },
    select: damageReportSelect,
  });
  return row ? toDamageReport(row) : null;
}

export async function listPublicRestorationEfforts({
  monument,
  technique,
  status,
  limit,
  cursor,
  tx,
}: {
  monument?: string;
  technique?: string[];
  status?: string[];
  limit: number;
  cursor?: string;
} & WithTx): Promise<Page<RestorationEffortOut>> {
  const after = decodeCursor(cursor);
  const rows = await clientOf(tx).restorationEffort.findMany({
    where: {
      ...publicRestorationWhere,
      monument: monument ? { ...publicMonumentWhere, slug: monument } : publicMonumentWhere,
      techniqueCode: inList(technique),
      statusCode: inList(status),
      ...(after !== null ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: restorationSelect,
  });
  return pageOf(rows, limit, (row) => row.id, toRestoration);
}

export async function getPublicRestorationEffort({
  id,
  tx,
}: { id: string } & WithTx): Promise<RestorationEffortOut | null> {
  const row = await clientOf(tx).restorationEffort.findFirst({
    where: { ...publicRestorationWhere, id },
    select: restorationSelect,
  });
  return row ? toRestoration(row) : null;
}

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
  kind: term,
  reliability: { select: { code: true, labelEn: true, labelAr: true, rank: true } },
  notesEn: true,
  notesAr: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

function toSource(row: SourceRow): SourceOut {
  return {
    ...row,
    publishedOn: day(row.publishedOn),
    updatedAt: row.updatedAt.toISOString(),
    links: { self: apiLinks.source(row.id), html: apiLinks.sourceHtml(row.id) },
  };
}

export async function listPublicSources({
  kind,
  reliability,
  limit,
  cursor,
  tx,
}: {
  kind?: string[];
  reliability?: string[];
  limit: number;
  cursor?: string;
} & WithTx): Promise<Page<SourceOut>> {
  const after = decodeCursor(cursor);
  const rows = await clientOf(tx).source.findMany({
    where: {
      deletedAt: null,
      kindCode: inList(kind),
      reliabilityCode: inList(reliability),
      ...(after !== null ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: sourceSelect,
  });
  return pageOf(rows, limit, (row) => row.id, toSource);
}

export async function getPublicSource({ id, tx }: { id: string } & WithTx): Promise<SourceOut | null> {
  const row = await clientOf(tx).source.findFirst({ where: { id, deletedAt: null }, select: sourceSelect });
  return row ? toSource(row) : null;
}

// ---------------------------------------------------------------------------------------------
// Sites
// ---------------------------------------------------------------------------------------------

const siteSummarySelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameAr: true,
  altNames: true,
  countryCode: true,
  regionEn: true,
  regionAr: true,
  latitude: true,
  longitude: true,
  updatedAt: true,
  _count: { select: { monuments: { where: { deletedAt: null } } } },
} satisfies Prisma.SiteSelect;

type SiteSummaryRow = Prisma.SiteGetPayload<{ select: typeof siteSummarySelect }>;

function toSiteSummary({ _count, ...row }: SiteSummaryRow): SiteSummary {
  return {
    ...row,
    monumentCount: _count.monuments,
    updatedAt: row.updatedAt.toISOString(),
    links: { self: apiLinks.site(row.slug), html: apiLinks.siteHtml(row.slug) },
  };
}

export async function listPublicSites({
  limit,
  cursor,
  tx,
}: {
  limit: number;
  cursor?: string;
} & WithTx): Promise<Page<SiteSummary>> {
  const after = decodeCursor(cursor);
  const rows = await clientOf(tx).site.findMany({
    where: { deletedAt: null, ...(after !== null ? { slug: { gt: after } } : {}) },
    orderBy: { slug: "asc" },
    take: limit + 1,
    select: siteSummarySelect,
  });
  return pageOf(rows, limit, (row) => row.slug, toSiteSummary);
}

export async function getPublicSite({ slug, tx }: { slug: string } & WithTx): Promise<SiteDetail | null> {
  const row = await clientOf(tx).site.findFirst({
    where: { slug, deletedAt: null },
    select: {
      ...siteSummarySelect,
      descriptionEn: true,
      descriptionAr: true,
      designationEn: true,
      designationAr: true,
      unescoInscribedYear: true,
      citations: citationArgs,
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
          citations: citationArgs,
        },
      },
    },
  });
  if (!row) return null;
  const {
    citations,
    controlPeriods,
    descriptionEn,
    descriptionAr,
    designationEn,
    designationAr,
    unescoInscribedYear,
    ...summary
  } = row;
  const query = `?site=${encodeURIComponent(row.slug)}`;
  return {
    ...toSiteSummary(summary),
    descriptionEn,
    descriptionAr,
    designationEn,
    designationAr,
    unescoInscribedYear,
    citations: citations.map(toCitation),
    controlPeriods: controlPeriods.map((period) => ({
      ...period,
      startDate: day(period.startDate)!,
      endDate: day(period.endDate),
      citations: period.citations.map(toCitation),
    })),
    links: {
      self: apiLinks.site(row.slug),
      html: apiLinks.siteHtml(row.slug),
      monuments: apiLinks.monuments(query),
      geojson: apiLinks.geojson(query),
      csv: apiLinks.csv(query),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

type TermRow = {
  code: string;
  labelEn: string;
  labelAr: string;
  descriptionEn: string | null;
  descriptionAr: string | null;
  retiredAt: Date | null;
  rank?: number | null;
};

const termColumns = {
  code: true,
  labelEn: true,
  labelAr: true,
  descriptionEn: true,
  descriptionAr: true,
  retiredAt: true,
} as const;
const byOrder = [{ sortOrder: "asc" as const }, { code: "asc" as const }];

async function termsOf(client: Client, name: ApiVocabularyName): Promise<TermRow[]> {
  switch (name) {
    case "monument-kinds":
      return client.monumentKind.findMany({ select: termColumns, orderBy: byOrder });
    case "conditions":
      return (
        await client.condition.findMany({ select: { ...termColumns, severityRank: true }, orderBy: byOrder })
      ).map(({ severityRank, ...row }) => ({ ...row, rank: severityRank }));
    case "damage-causes":
      return client.damageCause.findMany({ select: termColumns, orderBy: byOrder });
    case "certainties":
      return client.certainty.findMany({ select: termColumns, orderBy: byOrder });
    case "source-kinds":
      return client.sourceKind.findMany({ select: termColumns, orderBy: byOrder });
    case "source-reliabilities":
      return client.sourceReliability.findMany({
        select: { ...termColumns, rank: true },
        orderBy: [{ rank: "asc" }, ...byOrder],
      });
    case "restoration-techniques":
      return client.restorationTechnique.findMany({ select: termColumns, orderBy: byOrder });
    case "reversibilities":
      return client.reversibility.findMany({ select: termColumns, orderBy: byOrder });
    case "restoration-statuses":
      return client.restorationStatus.findMany({ select: termColumns, orderBy: byOrder });
  }
}

/** A vocabulary with every term, retired ones included (old records still use them). */
export async function getPublicVocabulary({ name, tx }: { name: ApiVocabularyName } & WithTx): Promise<VocabularyOut> {
  const rows = await termsOf(clientOf(tx), name);
  return {
    name,
    terms: rows.map(({ retiredAt, rank, ...row }) => ({ ...row, retired: retiredAt !== null, rank: rank ?? null })),
    links: { self: apiLinks.vocabulary(name) },
  };
}
