import { z } from "zod";
import { sourceFieldsSchema } from "@/lib/validations/common";

export { sourceFieldsSchema };

// A source added or corrected: ChangeRequest.proposedData for entityType SOURCE. A source cites
// nothing and has no photos, so the other three keys are always empty (kept for one shape).
export const createSourceSchema = z.strictObject({
  fields: sourceFieldsSchema,
  citations: z.array(z.never()).max(0, "invalid").default([]),
  newSources: z.array(z.never()).max(0, "invalid").default([]),
  mediaIds: z.array(z.never()).max(0, "invalid").default([]),
});

export type CreateSourceInput = z.input<typeof createSourceSchema>;
export type SourceProposal = z.infer<typeof createSourceSchema>;
