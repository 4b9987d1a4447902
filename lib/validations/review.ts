import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

// The review forms' inputs, shared by the form and the server action (lib/data/change-requests/decide.ts checks
// them again). Messages are keys into messages/review.*.ts, translated where they are shown.

const id = z.string().trim().min(1).max(64);

const decisionShape = {
  changeRequestId: id,
  decision: z.enum(["reject", "requestChanges", "markOutOfDate"]),
  // a rejection needs a reason, a send-back a comment; marking out of date may say why
  reason: z.string().trim().max(4000, "reasonTooLong").default(""),
};

function requireReason(value: { decision: string; reason: string }, ctx: z.RefinementCtx) {
  if (value.decision !== "markOutOfDate" && value.reason === "") {
    const message = value.decision === "reject" ? "reasonRequired" : "commentRequired";
    ctx.addIssue({ code: "custom", path: ["reason"], message });
  }
}

export const reviewDecisionSchema = z.strictObject(decisionShape).superRefine(requireReason);
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;

export const fieldChoiceSchema = z.enum(["base", "current", "proposed"]);
export type FieldChoice = z.infer<typeof fieldChoiceSchema>;

export const approveSchema = z.strictObject({
  changeRequestId: id,
  // present when the record moved past the proposal's base: the version the reviewer merged
  // against and their choice for every field that differs
  resolution: z
    .strictObject({
      againstVersion: z.number().int().min(1),
      choices: z.record(z.string().max(64), fieldChoiceSchema),
    })
    .optional(),
});
export type ApproveInput = z.infer<typeof approveSchema>;

export const revertSchema = z.strictObject({
  entityType: z.enum([
    "MONUMENT",
    "DAMAGE_REPORT",
    "RESTORATION_EFFORT",
    "SOURCE",
    "SITE",
    "CONTROL_PERIOD",
    "PERSON",
    "ORGANISATION",
    "MEDIA",
  ]),
  entityId: id,
  toVersion: z.number().int().min(1),
  expectedVersion: z.number().int().min(1),
});
export type RevertInput = z.infer<typeof revertSchema>;

export const deleteRecordSchema = z.strictObject({
  entityType: revertSchema.shape.entityType,
  entityId: id,
  expectedVersion: z.number().int().min(1),
  reason: z.string().trim().max(4000).default(""),
});
export type DeleteRecordInput = z.infer<typeof deleteRecordSchema>;

// ---------------------------------------------------------------------------------------------
// The same, as the review and history pages' forms post them (FormData: every value a string)
// ---------------------------------------------------------------------------------------------

/** The page's language, sent by every form so that the action redirects back in it. */
export const localeField = z.enum(locales).catch("en");

const formNumber = z.coerce.number().int().min(1);

/** The decision form: hidden changeRequestId, decision and locale, and the reason typed. */
export const reviewDecisionFormSchema = z
  .strictObject({ ...decisionShape, locale: localeField })
  .superRefine(requireReason);

/**
 * The approve form: changeRequestId and locale; after a conflict also againstVersion and one
 * radio "choice.<field>" per differing field (an unknown choice is ignored).
 */
export const approveFormSchema = z.preprocess(
  (raw) => {
    const entries = (raw ?? {}) as Record<string, string>;
    const choices: Record<string, string> = {};
    for (const [key, value] of Object.entries(entries)) {
      if (key.startsWith("choice.") && fieldChoiceSchema.safeParse(value).success) {
        choices[key.slice("choice.".length)] = value;
      }
    }
    const against = entries.againstVersion;
    return {
      changeRequestId: entries.changeRequestId,
      locale: entries.locale,
      ...(against ? { resolution: { againstVersion: Number(against), choices } } : {}),
    };
  },
  approveSchema.extend({ locale: localeField }),
);

export const revertFormSchema = revertSchema.extend({
  toVersion: formNumber,
  expectedVersion: formNumber,
  locale: localeField,
});

export const deleteRecordFormSchema = deleteRecordSchema.extend({ expectedVersion: formNumber, locale: localeField });

export const restoreRecordFormSchema = deleteRecordSchema
  .omit({ reason: true })
  .extend({ expectedVersion: formNumber, locale: localeField });
