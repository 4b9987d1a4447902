import { z } from "zod";

// What the proposal forms send to their actions. `target` (which record, which version, the note)
// and `input` (the record) are parsed by lib/data (lib/data/change-requests/propose.ts) with
// changeTargetSchema and the entity's schema from the registry, inside the transaction that checks
// them against the database, so that field errors keep the form's own paths ("fields.nameEn").

export const proposeChangeSchema = z.strictObject({
  // a kind of record contributors may propose (the registry says which)
  entityType: z.string().max(64),
  target: z.unknown(),
  input: z.unknown(),
  formKey: z.string().max(200),
});

export const reviseChangeRequestSchema = z.strictObject({
  id: z.string().max(64),
  target: z.unknown(),
  input: z.unknown(),
  formKey: z.string().max(200),
});

export const changeRequestIdSchema = z.strictObject({ id: z.string().max(64) });

// the ids "My submissions" listed; anything else in the list is ignored
export const markDecisionsSeenSchema = z.strictObject({
  ids: z
    .unknown()
    .transform((ids) =>
      Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string").slice(0, 200) : [],
    ),
});
