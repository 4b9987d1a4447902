import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { MAX_QUERY_LENGTH, MAX_VALUES_PER_FACET, valuePatterns } from "@/lib/search/params";

// The shapes of the public API (/api/v1): the query parameters it accepts and every response it
// sends. The OpenAPI document (lib/api/openapi.ts) is generated from these schemas, and the
// contract tests validate every response against that document, so the three cannot drift.
// Objects are strict: a field added to a response without its schema fails the contract tests.
extendZodWithOpenApi(z);

// ---------------------------------------------------------------------------------------------
// Query and path parameters
// ---------------------------------------------------------------------------------------------

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const codeParam = (name: string, pattern: RegExp, example: string) =>
  z
    .array(z.string().regex(pattern, "must be a vocabulary code (lower case letters, digits, _ or -)"))
    .max(MAX_VALUES_PER_FACET, `at most ${MAX_VALUES_PER_FACET} values`)
    .optional()
    .openapi({ description: `Only records with this ${name} (repeat the parameter for several).`, example: [example] });

const limitParam = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be at least 1")
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
  .default(DEFAULT_PAGE_SIZE)
  .openapi({ description: `Items per page (1–${MAX_PAGE_SIZE}).`, example: DEFAULT_PAGE_SIZE });

const cursorParam = z
  .string()
  .min(1)
  .max(300)
  .optional()
  .openapi({ description: "The `nextCursor` of the previous page; omit it for the first page." });

const pagination = { limit: limitParam, cursor: cursorParam };

/** The search page's filters and text search, as the API accepts them (strict: malformed is a 400). */
export const monumentFilterShape = {
  q: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional().openapi({
    description: "Text search, the same as the site's: names in both scripts, typos, descriptions.",
    example: "baalshamin",
  }),
  kind: codeParam("kind (vocabulary monument-kinds)", valuePatterns.kind, "temple"),
  condition: codeParam(
    "current condition (vocabulary conditions; `unknown` for none)",
    valuePatterns.condition,
    "destroyed",
  ),
  cause: codeParam("damage cause in any of its reports (vocabulary damage-causes)", valuePatterns.cause, "looting"),
  site: codeParam("site (its slug)", valuePatterns.site, "palmyra"),
  century: z
    .array(z.string().regex(valuePatterns.century, "must be a century: 1 to 99, negative for BC"))
    .max(MAX_VALUES_PER_FACET)
    .optional()
    .openapi({ description: "Built in this century (1 = 1st century AD, -1 = 1st century BC).", example: ["1"] }),
  restored: z
    .enum(["yes", "no"], { error: "must be yes or no" })
    .optional()
    .openapi({ description: "With (yes) or without (no) a recorded restoration effort." }),
};

export const monumentListQuery = z.strictObject({ ...monumentFilterShape, ...pagination });
export const monumentExportQuery = z.strictObject(monumentFilterShape);
export type MonumentFilters = z.infer<typeof monumentExportQuery>;

export const siteListQuery = z.strictObject({ ...pagination });

export const damageReportListQuery = z.strictObject({
  monument: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, "must be a monument slug")
    .optional()
    .openapi({ description: "Only the reports on this monument (its slug)." }),
  cause: codeParam("cause (vocabulary damage-causes)", valuePatterns.cause, "deliberate_destruction_explosives"),
  condition: codeParam("condition after the event (vocabulary conditions)", valuePatterns.condition, "destroyed"),
  certainty: codeParam("certainty (vocabulary certainties)", valuePatterns.kind, "confirmed"),
  ...pagination,
});

export const restorationListQuery = z.strictObject({
  monument: damageReportListQuery.shape.monument,
  technique: codeParam("technique (vocabulary restoration-techniques)", valuePatterns.kind, "anastylosis"),
  status: codeParam("status (vocabulary restoration-statuses)", valuePatterns.kind, "completed"),
  ...pagination,
});

export const sourceListQuery = z.strictObject({
  kind: codeParam("kind (vocabulary source-kinds)", valuePatterns.kind, "news_article"),
  reliability: codeParam(
    "reliability grade (vocabulary source-reliabilities)",
    valuePatterns.kind,
    "established_outlet",
  ),
  ...pagination,
});

export const emptyQuery = z.strictObject({});

export const slugParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, "must be a slug: lower-case letters, digits and hyphens")
  .openapi({ example: "temple-of-bel" });
export const idParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a record id: letters, digits, _ or -")
  .openapi({ example: "dmg-bel-2015" });

export const vocabularyNames = [
  "monument-kinds",
  "conditions",
  "damage-causes",
  "certainties",
  "source-kinds",
  "source-reliabilities",
  "restoration-techniques",
  "reversibilities",
  "restoration-statuses",
] as const;
export type ApiVocabularyName = (typeof vocabularyNames)[number];
export const vocabularyNameParam = z.enum(vocabularyNames, { error: `must be one of ${vocabularyNames.join(", ")}` });

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

const isoDate = z.iso.date().openapi({ example: "2015-08-30" });
const isoDateTime = z.iso.datetime({ offset: true }).openapi({ example: "2026-11-23T09:00:00.000Z" });
const url = z.url();
const text = z.string().nullable();

export const datePrecisionSchema = z
  .enum(["DAY", "MONTH", "YEAR", "WINDOW"])
  .openapi("DatePrecision", { description: "How precise a date is; WINDOW uses the end date as well." });

const termShape = { code: z.string(), labelEn: z.string(), labelAr: z.string() };

// A registered schema that may be null: a union, so that OpenAPI 3.1 gets anyOf [$ref, null]
// (zod-to-openapi drops the null of `.nullable()` on a registered schema).
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const termSchema = z
  .strictObject(termShape)
  .openapi("TermRef", { description: "A vocabulary term, with its English and Arabic labels." });

export const conditionTermSchema = z
  .strictObject({ ...termShape, severityRank: z.int().nullable() })
  .openapi("ConditionRef", { description: "A condition term; severityRank 0 = intact … 4 = destroyed." });

export const locationSchema = z
  .strictObject({
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    precision: z.enum(["EXACT", "APPROXIMATE", "SITE"]),
    coarsened: z.boolean(),
  })
  .openapi("Location", {
    description:
      "Where a monument is. For a place prone to looting the position is snapped to a 0.1° grid (about 11 km), precision SITE and coarsened true: the precise position is never published.",
  });

export const siteRefSchema = z
  .strictObject({ slug: z.string(), nameEn: z.string(), nameAr: z.string() })
  .openapi("SiteRef");
export const monumentRefSchema = z
  .strictObject({ slug: z.string(), nameEn: z.string(), nameAr: z.string() })
  .openapi("MonumentRef");

const selfLinks = z.strictObject({ self: url, html: url });

export const sourceRefSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    titleAr: text,
    url: url.nullable(),
    links: z.strictObject({ self: url }),
  })
  .openapi("SourceRef");

export const citationSchema = z
  .strictObject({ source: sourceRefSchema, claimEn: text, claimAr: text, locator: text })
  .openapi("Citation", { description: "One claim and the source that makes it." });

const monumentSummaryShape = {
  id: z.string(),
  slug: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  altNames: z.array(z.string()),
  kind: termSchema,
  site: siteRefSchema,
  parent: orNull(monumentRefSchema),
  location: locationSchema,
  currentCondition: orNull(conditionTermSchema),
  currentCertainty: orNull(termSchema),
  latestDamageOn: isoDate.nullable(),
  causes: z.array(z.string()),
  hasRestoration: z.boolean(),
  updatedAt: isoDateTime,
  links: selfLinks,
};

export const monumentSummarySchema = z.strictObject(monumentSummaryShape).openapi("MonumentSummary");

export const damageReportSchema = z
  .strictObject({
    id: z.string(),
    monument: monumentRefSchema,
    occurredOn: isoDate.nullable(),
    occurredOnEnd: isoDate.nullable(),
    datePrecision: orNull(datePrecisionSchema),
    assessedOn: isoDate.nullable(),
    cause: termSchema,
    agentEn: text,
    agentAr: text,
    conditionAfter: conditionTermSchema,
    certainty: termSchema,
    extentEn: text,
    extentAr: text,
    descriptionEn: z.string(),
    descriptionAr: text,
    evidenceEn: text,
    evidenceAr: text,
    citations: z.array(citationSchema),
    updatedAt: isoDateTime,
    links: selfLinks,
  })
  .openapi("DamageReport", { description: "One assessment of one event or state of a monument." });

export const participantSchema = z
  .strictObject({
    kind: z.enum(["person", "organisation"]),
    slug: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    roleEn: text,
    roleAr: text,
  })
  .openapi("Participant");

export const restorationEffortSchema = z
  .strictObject({
    id: z.string(),
    monument: monumentRefSchema,
    titleEn: z.string(),
    titleAr: text,
    technique: termSchema,
    status: termSchema,
    reversibility: orNull(termSchema),
    reversibilityReasonEn: text,
    reversibilityReasonAr: text,
    materialsEn: text,
    materialsAr: text,
    attachmentMethodEn: text,
    attachmentMethodAr: text,
    placeEn: text,
    placeAr: text,
    startedOn: isoDate.nullable(),
    startPrecision: orNull(datePrecisionSchema),
    endedOn: isoDate.nullable(),
    endPrecision: orNull(datePrecisionSchema),
    descriptionEn: text,
    descriptionAr: text,
    outcomeEn: text,
    outcomeAr: text,
    participants: z.array(participantSchema),
    citations: z.array(citationSchema),
    updatedAt: isoDateTime,
    links: selfLinks,
  })
  .openapi("RestorationEffort");

export const monumentDetailSchema = z
  .strictObject({
    ...monumentSummaryShape,
    periodEn: text,
    periodAr: text,
    builtFromYear: z.int().nullable(),
    builtToYear: z.int().nullable(),
    summaryEn: text,
    summaryAr: text,
    descriptionEn: text,
    descriptionAr: text,
    currentLocationEn: text,
    currentLocationAr: text,
    version: z.int().min(1),
    parts: z.array(monumentRefSchema),
    citations: z.array(citationSchema),
    damageReports: z.array(damageReportSchema),
    restorationEfforts: z.array(restorationEffortSchema),
    links: z.strictObject({ self: url, html: url, linkedArt: url, iiifManifest: url }),
  })
  .openapi("Monument");

export const sourceSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    titleAr: text,
    outlet: text,
    author: text,
    publishedOn: isoDate.nullable(),
    publishedPrecision: orNull(datePrecisionSchema),
    url: url.nullable(),
    language: text,
    kind: termSchema,
    reliability: z.strictObject({ ...termShape, rank: z.int() }),
    notesEn: text,
    notesAr: text,
    updatedAt: isoDateTime,
    links: selfLinks,
  })
  .openapi("Source");

export const controlPeriodSchema = z
  .strictObject({
    id: z.string(),
    controllerEn: z.string(),
    controllerAr: z.string(),
    startDate: isoDate,
    startPrecision: datePrecisionSchema,
    endDate: isoDate.nullable(),
    endPrecision: orNull(datePrecisionSchema),
    notesEn: text,
    notesAr: text,
    citations: z.array(citationSchema),
  })
  .openapi("ControlPeriod", { description: "Who held a site, from when to when, and who says so." });

const siteSummaryShape = {
  id: z.string(),
  slug: z.string(),
  nameEn: z.string(),
  nameAr: z.string(),
  altNames: z.array(z.string()),
  countryCode: z.string().length(2),
  regionEn: text,
  regionAr: text,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  monumentCount: z.int().min(0),
  updatedAt: isoDateTime,
  links: selfLinks,
};

export const siteSummarySchema = z.strictObject(siteSummaryShape).openapi("SiteSummary");

export const siteDetailSchema = z
  .strictObject({
    ...siteSummaryShape,
    descriptionEn: text,
    descriptionAr: text,
    designationEn: text,
    designationAr: text,
    unescoInscribedYear: z.int().nullable(),
    controlPeriods: z.array(controlPeriodSchema),
    citations: z.array(citationSchema),
    links: z.strictObject({ self: url, html: url, monuments: url, geojson: url, csv: url }),
  })
  .openapi("Site");

export const vocabularyTermSchema = z
  .strictObject({
    code: z.string(),
    labelEn: z.string(),
    labelAr: z.string(),
    descriptionEn: text,
    descriptionAr: text,
    retired: z.boolean(),
    rank: z.int().nullable(),
  })
  .openapi("VocabularyTerm", {
    description: "rank: severity for conditions (0 intact … 4 destroyed), reliability for sources (1 = most reliable).",
  });

export const vocabularySchema = z
  .strictObject({
    name: vocabularyNameParam,
    terms: z.array(vocabularyTermSchema),
    links: z.strictObject({ self: url }),
  })
  .openapi("Vocabulary");

export const vocabularyListSchema = z.strictObject({ items: z.array(vocabularySchema) }).openapi("VocabularyList");

const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .strictObject({
      items: z.array(item),
      nextCursor: z.string().nullable(),
      links: z.strictObject({ self: url, next: url.nullable() }),
    })
    .openapi(name, { description: "One page; pass nextCursor as `cursor` for the next (null on the last page)." });

export const monumentPageSchema = pageOf(monumentSummarySchema, "MonumentPage");
export const sitePageSchema = pageOf(siteSummarySchema, "SitePage");
export const damageReportPageSchema = pageOf(damageReportSchema, "DamageReportPage");
export const restorationPageSchema = pageOf(restorationEffortSchema, "RestorationEffortPage");
export const sourcePageSchema = pageOf(sourceSchema, "SourcePage");

export const problemSchema = z
  .strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
    reference: z.string().optional(),
  })
  .openapi("Problem", { description: "An RFC 9457 problem document (application/problem+json)." });

export type MonumentSummary = z.infer<typeof monumentSummarySchema>;
export type MonumentDetail = z.infer<typeof monumentDetailSchema>;
export type DamageReportOut = z.infer<typeof damageReportSchema>;
export type RestorationEffortOut = z.infer<typeof restorationEffortSchema>;
export type SourceOut = z.infer<typeof sourceSchema>;
export type SiteSummary = z.infer<typeof siteSummarySchema>;
export type SiteDetail = z.infer<typeof siteDetailSchema>;
export type CitationOut = z.infer<typeof citationSchema>;
export type VocabularyOut = z.infer<typeof vocabularySchema>;
