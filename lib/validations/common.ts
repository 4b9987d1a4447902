import { z } from "zod";

// Building blocks of the proposal schemas. Error messages are codes (see ERROR_CODES), translated
// by the form (messages/editing.*.ts), so one schema serves both languages on client and server.

export const ERROR_CODES = [
  "required",
  "tooLong",
  "tooMany",
  "invalid",
  "invalidDate",
  "dateOrder",
  "dateMustBeFirstOfMonth",
  "dateMustBeFirstOfYear",
  "windowNeedsEnd",
  "endOnlyForWindow",
  "dateNeedsPrecision",
  "precisionNeedsDate",
  "yearOrder",
  "latitudeRange",
  "longitudeRange",
  "coordinatesPair",
  "url",
  "sourceRequired",
  "unknownNewSource",
  "duplicateTempId",
  "reasonRequired",
  "unknownCode",
  "unknownRecord",
  "notYourPhoto",
  "participantParty",
  "partOfItself",
  "stale",
  "notFound",
  "notEditable",
  "fileEmpty",
  "fileTooLarge",
  "fileType",
  "fileCorrupt",
  "fileTooManyPixels",
  "draftTooLarge",
  "permission",
  "signedOut",
  "unexpected",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "WINDOW"] as const;
export const LOCATION_PRECISIONS = ["EXACT", "APPROXIMATE", "SITE"] as const;

/** A database id (cuid) or a seeded id such as "mon-temple-of-baalshamin". */
export const recordId = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(64, "tooLong")
  .regex(/^[A-Za-z0-9_-]+$/, "invalid");

/** A vocabulary code; whether it exists (and is not retired) is checked against the DB in lib/data. */
export const vocabularyCode = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(64, "tooLong")
  .regex(/^[a-z0-9_]+$/, "invalid");

/** Required text, trimmed. */
export const text = (max: number) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");

/** Optional text: "" and whitespace become null, so the stored value is the column's NULL. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD", a real calendar day; null when left empty. */
export const isoDate = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isRealDate(value), "invalidDate");

export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1 && y <= 2999;
}

/** An optional choice: a form's empty option ("") and a missing value both mean null. */
export function optionalChoice<T extends z.ZodType<string>>(schema: T) {
  return z
    .union([z.literal(""), schema])
    .nullish()
    .transform((value) => (value ? (value as z.output<T>) : null));
}

export const datePrecision = optionalChoice(z.enum(DATE_PRECISIONS, { error: "invalid" }));

type Issue = { path: (string | number)[]; message: ErrorCode };

/**
 * A date with its precision. MONTH dates are stored as the 1st of the month, YEAR dates as
 * 1 January (the form writes them so); a WINDOW needs an end no earlier than its start, and only a
 * WINDOW has an end.
 */
export function checkDateWithPrecision({
  date,
  end,
  precision,
  dateKey,
  endKey,
  precisionKey,
  endAllowed,
}: {
  date: string | null;
  end: string | null;
  precision: string | null;
  dateKey: string;
  endKey: string;
  precisionKey: string;
  endAllowed: "windowOnly" | "separate";
}): Issue[] {
  const issues: Issue[] = [];
  if (date && !precision) issues.push({ path: [precisionKey], message: "dateNeedsPrecision" });
  if (!date && precision) issues.push({ path: [dateKey], message: "precisionNeedsDate" });
  if (date && precision === "MONTH" && !date.endsWith("-01"))
    issues.push({ path: [dateKey], message: "dateMustBeFirstOfMonth" });
  if (date && precision === "YEAR" && !date.endsWith("-01-01"))
    issues.push({ path: [dateKey], message: "dateMustBeFirstOfYear" });
  if (endAllowed === "windowOnly") {
    if (precision === "WINDOW" && !end) issues.push({ path: [endKey], message: "windowNeedsEnd" });
    if (precision !== "WINDOW" && end) issues.push({ path: [endKey], message: "endOnlyForWindow" });
  }
  if (date && end && end < date) issues.push({ path: [endKey], message: "dateOrder" });
  return issues;
}

export function addIssues(ctx: z.RefinementCtx, issues: Issue[]) {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
}

// ---------------------------------------------------------------------------------------------
// Sources cited by a proposal
// ---------------------------------------------------------------------------------------------

export const TEMP_ID = /^new-\d{1,3}$/;

export const citationSchema = z.strictObject({
  // an existing Source id, or the tempId of one of the proposal's newSources ("new-1")
  sourceId: z
    .string({ error: "required" })
    .trim()
    .min(1, "sourceRequired")
    .max(64, "tooLong")
    .regex(/^[A-Za-z0-9_-]+$/, "invalid"),
  // where in the source (page, paragraph, timestamp); may be empty
  locator: z.string().trim().max(200, "tooLong").default(""),
  claim: optionalText(1000).optional(),
});
export type CitationInput = z.infer<typeof citationSchema>;

const sourceFieldsShape = {
  title: text(300),
  titleAr: optionalText(300),
  outlet: optionalText(200),
  author: optionalText(200),
  publishedOn: isoDate,
  publishedPrecision: datePrecision,
  url: z
    .string()
    .trim()
    .max(2000, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isHttpUrl(value), "url"),
  language: z
    .string()
    .trim()
    .max(8, "tooLong")
    .nullish()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || /^[a-z]{2,3}(-[A-Za-z0-9]{2,4})?$/.test(value), "invalid"),
  kindCode: vocabularyCode,
  reliabilityCode: vocabularyCode,
  notesEn: optionalText(2000),
  notesAr: optionalText(2000),
};

function checkSourceFields(
  value: { publishedOn: string | null; publishedPrecision: string | null },
  ctx: z.RefinementCtx,
) {
  addIssues(ctx, [
    ...checkDateWithPrecision({
      date: value.publishedOn,
      end: null,
      precision: value.publishedPrecision,
      dateKey: "publishedOn",
      endKey: "publishedOn",
      precisionKey: "publishedPrecision",
      endAllowed: "separate",
    }),
    ...(value.publishedPrecision === "WINDOW" ? [{ path: ["publishedPrecision"], message: "invalid" as const }] : []),
  ]);
}

export const sourceFieldsSchema = z.strictObject(sourceFieldsShape).superRefine(checkSourceFields);
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A source created on approval; the proposal's citations refer to it by its tempId. */
export const newSourceSchema = z
  .strictObject({ ...sourceFieldsShape, tempId: z.string().regex(TEMP_ID, "invalid") })
  .superRefine(checkSourceFields);
export type NewSourceInput = z.infer<typeof newSourceSchema>;

export const mediaIdsSchema = z.array(recordId, { error: "invalid" }).max(20, "tooMany").default([]);

/**
 * citations / newSources / mediaIds, shared by damage reports, restorations and monuments.
 * A citation naming "new-N" must have that new source in the same proposal.
 */
export function checkCitations(
  value: { citations: { sourceId: string }[]; newSources: { tempId: string }[] },
  ctx: z.RefinementCtx,
  { required }: { required: boolean },
) {
  if (required && value.citations.length === 0) {
    ctx.addIssue({ code: "custom", path: ["citations"], message: "sourceRequired" });
  }
  const tempIds = new Set<string>();
  value.newSources.forEach((source, index) => {
    if (tempIds.has(source.tempId))
      ctx.addIssue({ code: "custom", path: ["newSources", index, "tempId"], message: "duplicateTempId" });
    tempIds.add(source.tempId);
  });
  value.citations.forEach((citation, index) => {
    if (TEMP_ID.test(citation.sourceId) && !tempIds.has(citation.sourceId)) {
      ctx.addIssue({ code: "custom", path: ["citations", index, "sourceId"], message: "unknownNewSource" });
    }
  });
}

/** Parameters of a proposal that are not part of the record: which record, which version, a note. */
export const changeTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("CREATE"), note: optionalText(2000) }),
  z.strictObject({
    kind: z.literal("UPDATE"),
    entityId: recordId,
    baseVersion: z.coerce.number({ error: "invalid" }).int("invalid").min(1, "invalid"),
    note: optionalText(2000),
  }),
]);
export type ChangeTarget = z.infer<typeof changeTargetSchema>;
