import { describe, expect, it } from "vitest";
import { changeTargetSchema } from "../../lib/validations/common";
import { createDamageReportSchema } from "../../lib/validations/damage-report";
import { fieldErrorsFromZod } from "../../lib/validations/errors";
import { createMonumentSchema } from "../../lib/validations/monument";
import { createRestorationEffortSchema } from "../../lib/validations/restoration-effort";
import { createSourceSchema } from "../../lib/validations/source";

const report = (fields: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  fields: {
    monumentId: "mon-1",
    occurredOn: "2015-08-27",
    occurredOnEnd: "2015-08-31",
    datePrecision: "WINDOW",
    causeCode: "armed_conflict",
    conditionAfterCode: "destroyed",
    certaintyCode: "confirmed",
    descriptionEn: "Blown up.",
    ...fields,
  },
  citations: [{ sourceId: "src-1", locator: "" }],
  ...rest,
});

function errorsOf(result: { success: boolean; error?: unknown }) {
  expect(result.success).toBe(false);
  return fieldErrorsFromZod(result.error as never);
}

describe("the damage report schema", () => {
  it("accepts a window and normalises empty optional text to null; its output parses to itself", () => {
    const parsed = createDamageReportSchema.parse(report({ agentEn: "  ", extentAr: "" }));
    expect(parsed.fields.agentEn).toBeNull();
    expect(parsed.fields.extentAr).toBeNull();
    expect(parsed.newSources).toEqual([]);
    expect(createDamageReportSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses extra keys such as status, version, authorId and role", () => {
    expect(errorsOf(createDamageReportSchema.safeParse({ ...report(), status: "APPROVED" }))).toHaveProperty("status");
    expect(errorsOf(createDamageReportSchema.safeParse(report({ version: 3, authorId: "x" })))).toMatchObject({
      "fields.version": ["invalid"],
      "fields.authorId": ["invalid"],
    });
    expect(errorsOf(changeTargetSchema.safeParse({ kind: "CREATE", role: "ADMIN" }))).toHaveProperty("role");
  });

  it.each([
    [{ occurredOnEnd: "2015-08-01" }, "fields.occurredOnEnd", "dateOrder"],
    [{ occurredOnEnd: null }, "fields.occurredOnEnd", "windowNeedsEnd"],
    [{ datePrecision: "DAY" }, "fields.occurredOnEnd", "endOnlyForWindow"],
    [{ datePrecision: "MONTH", occurredOnEnd: null }, "fields.occurredOn", "dateMustBeFirstOfMonth"],
    [
      { datePrecision: "YEAR", occurredOn: "2015-03-01", occurredOnEnd: null },
      "fields.occurredOn",
      "dateMustBeFirstOfYear",
    ],
    [{ occurredOn: "2015-02-30" }, "fields.occurredOn", "invalidDate"],
    [{ datePrecision: "", occurredOnEnd: null }, "fields.datePrecision", "dateNeedsPrecision"],
    [{ descriptionEn: " " }, "fields.descriptionEn", "required"],
    [{ descriptionEn: "x".repeat(5001) }, "fields.descriptionEn", "tooLong"],
  ])("refuses %j", (fields, path, code) => {
    expect(errorsOf(createDamageReportSchema.safeParse(report(fields)))[path]).toEqual([code]);
  });

  it("needs a source, and a cited new source must be in the proposal", () => {
    expect(errorsOf(createDamageReportSchema.safeParse(report({}, { citations: [] }))).citations).toEqual([
      "sourceRequired",
    ]);
    expect(
      errorsOf(createDamageReportSchema.safeParse(report({}, { citations: [{ sourceId: "new-2", locator: "" }] })))[
        "citations.0.sourceId"
      ],
    ).toEqual(["unknownNewSource"]);
  });
});

describe("the other schemas", () => {
  const monument = (fields: Record<string, unknown>) => ({
    fields: {
      siteId: "s",
      kindCode: "temple",
      nameEn: "A",
      nameAr: "ب",
      locationPrecision: "EXACT",
      isSensitive: false,
      ...fields,
    },
  });
  it("checks coordinate ranges and pairs, and year order", () => {
    expect(errorsOf(createMonumentSchema.safeParse(monument({ latitude: "90.5", longitude: 0 })))).toEqual({
      "fields.latitude": ["latitudeRange"],
    });
    expect(errorsOf(createMonumentSchema.safeParse(monument({ latitude: 34 })))).toEqual({
      "fields.longitude": ["coordinatesPair"],
    });
    expect(errorsOf(createMonumentSchema.safeParse(monument({ builtFromYear: "-10", builtToYear: "-20" })))).toEqual({
      "fields.builtToYear": ["yearOrder"],
    });
    expect(
      createMonumentSchema.parse(monument({ latitude: "34.5", longitude: "38.2", builtFromYear: "-10" })).fields,
    ).toMatchObject({
      latitude: 34.5,
      longitude: 38.2,
      builtFromYear: -10,
      parentId: null,
    });
  });
  it("asks why for a reversibility, and a participant is a person or an organisation", () => {
    const effort = {
      fields: {
        monumentId: "m",
        titleEn: "T",
        techniqueCode: "anastylosis",
        statusCode: "completed",
        reversibilityCode: "fully_reversible",
      },
      participants: [{ personId: "p", organisationId: "o" }],
      citations: [{ sourceId: "s", locator: "" }],
    };
    expect(errorsOf(createRestorationEffortSchema.safeParse(effort))).toEqual({
      "fields.reversibilityReasonEn": ["reasonRequired"],
      "participants.0.personId": ["participantParty"],
    });
  });
  it("accepts only http(s) links for a source, and no citations or photos", () => {
    const source = {
      fields: { title: "T", kindCode: "news_article", reliabilityCode: "verified", url: "data:text/html,x" },
    };
    expect(errorsOf(createSourceSchema.safeParse(source))).toEqual({ "fields.url": ["url"] });
    expect(
      errorsOf(createSourceSchema.safeParse({ ...source, fields: { ...source.fields, url: "" }, mediaIds: ["m"] })),
    ).toHaveProperty("mediaIds.0");
  });
});
