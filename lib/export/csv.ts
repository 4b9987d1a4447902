import { stringify } from "csv-stringify/sync";
import type { MonumentExportRecord } from "@/lib/data/open-data";

// The monuments CSV: UTF-8 with a byte-order mark (so spreadsheet programs open Arabic as Arabic),
// one row per monument, the editable columns under the names the importer maps by default, so
// the export imports back proposing no change. Text that a spreadsheet would run as a formula is
// neutralised; numbers are written as numbers.

export const BOM = "\uFEFF";
export const ALT_NAME_SEPARATOR = " | ";

// OWASP's list: a cell starting with one of these is a formula (or DDE) to Excel, LibreOffice and Sheets
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text a spreadsheet would evaluate gets a leading apostrophe, which it shows as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The importer's inverse: an apostrophe that neutralised a formula is dropped again. */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

type Cell = string | number | boolean | null;

function cell(value: Cell): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return neutraliseFormula(value);
}

export const monumentCsvColumns = [
  "id",
  "slug",
  "name_en",
  "name_ar",
  "alt_names",
  "kind",
  "site",
  "parent",
  "period_en",
  "period_ar",
  "built_from_year",
  "built_to_year",
  "summary_en",
  "summary_ar",
  "description_en",
  "description_ar",
  "current_location_en",
  "current_location_ar",
  "latitude",
  "longitude",
  "location_precision",
  "sensitive",
  "current_condition",
  "latest_damage_on",
  "causes",
  "has_restoration",
  "updated_at",
  "url",
] as const;

export function monumentCsvRow(m: MonumentExportRecord): (string | number)[] {
  const values: Record<(typeof monumentCsvColumns)[number], Cell> = {
    id: m.id,
    slug: m.slug,
    name_en: m.nameEn,
    name_ar: m.nameAr,
    alt_names: m.altNames.join(ALT_NAME_SEPARATOR),
    kind: m.kind.code,
    site: m.site.slug,
    parent: m.parent?.slug ?? null,
    period_en: m.periodEn,
    period_ar: m.periodAr,
    built_from_year: m.builtFromYear,
    built_to_year: m.builtToYear,
    summary_en: m.summaryEn,
    summary_ar: m.summaryAr,
    description_en: m.descriptionEn,
    description_ar: m.descriptionAr,
    current_location_en: m.currentLocationEn,
    current_location_ar: m.currentLocationAr,
    // already coarsened for a sensitive place
    latitude: m.location.latitude,
    longitude: m.location.longitude,
    location_precision: m.location.precision,
    sensitive: m.isSensitive,
    current_condition: m.currentCondition?.code ?? null,
    latest_damage_on: m.latestDamageOn,
    causes: m.causes.join(ALT_NAME_SEPARATOR),
    has_restoration: m.hasRestoration,
    updated_at: m.updatedAt,
    url: m.links.html,
  };
  return monumentCsvColumns.map((column) => cell(values[column]));
}

export function csvLines(rows: (string | number)[][]): string {
  return stringify(rows, { record_delimiter: "\r\n" });
}

/** The whole CSV, a batch of rows per chunk, the header (after the BOM) first. */
export async function* monumentCsv(batches: AsyncGenerator<MonumentExportRecord[]>): AsyncGenerator<string> {
  yield BOM + csvLines([[...monumentCsvColumns]]);
  for await (const batch of batches) yield csvLines(batch.map(monumentCsvRow));
}
