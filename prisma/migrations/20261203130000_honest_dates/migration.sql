-- Honest dates and a current condition that counts restorations.
-- - Each bound of a damage report's window has its own precision ("May 2015 – 27 March 2016");
--   null means a day, which is what a window meant before (existing rows keep their meaning).
-- - "Latest damage" and the search's sort use the last day a report's date can mean: a window
--   by its end, a month by its last day (catalogue_damage_sort_day), as lib/dates/partial-date.ts.
-- - The current condition is the latest of the damage reports and the completed restorations
--   (condition "restored"); on the same day the restoration counts as the later.

-- The last day a stored date can mean: a month's last day, a year's 31 December.
CREATE FUNCTION catalogue_latest_day(value date, value_precision "DatePrecision") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT CASE value_precision
    WHEN 'MONTH' THEN (date_trunc('month', value::timestamp) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', value::timestamp) + interval '1 year' - interval '1 day')::date
    ELSE value
  END
$fn$;

-- AlterTable
ALTER TABLE "DamageReport" ADD COLUMN     "windowStartPrecision" "DatePrecision",
ADD COLUMN     "windowEndPrecision" "DatePrecision";

-- a bound is a day, a month or a year, never itself a window
ALTER TABLE "DamageReport" ADD CONSTRAINT "DamageReport_window_bound_precision_check"
  CHECK ("windowStartPrecision" IS DISTINCT FROM 'WINDOW' AND "windowEndPrecision" IS DISTINCT FROM 'WINDOW');

-- An end bound may be stored on an earlier day than the start and still end after it: "May 2015 –
-- 2015" stores 2015-05-01 and 2015-01-01 (YEAR). The window's end must not be before its start.
ALTER TABLE "DamageReport" DROP CONSTRAINT "DamageReport_occurredOnEnd_check";
ALTER TABLE "DamageReport" ADD CONSTRAINT "DamageReport_occurredOnEnd_check" CHECK ("occurredOnEnd" IS NULL OR
  ("occurredOn" IS NOT NULL AND catalogue_latest_day("occurredOnEnd", coalesce("windowEndPrecision", 'DAY')) >= "occurredOn"));

-- The vocabulary term a completed restoration leaves a monument in.
INSERT INTO "Condition" ("code", "labelEn", "labelAr", "descriptionEn", "descriptionAr", "severityRank", "sortOrder")
VALUES ('restored', 'Restored', 'مُرمَّم',
  'Damage repaired by a completed restoration; the restoration says what was done and how reversible it is.',
  'أُصلح الضرر بترميم مُنجَز؛ ويبيّن الترميم ما أُنجز ومدى قابليته للعكس.',
  NULL, 15)
ON CONFLICT ("code") DO NOTHING;

-- The day a damage report sorts by, latest first: a window by its end.
CREATE FUNCTION catalogue_damage_sort_day(d "DamageReport") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT CASE
    WHEN d."datePrecision" = 'WINDOW' AND d."occurredOnEnd" IS NOT NULL
      THEN catalogue_latest_day(d."occurredOnEnd", coalesce(d."windowEndPrecision", 'DAY'))
    WHEN d."datePrecision" = 'WINDOW' THEN catalogue_latest_day(d."occurredOn", coalesce(d."windowStartPrecision", 'DAY'))
    ELSE catalogue_latest_day(d."occurredOn", d."datePrecision")
  END
$fn$;

-- The search row's source, as in 20261123120000_search, with the two rules above.
CREATE OR REPLACE VIEW catalogue_monument_search_source AS
SELECT
  m.id AS "monumentId",
  catalogue_name_variants(ARRAY[m."nameEn", m."nameAr"] || m."altNames") AS names,
  catalogue_normalize(concat_ws(' ',
    m."nameEn", m."nameAr", array_to_string(m."altNames", ' '),
    m."summaryEn", m."summaryAr", m."descriptionEn", m."descriptionAr",
    (SELECT string_agg(concat_ws(' ', d."descriptionEn", d."descriptionAr", d."agentEn", d."agentAr"), ' ')
       FROM "DamageReport" d WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL))) AS document,
  latest."conditionCode" AS "currentConditionCode",
  latest."certaintyCode" AS "currentCertaintyCode",
  (SELECT max(catalogue_damage_sort_day(d)) FROM "DamageReport" d
     WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL) AS "latestDamageOn",
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
  -- the same order as lib/catalogue/current-condition.ts
  SELECT s."conditionCode", s."certaintyCode"
  FROM (
    SELECT d."conditionAfterCode" AS "conditionCode", d."certaintyCode", catalogue_damage_sort_day(d) AS "sortDay",
      0 AS "kindRank", d."assessedOn", d."createdAt", d.id
    FROM "DamageReport" d
    WHERE d."monumentId" = m.id AND d."deletedAt" IS NULL
    UNION ALL
    SELECT 'restored', NULL, catalogue_latest_day(r."endedOn", r."endPrecision"), 1, NULL, r."createdAt", r.id
    FROM "RestorationEffort" r
    WHERE r."monumentId" = m.id AND r."deletedAt" IS NULL AND r."statusCode" = 'completed'
  ) s
  ORDER BY s."sortDay" DESC NULLS LAST, s."kindRank" DESC, s."assessedOn" DESC NULLS LAST, s."createdAt" DESC, s.id DESC
  LIMIT 1
) latest ON true;

-- Every row again, by the new rules.
SELECT catalogue_refresh_all_monument_search();
