// What a column of an imported spreadsheet can be mapped to, per kind of record (shared by the
// mapping form and the server). A target is either a field of the kind's shared schema
// (lib/validations/<entity>.ts), named as the schema names it, a reference resolved by the
// importer (a site, a monument or a vocabulary term, given by code, slug, id or label), the
// record's identity (`id`: the catalogue's own id, as the CSV export writes it; `externalId`: the
// file's own identifier, which ties its rows to the records they became), or a source to cite.

export const IMPORT_ENTITIES = ["MONUMENT", "DAMAGE_REPORT"] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type TargetType =
  | "id"
  | "externalId"
  | "text"
  | "list"
  | "number"
  | "boolean"
  | "date"
  | "enum"
  | "vocabulary"
  | "record"
  | "sourceIds"
  | "source";

export type TargetSpec = {
  key: string;
  type: TargetType;
  // the schema field this target sets (fields.<field>), if it sets one
  field?: string;
  // for vocabulary targets: which vocabulary; for record targets: which kind
  vocabulary?: string;
  record?: "SITE" | "MONUMENT";
  options?: readonly string[];
  // needed on a row that creates a record
  requiredForCreate?: boolean;
  // other header names a file may use for it (compared normalised: case, spaces, _ and - ignored)
  aliases?: readonly string[];
};

const SOURCE_TARGETS: readonly TargetSpec[] = [
  { key: "sourceIds", type: "sourceIds", aliases: ["source", "sources", "source_id", "source_ids"] },
  { key: "sourceLocator", type: "source", aliases: ["locator", "page", "source_page"] },
  { key: "sourceTitle", type: "source" },
  { key: "sourceUrl", type: "source" },
  { key: "sourceKind", type: "source", vocabulary: "sourceKind" },
  { key: "sourceReliability", type: "source", vocabulary: "sourceReliability" },
  { key: "sourcePublishedOn", type: "source", aliases: ["source_date", "published_on"] },
];

export const IMPORT_TARGETS: Record<ImportEntity, readonly TargetSpec[]> = {
  MONUMENT: [
    { key: "id", type: "id", aliases: ["catalogue_id"] },
    { key: "externalId", type: "externalId", aliases: ["external_id", "identifier", "ref", "reference"] },
    { key: "site", type: "record", field: "siteId", record: "SITE", requiredForCreate: true, aliases: ["site_slug"] },
    { key: "parent", type: "record", field: "parentId", record: "MONUMENT", aliases: ["part_of"] },
    { key: "kind", type: "vocabulary", field: "kindCode", vocabulary: "monumentKind", requiredForCreate: true },
    { key: "nameEn", type: "text", field: "nameEn", requiredForCreate: true, aliases: ["name", "name_english"] },
    { key: "nameAr", type: "text", field: "nameAr", requiredForCreate: true, aliases: ["name_arabic", "الاسم"] },
    { key: "altNames", type: "list", field: "altNames", aliases: ["alternative_names", "other_names"] },
    { key: "periodEn", type: "text", field: "periodEn", aliases: ["period"] },
    { key: "periodAr", type: "text", field: "periodAr" },
    { key: "builtFromYear", type: "number", field: "builtFromYear" },
    { key: "builtToYear", type: "number", field: "builtToYear" },
    { key: "summaryEn", type: "text", field: "summaryEn", aliases: ["summary"] },
    { key: "summaryAr", type: "text", field: "summaryAr" },
    { key: "descriptionEn", type: "text", field: "descriptionEn", aliases: ["description"] },
    { key: "descriptionAr", type: "text", field: "descriptionAr" },
    { key: "currentLocationEn", type: "text", field: "currentLocationEn" },
    { key: "currentLocationAr", type: "text", field: "currentLocationAr" },
    { key: "latitude", type: "number", field: "latitude", aliases: ["lat", "y"] },
    { key: "longitude", type: "number", field: "longitude", aliases: ["lon", "lng", "long", "x"] },
    {
      key: "locationPrecision",
      type: "enum",
      field: "locationPrecision",
      options: ["EXACT", "APPROXIMATE", "SITE"],
      aliases: ["precision"],
    },
    { key: "isSensitive", type: "boolean", field: "isSensitive", aliases: ["sensitive"] },
    ...SOURCE_TARGETS,
  ],
  DAMAGE_REPORT: [
    { key: "id", type: "id", aliases: ["catalogue_id"] },
    { key: "externalId", type: "externalId", aliases: ["external_id", "identifier", "ref", "reference"] },
    {
      key: "monument",
      type: "record",
      field: "monumentId",
      record: "MONUMENT",
      requiredForCreate: true,
      aliases: ["monument_id", "monument_slug"],
    },
    { key: "occurredOn", type: "date", field: "occurredOn", aliases: ["date", "occurred"] },
    { key: "occurredOnEnd", type: "date", field: "occurredOnEnd", aliases: ["date_end", "occurred_end"] },
    {
      key: "datePrecision",
      type: "enum",
      field: "datePrecision",
      options: ["DAY", "MONTH", "YEAR", "WINDOW"],
      aliases: ["precision"],
    },
    { key: "cause", type: "vocabulary", field: "causeCode", vocabulary: "damageCause", requiredForCreate: true },
    { key: "agentEn", type: "text", field: "agentEn", aliases: ["agent"] },
    { key: "agentAr", type: "text", field: "agentAr" },
    {
      key: "conditionAfter",
      type: "vocabulary",
      field: "conditionAfterCode",
      vocabulary: "condition",
      requiredForCreate: true,
      aliases: ["condition"],
    },
    { key: "extentEn", type: "text", field: "extentEn", aliases: ["extent"] },
    { key: "extentAr", type: "text", field: "extentAr" },
    { key: "certainty", type: "vocabulary", field: "certaintyCode", vocabulary: "certainty", requiredForCreate: true },
    {
      key: "descriptionEn",
      type: "text",
      field: "descriptionEn",
      requiredForCreate: true,
      aliases: ["description"],
    },
    { key: "descriptionAr", type: "text", field: "descriptionAr" },
    { key: "evidenceEn", type: "text", field: "evidenceEn", aliases: ["evidence"] },
    { key: "evidenceAr", type: "text", field: "evidenceAr" },
    { key: "assessedOn", type: "date", field: "assessedOn", aliases: ["assessed"] },
    ...SOURCE_TARGETS,
  ],
};

/** A column mapping: for each column of the file (by position), the target key or null (ignored). */
export type ColumnMapping = (string | null)[];

export function normaliseHeader(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

/** The key under which a file shape's mapping is remembered: its normalised header row. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join("\u001f");
}

export function targetSpec(entity: ImportEntity, key: string): TargetSpec | undefined {
  return IMPORT_TARGETS[entity].find((target) => target.key === key);
}

/** The mapping the importer proposes for a header row: each column to the target it names, once. */
export function defaultMapping(entity: ImportEntity, headers: readonly string[]): ColumnMapping {
  const used = new Set<string>();
  return headers.map((header) => {
    const name = normaliseHeader(header);
    if (!name) return null;
    const target = IMPORT_TARGETS[entity].find(
      (t) =>
        !used.has(t.key) &&
        (normaliseHeader(t.key) === name || (t.aliases ?? []).some((a) => normaliseHeader(a) === name)),
    );
    if (!target) return null;
    used.add(target.key);
    return target.key;
  });
}

/** A mapping is usable when it names known targets, each at most once, and fits the header. */
export function checkMapping(entity: ImportEntity, headers: readonly string[], mapping: ColumnMapping): boolean {
  if (mapping.length !== headers.length) return false;
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === null) continue;
    if (!targetSpec(entity, key) || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
