import { z } from "zod";
import {
  optionalChoice,
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

// A restoration effort as proposed: ChangeRequest.proposedData for entityType RESTORATION_EFFORT.
// Besides the four keys every proposal has, it carries `participants`: the complete set of
// RestorationParticipant rows after the change (each a person or an organisation, never both).
export const restorationFieldsSchema = z
  .strictObject({
    monumentId: recordId,
    titleEn: text(300),
    titleAr: optionalText(300),
    techniqueCode: vocabularyCode,
    statusCode: vocabularyCode,
    reversibilityCode: optionalChoice(vocabularyCode),
    reversibilityReasonEn: optionalText(2000),
    reversibilityReasonAr: optionalText(2000),
    materialsEn: optionalText(1000),
    materialsAr: optionalText(1000),
    attachmentMethodEn: optionalText(1000),
    attachmentMethodAr: optionalText(1000),
    placeEn: optionalText(300),
    placeAr: optionalText(300),
    startedOn: isoDate,
    startPrecision: datePrecision,
    endedOn: isoDate,
    endPrecision: datePrecision,
    descriptionEn: optionalText(10000),
    descriptionAr: optionalText(10000),
    outcomeEn: optionalText(5000),
    outcomeAr: optionalText(5000),
  })
  .superRefine((value, ctx) => {
    addIssues(ctx, [
      ...checkDateWithPrecision({
        date: value.startedOn,
        end: null,
        precision: value.startPrecision,
        dateKey: "startedOn",
        endKey: "startedOn",
        precisionKey: "startPrecision",
        endAllowed: "separate",
      }),
      ...checkDateWithPrecision({
        date: value.endedOn,
        end: null,
        precision: value.endPrecision,
        dateKey: "endedOn",
        endKey: "endedOn",
        precisionKey: "endPrecision",
        endAllowed: "separate",
      }),
    ]);
    if (value.startPrecision === "WINDOW")
      ctx.addIssue({ code: "custom", path: ["startPrecision"], message: "invalid" });
    if (value.endPrecision === "WINDOW") ctx.addIssue({ code: "custom", path: ["endPrecision"], message: "invalid" });
    if (value.startedOn && value.endedOn && value.endedOn < value.startedOn) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: "dateOrder" });
    }
    // how reversible the work is means little without why
    if (value.reversibilityCode && !value.reversibilityReasonEn && !value.reversibilityReasonAr) {
      ctx.addIssue({ code: "custom", path: ["reversibilityReasonEn"], message: "reasonRequired" });
    }
  });

export const participantSchema = z
  .strictObject({
    personId: optionalChoice(recordId),
    organisationId: optionalChoice(recordId),
    roleEn: optionalText(200),
    roleAr: optionalText(200),
  })
  .superRefine((value, ctx) => {
    if ((value.personId === null) === (value.organisationId === null)) {
      ctx.addIssue({ code: "custom", path: ["personId"], message: "participantParty" });
    }
  });

export const createRestorationEffortSchema = z
  .strictObject({
    fields: restorationFieldsSchema,
    participants: z.array(participantSchema).max(30, "tooMany").default([]),
    citations: z.array(citationSchema).max(30, "tooMany").default([]),
    newSources: z.array(newSourceSchema).max(10, "tooMany").default([]),
    mediaIds: mediaIdsSchema,
  })
  .superRefine((value, ctx) => checkCitations(value, ctx, { required: true }));

export type CreateRestorationEffortInput = z.input<typeof createRestorationEffortSchema>;
export type RestorationEffortProposal = z.infer<typeof createRestorationEffortSchema>;
