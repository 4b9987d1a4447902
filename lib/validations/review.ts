import { z } from "zod";

// The review forms' inputs, shared by the form and the server action (lib/data/review.ts checks
// them again). Messages are keys into messages/review.*.ts, translated where they are shown.

const id = z.string().trim().min(1).max(64);

export const reviewDecisionSchema = z.strictObject({
  changeRequestId: id,
  decision: z.enum(["reject", "requestChanges", "markOutOfDate"]),
  // a rejection needs a reason, a send-back a comment; marking out of date may say why
  reason: z.string().trim().max(4000, "reasonTooLong").default(""),
});
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
