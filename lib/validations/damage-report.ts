import { z } from "zod";
import {
  addIssues,
  checkCitations,
  checkDateWithPrecision,
  citationSchema,
  datePrecision,
  isoDate,
  mediaIdsSchema,
  newSourceSchema,
  optionalText,
  recordId,
  text,
  vocabularyCode,
} from "@/lib/validations/common";

// A damage report as proposed: ChangeRequest.proposedData for entityType DAMAGE_REPORT (see
// docs/change-requests.md). `fields` are DamageReport's own editable columns; recordedById is
// not among them (the applier sets it to the proposal's author), nor are id/version/timestamps.
export const damageReportFieldsSchema = z
  .strictObject({
    monumentId: recordId,
    // "YYYY-MM-DD"; a MONTH is the 1st of the month, a YEAR 1 January; a WINDOW also has an end
    occurredOn: isoDate,
    occurredOnEnd: isoDate,
    datePrecision: datePrecision,
    causeCode: vocabularyCode,
    agentEn: optionalText(300),
    agentAr: optionalText(300),
    conditionAfterCode: vocabularyCode,
    extentEn: optionalText(1000),
    extentAr: optionalText(1000),
    certaintyCode: vocabularyCode,
    descriptionEn: text(5000),
    descriptionAr: optionalText(5000),
    evidenceEn: optionalText(3000),
    evidenceAr: optionalText(3000),
    assessedOn: isoDate,
  })
  .superRefine((value, ctx) => {
    addIssues(
      ctx,
      checkDateWithPrecision({
        date: value.occurredOn,
        end: value.occurredOnEnd,
        precision: value.datePrecision,
        dateKey: "occurredOn",
        endKey: "occurredOnEnd",
        precisionKey: "datePrecision",
        endAllowed: "windowOnly",
      }),
    );
  });

export const createDamageReportSchema = z
  .strictObject({
    fields: damageReportFieldsSchema,
    citations: z.array(citationSchema).max(30, "tooMany").default([]),
    newSources: z.array(newSourceSchema).max(10, "tooMany").default([]),
    mediaIds: mediaIdsSchema,
  })
  .superRefine((value, ctx) => checkCitations(value, ctx, { required: true }));

export type CreateDamageReportInput = z.input<typeof createDamageReportSchema>;
export type DamageReportProposal = z.infer<typeof createDamageReportSchema>;
