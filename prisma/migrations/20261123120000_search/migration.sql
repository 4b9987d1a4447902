-- Public search: a row per monument in "MonumentSearch", kept current by triggers, with a
-- trigram index over its names (typos, spacing) and a full-text index over its whole text
-- (names, summary, description, damage reports). Both hold text normalised by
-- catalogue_normalize(): lower case, Latin diacritics removed (unaccent), Arabic letter forms
-- unified and Arabic diacritics removed. Queries are normalised by the same function.

-- pg_trgm and unaccent are "trusted" extensions: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- STABLE, not IMMUTABLE: it reads the unaccent dictionary. Indexes are built on the stored
-- result, never on a call of this function.
CREATE FUNCTION catalogue_normalize(input text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE STRICT AS $fn$
  SELECT btrim(regexp_replace(
    translate(
      regexp_replace(
        lower(unaccent('unaccent'::regdictionary, input)),
        -- Arabic harakat, superscript alef, tatweel
        '[\u064B-\u065F\u0670\u0640]', '', 'g'),
      -- alef forms, alef maqsura, taa marbuta, hamza carriers; punctuation to spaces
      'أإآٱىةؤئ' || '-_''"‘’“”.,;:!?()[]/\«»،؛؟',
      'اااايهوي' || repeat(' ', 25)),
    '\s+', ' ', 'g'))
$fn$;

-- The names of a monument as the trigram index sees them: each name normalised, then again
-- without spaces ("baal shamin" -> "baalshamin") and, for Arabic, without the article.
CREATE FUNCTION catalogue_name_variants(names text[]) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE AS $fn$
  SELECT coalesce(string_agg(DISTINCT variant, ' | '), '')
  FROM (
    SELECT n AS variant FROM unnest(names) AS raw(r), LATERAL (SELECT catalogue_normalize(r) AS n) x
    UNION SELECT replace(n, ' ', '') FROM unnest(names) AS raw(r), LATERAL (SELECT catalogue_normalize(r) AS n) x
    UNION SELECT regexp_replace(n, '(^| )ال', '\1', 'g') FROM unnest(names) AS raw(r), LATERAL (SELECT catalogue_normalize(r) AS n) x
  ) v
  WHERE variant IS NOT NULL AND variant <> ''
$fn$;

-- CreateTable
CREATE TABLE "MonumentSearch" (
    "monumentId" TEXT NOT NULL,
    "names" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "currentConditionCode" TEXT,
    "currentCertaintyCode" TEXT,
    "latestDamageOn" DATE,
    "causeCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hasRestoration" BOOLEAN NOT NULL DEFAULT false,
    "century" INTEGER,

    CONSTRAINT "MonumentSearch_pkey" PRIMARY KEY ("monumentId")
);

-- CreateIndex
CREATE INDEX "MonumentSearch_currentConditionCode_idx" ON "MonumentSearch"("currentConditionCode");

-- CreateIndex
CREATE INDEX "MonumentSearch_latestDamageOn_idx" ON "MonumentSearch"("latestDamageOn");

-- Indexes Prisma cannot express (allow-listed in tests/integration/schema-parity.test.ts)
CREATE INDEX "MonumentSearch_names_trgm_idx" ON "MonumentSearch" USING gin ("names" gin_trgm_ops);
CREATE INDEX "MonumentSearch_document_fts_idx" ON "MonumentSearch" USING gin (to_tsvector('english'::regconfig, "document"));
CREATE INDEX "MonumentSearch_causeCodes_gin_idx" ON "MonumentSearch" USING gin ("causeCodes");

-- What a monument's search row should hold, computed from the published tables. Soft-deleted
-- reports and restorations do not count; soft-deleted monuments are filtered by the queries.
CREATE VIEW catalogue_monument_search_source AS
SELECT
  m.id AS "monumentId",
  catalogue_name_variants(ARRAY[m."nameEn", m."nameAr"] || m."altNames") AS names,
  catalogue_normalize(concat_ws(' ',
    m."nameEn", m."nameAr", array_to_string(m."altNames", ' '),
    m."summaryEn", m."summaryAr", m."descriptionEn", m."descriptionAr",
    (SELECT string_agg(concat_ws(' ', d."descriptionEn", d."descriptionAr", d."agentEn", d."agentAr"), ' ')
       FROM "DamageReport" d WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL))) AS document,
  latest."conditionAfterCode" AS "currentConditionCode",
  latest."certaintyCode" AS "currentCertaintyCode",
  latest."occurredOn" AS "latestDamageOn",
  coalesce((SELECT array_agg(DISTINCT d."causeCode" ORDER BY d."causeCode")
     FROM "DamageReport" d WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL), ARRAY[]::text[]) AS "causeCodes",
  EXISTS (SELECT 1 FROM "RestorationEffort" r WHERE r."monumentId" = m.id AND r."deletedAt" IS NULL) AS "hasRestoration",
  -- the century the monument was built in: 1 = 1st century AD, -1 = 1st century BC
  CASE
    WHEN coalesce(m."builtFromYear", m."builtToYear") IS NULL THEN NULL
    WHEN coalesce(m."builtFromYear", m."builtToYear") > 0 THEN (coalesce(m."builtFromYear", m."builtToYear") - 1) / 100 + 1
    ELSE -((-coalesce(m."builtFromYear", m."builtToYear") - 1) / 100 + 1)
  END AS century
FROM "Monument" m
LEFT JOIN LATERAL (
  -- the same order as lib/data/monuments.ts (latestReportFirst)
  SELECT d."conditionAfterCode", d."certaintyCode", d."occurredOn"
  FROM "DamageReport" d
  WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL
  ORDER BY d."occurredOn" DESC NULLS LAST, d."assessedOn" DESC NULLS LAST, d."createdAt" DESC, d.id DESC
  LIMIT 1
) latest ON true;

CREATE FUNCTION catalogue_refresh_monument_search(target text) RETURNS void
  LANGUAGE plpgsql AS $fn$
BEGIN
  -- one refresher per monument at a time; the statement below then takes a fresh snapshot and
  -- sees what a concurrent transaction committed (READ COMMITTED)
  PERFORM pg_advisory_xact_lock(hashtext('monument-search:' || target));
  INSERT INTO "MonumentSearch" AS s
  SELECT * FROM catalogue_monument_search_source WHERE "monumentId" = target
  ON CONFLICT ("monumentId") DO UPDATE SET
    names = EXCLUDED.names,
    document = EXCLUDED.document,
    "currentConditionCode" = EXCLUDED."currentConditionCode",
    "currentCertaintyCode" = EXCLUDED."currentCertaintyCode",
    "latestDamageOn" = EXCLUDED."latestDamageOn",
    "causeCodes" = EXCLUDED."causeCodes",
    "hasRestoration" = EXCLUDED."hasRestoration",
    century = EXCLUDED.century;
  IF NOT FOUND THEN
    DELETE FROM "MonumentSearch" WHERE "monumentId" = target;
  END IF;
END
$fn$;

-- Rebuilds every row at once (after a bulk load with the triggers disabled, e.g. the benchmark).
CREATE FUNCTION catalogue_refresh_all_monument_search() RETURNS void
  LANGUAGE sql AS $fn$
  DELETE FROM "MonumentSearch";
  INSERT INTO "MonumentSearch" SELECT * FROM catalogue_monument_search_source;
$fn$;

CREATE FUNCTION "MonumentSearch_from_monument"() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "MonumentSearch" WHERE "monumentId" = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM catalogue_refresh_monument_search(NEW.id);
  RETURN NULL;
END
$fn$;

-- Damage reports and restorations: refresh the monument they belong to (both, if moved).
CREATE FUNCTION "MonumentSearch_from_child"() RETURNS trigger
  LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM catalogue_refresh_monument_search(OLD."monumentId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."monumentId" IS DISTINCT FROM OLD."monumentId") THEN
    PERFORM catalogue_refresh_monument_search(NEW."monumentId");
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Monument_search_refresh"
  AFTER INSERT OR UPDATE OR DELETE ON "Monument"
  FOR EACH ROW EXECUTE FUNCTION "MonumentSearch_from_monument"();

CREATE TRIGGER "DamageReport_search_refresh"
  AFTER INSERT OR UPDATE OR DELETE ON "DamageReport"
  FOR EACH ROW EXECUTE FUNCTION "MonumentSearch_from_child"();

CREATE TRIGGER "RestorationEffort_search_refresh"
  AFTER INSERT OR UPDATE OR DELETE ON "RestorationEffort"
  FOR EACH ROW EXECUTE FUNCTION "MonumentSearch_from_child"();

-- Rows for the monuments that exist already.
SELECT catalogue_refresh_all_monument_search();
