import "server-only";
import { inTransaction, type WithTx } from "@/lib/data/client";
import type { StoredEventDate } from "@/lib/dates/partial-date";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, facetKeys, type FacetKey, type SearchState } from "@/lib/search/params";

// Search and browse over the published monuments. The text match and the facets read
// "MonumentSearch" (one row per monument, kept by triggers; see prisma/migrations/
// 20261123120000_search), joined to Monument and Site so that soft-deleted records never show.
//
// A monument matches a query (normalised by the same catalogue_normalize as the stored text:
// case, Latin diacritics, Arabic letter forms and harakat) when one of its names contains the
// query ("bel", "بعل", "baal shamin"), or the full-text index finds the query's words in its
// names, descriptions or damage reports. When nothing matches that way, the query (or the query
// without spaces) is compared with its names by trigram word similarity ("baalshamen" ->
// baalshamin).
// Every value reaches SQL as a bind parameter: quotes and metacharacters are plain text.

// word_similarity above which a name word counts as a match: "baalshamen" ~ "baalshamin" is 0.57
const WORD_SIMILARITY_THRESHOLD = 0.45;

export type SearchFacetValue = { value: string; count: number; labelEn: string | null; labelAr: string | null };
export type SearchFacets = Record<FacetKey, SearchFacetValue[]>;

export type SearchResultItem = {
  id: string;
  slug: string;
  nameEn: string;
  nameAr: string;
  kind: { code: string; labelEn: string; labelAr: string };
  site: { slug: string; nameEn: string; nameAr: string };
  condition: { code: string; labelEn: string; labelAr: string; severityRank: number | null } | null;
  certainty: { code: string; labelEn: string; labelAr: string } | null;
  // the last day the latest damage can mean (what "latest damage" sorts by)
  latestDamageOn: string | null;
  // that report's date as recorded, each bound with its precision ("May 2015 – 27 March 2016")
  latestDamage: StoredEventDate | null;
  hasRestoration: boolean;
};

export type SearchResult = {
  items: SearchResultItem[];
  total: number;
  page: number;
  pageCount: number;
  facets: SearchFacets;
  // the query as the database compares it; empty when nothing searchable was left
  normalizedQuery: string;
};

type Normalised = { plain: string; compact: string; like: string };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// A value that names nothing (condition=bogus in a hand-edited address) is ignored rather than
// matching nothing: a facet whose values are all unknown does not filter.
function ifAnyKnown(table: Prisma.Sql, column: Prisma.Sql, values: string[], condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${condition} OR NOT EXISTS (SELECT 1 FROM ${table} v WHERE v.${column} IN (${Prisma.join(values)})))`;
}

/** Each facet's condition on the matched rows (alias x); null when the facet is not filtered. */
export function facetCondition(key: FacetKey, values: string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  const code = Prisma.sql`code`;
  switch (key) {
    case "kind":
      return ifAnyKnown(Prisma.sql`"MonumentKind"`, code, values, Prisma.sql`x."kindCode" IN (${Prisma.join(values)})`);
    case "site":
      return ifAnyKnown(
        Prisma.sql`"Site"`,
        Prisma.sql`slug`,
        values,
        Prisma.sql`x."siteSlug" IN (${Prisma.join(values)})`,
      );
    case "condition": {
      // "unknown" also counts monuments without a report
      if (values.includes("unknown")) {
        const codes = values.filter((value) => value !== "unknown");
        const known = codes.length > 0 ? Prisma.sql`x."conditionCode" IN (${Prisma.join(codes)})` : Prisma.sql`false`;
        return Prisma.sql`(${known} OR x."conditionCode" = 'unknown' OR x."conditionCode" IS NULL)`;
      }
      return ifAnyKnown(
        Prisma.sql`"Condition"`,
        code,
        values,
        Prisma.sql`x."conditionCode" IN (${Prisma.join(values)})`,
      );
    }
    case "cause":
      return ifAnyKnown(Prisma.sql`"DamageCause"`, code, values, Prisma.sql`x."causeCodes" && ${values}::text[]`);
    case "century":
      return Prisma.sql`x.century IN (${Prisma.join(values.map(Number))})`;
    case "restored":
      return Prisma.sql`x."hasRestoration" = ${values[0] === "yes"}`;
  }
}

function whereAll(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((c): c is Prisma.Sql => c !== null);
  return present.length === 0 ? Prisma.sql`true` : Prisma.join(present, " AND ");
}

// What a facet counts: one value per row, or several (a monument with reports of two causes).
const facetValueSql: Record<FacetKey, Prisma.Sql> = {
  kind: Prisma.sql`x."kindCode"`,
  site: Prisma.sql`x."siteSlug"`,
  condition: Prisma.sql`coalesce(x."conditionCode", 'unknown')`,
  cause: Prisma.sql`unnest(x."causeCodes")`,
  century: Prisma.sql`x.century::text`,
  restored: Prisma.sql`CASE WHEN x."hasRestoration" THEN 'yes' ELSE 'no' END`,
};

const facetLabelJoin: Partial<Record<FacetKey, Prisma.Sql>> = {
  kind: Prisma.sql`LEFT JOIN "MonumentKind" l ON l.code = f.value`,
  condition: Prisma.sql`LEFT JOIN "Condition" l ON l.code = f.value`,
  cause: Prisma.sql`LEFT JOIN "DamageCause" l ON l.code = f.value`,
  site: Prisma.sql`LEFT JOIN (SELECT slug AS code, "nameEn" AS "labelEn", "nameAr" AS "labelAr" FROM "Site") l ON l.code = f.value`,
};

/**
 * The text condition of a search on MonumentSearch (alias ms) and its relevance score, inside the
 * caller's transaction (the trigram threshold is set for that transaction only). The public API
 * uses the same function, so it finds what the site finds.
 */
export async function prepareTextMatch(
  tx: Prisma.TransactionClient,
  q: string,
): Promise<{ plain: string; textMatch: Prisma.Sql; score: Prisma.Sql }> {
  const [normalised] = await tx.$queryRaw<Normalised[]>`
      SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true) AS _,
             n AS plain, replace(n, ' ', '') AS compact, n AS "like"
      FROM (SELECT coalesce(catalogue_normalize(${q}), '') AS n) q`;
  const plain = normalised?.plain ?? "";
  const compact = normalised?.compact ?? "";
  const hasQuery = plain !== "";
  const likePattern = `%${escapeLike(plain)}%`;

  const exactMatch = Prisma.sql`(ms.names LIKE ${likePattern}
          OR to_tsvector('english'::regconfig, ms.document) @@ websearch_to_tsquery('english'::regconfig, ${plain}))`;
  // Typo tolerance is the fallback, not the first try: trigram word similarity against every
  // name is costly when the query shares common trigrams ("temple of ...") with thousands of
  // names (1.5 s at 100,000 monuments, measured), and adds only noise when the words match.
  const fuzzy =
    hasQuery &&
    !(
      await tx.$queryRaw<
        { found: boolean }[]
      >`SELECT EXISTS (SELECT 1 FROM "MonumentSearch" ms WHERE ${exactMatch}) AS found`
    )[0]?.found;
  const textMatch = !hasQuery
    ? Prisma.sql`true`
    : fuzzy
      ? Prisma.sql`(${plain} <% ms.names OR ${compact} <% ms.names)`
      : exactMatch;
  const score = !hasQuery
    ? Prisma.sql`0`
    : fuzzy
      ? Prisma.sql`greatest(word_similarity(${plain}, ms.names), word_similarity(${compact}, ms.names))`
      : Prisma.sql`(CASE WHEN ms.names LIKE ${likePattern} THEN 1 ELSE 0 END
            + ts_rank(to_tsvector('english'::regconfig, ms.document), websearch_to_tsquery('english'::regconfig, ${plain})))`;

  return { plain, textMatch, score };
}

export async function searchMonuments({
  state,
  locale = "en",
  tx: client,
}: { state: SearchState; locale?: "en" | "ar" } & WithTx): Promise<SearchResult> {
  return inTransaction(client, async (tx) => {
    const { plain, textMatch, score } = await prepareTextMatch(tx, state.q);
    const conditions = Object.fromEntries(
      facetKeys.map((key) => [key, facetCondition(key, state.filters[key])]),
    ) as Record<FacetKey, Prisma.Sql | null>;
    const allFilters = whereAll(facetKeys.map((key) => conditions[key]));
    // a facet's counts apply every other facet's filter, so its other values stay reachable
    const facetQueries = facetKeys.map(
      (key) => Prisma.sql`
        SELECT ${key}::text AS facet, f.value, f.count::int AS count, l."labelEn", l."labelAr"
        FROM (SELECT ${facetValueSql[key]} AS value, count(*) AS count
              FROM matched x WHERE ${whereAll(facetKeys.filter((other) => other !== key).map((other) => conditions[other]))}
              GROUP BY 1) f
        ${facetLabelJoin[key] ?? Prisma.sql`LEFT JOIN (SELECT NULL::text AS "labelEn", NULL::text AS "labelAr") l ON true`}
        WHERE f.value IS NOT NULL`,
    );
    const nameColumn = locale === "ar" ? Prisma.sql`x."nameAr"` : Prisma.sql`x."nameEn"`;
    const order =
      state.sort === "relevance"
        ? Prisma.sql`x.score DESC, ${nameColumn} ASC, x.id ASC`
        : state.sort === "damage"
          ? Prisma.sql`x."latestDamageOn" DESC NULLS LAST, ${nameColumn} ASC, x.id ASC`
          : Prisma.sql`${nameColumn} ASC, x.id ASC`;

    const matchedCte = Prisma.sql`
      WITH matched AS MATERIALIZED (
        SELECT m.id, m.slug, m."nameEn", m."nameAr", m."kindCode", s.slug AS "siteSlug", s."nameEn" AS "siteNameEn",
               s."nameAr" AS "siteNameAr", ms."currentConditionCode" AS "conditionCode",
               ms."currentCertaintyCode" AS "certaintyCode", ms."latestDamageOn", ms."causeCodes",
               ms."hasRestoration", ms.century, ${score} AS score
        FROM "MonumentSearch" ms
        JOIN "Monument" m ON m.id = ms."monumentId" AND m."deletedAt" IS NULL
        JOIN "Site" s ON s.id = m."siteId" AND s."deletedAt" IS NULL
        WHERE ${textMatch}
      )`;

    const [counted] = await tx.$queryRaw<
      { total: number; facets: (SearchFacetValue & { facet: FacetKey })[] | null }[]
    >`
      ${matchedCte}
      SELECT (SELECT count(*)::int FROM matched x WHERE ${allFilters}) AS total,
             (SELECT json_agg(facet_rows) FROM (${Prisma.join(facetQueries, " UNION ALL ")}) facet_rows) AS facets`;
    const total = counted?.total ?? 0;
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    // a page past the end shows the last one rather than an empty list
    const page = Math.min(state.page, pageCount);

    const rows = await tx.$queryRaw<
      (Omit<SearchResultItem, "kind" | "site" | "condition" | "certainty"> & {
        kindCode: string;
        kindEn: string;
        kindAr: string;
        siteSlug: string;
        siteNameEn: string;
        siteNameAr: string;
        conditionCode: string | null;
        conditionEn: string | null;
        conditionAr: string | null;
        severityRank: number | null;
        certaintyCode: string | null;
        certaintyEn: string | null;
        certaintyAr: string | null;
        occurredOn: Date | null;
        occurredOnEnd: Date | null;
        datePrecision: string | null;
        windowStartPrecision: string | null;
        windowEndPrecision: string | null;
      })[]
    >`
      ${matchedCte}
      SELECT x.id, x.slug, x."nameEn", x."nameAr", x."kindCode", k."labelEn" AS "kindEn", k."labelAr" AS "kindAr",
             x."siteSlug", x."siteNameEn", x."siteNameAr", x."conditionCode", c."labelEn" AS "conditionEn",
             c."labelAr" AS "conditionAr", c."severityRank", x."certaintyCode", ce."labelEn" AS "certaintyEn",
             ce."labelAr" AS "certaintyAr", to_char(x."latestDamageOn", 'YYYY-MM-DD') AS "latestDamageOn", x."hasRestoration",
             ld."occurredOn", ld."occurredOnEnd", ld."datePrecision"::text AS "datePrecision",
             ld."windowStartPrecision"::text AS "windowStartPrecision", ld."windowEndPrecision"::text AS "windowEndPrecision"
      FROM matched x
      JOIN "MonumentKind" k ON k.code = x."kindCode"
      LEFT JOIN "Condition" c ON c.code = x."conditionCode"
      LEFT JOIN "Certainty" ce ON ce.code = x."certaintyCode"
      -- the report "latest damage" stands for, latest first as in migration 20261203130000_honest_dates
      LEFT JOIN LATERAL (
        SELECT d."occurredOn", d."occurredOnEnd", d."datePrecision", d."windowStartPrecision", d."windowEndPrecision"
        FROM "DamageReport" d
        WHERE d."monumentId" = x.id AND d."deletedAt" IS NULL AND d."occurredOn" IS NOT NULL
        ORDER BY catalogue_damage_sort_day(d) DESC, d."assessedOn" DESC NULLS LAST, d."createdAt" DESC, d.id DESC
        LIMIT 1
      ) ld ON true
      WHERE ${allFilters}
      ORDER BY ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

    const facets = Object.fromEntries(
      facetKeys.map((key) => [key, [] as SearchFacetValue[]]),
    ) as unknown as SearchFacets;
    for (const row of counted?.facets ?? []) {
      facets[row.facet].push({ value: row.value, count: row.count, labelEn: row.labelEn, labelAr: row.labelAr });
    }
    for (const key of facetKeys) facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

    return {
      total,
      page,
      pageCount,
      normalizedQuery: plain,
      facets,
      items: rows.map((row) => ({
        id: row.id,
        slug: row.slug,
        nameEn: row.nameEn,
        nameAr: row.nameAr,
        kind: { code: row.kindCode, labelEn: row.kindEn, labelAr: row.kindAr },
        site: { slug: row.siteSlug, nameEn: row.siteNameEn, nameAr: row.siteNameAr },
        condition:
          row.conditionCode && row.conditionEn && row.conditionAr
            ? {
                code: row.conditionCode,
                labelEn: row.conditionEn,
                labelAr: row.conditionAr,
                severityRank: row.severityRank,
              }
            : null,
        certainty:
          row.certaintyCode && row.certaintyEn && row.certaintyAr
            ? { code: row.certaintyCode, labelEn: row.certaintyEn, labelAr: row.certaintyAr }
            : null,
        latestDamageOn: row.latestDamageOn,
        latestDamage: row.occurredOn
          ? {
              occurredOn: row.occurredOn,
              occurredOnEnd: row.occurredOnEnd,
              datePrecision: row.datePrecision,
              windowStartPrecision: row.windowStartPrecision,
              windowEndPrecision: row.windowEndPrecision,
            }
          : null,
        hasRestoration: row.hasRestoration,
      })),
    };
  });
}
