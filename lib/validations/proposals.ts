import { z } from "zod";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { createDamageReportSchema } from "@/lib/validations/damage-report";
import { createMonumentSchema } from "@/lib/validations/monument";
import { createRestorationEffortSchema } from "@/lib/validations/restoration-effort";
import { createSourceSchema } from "@/lib/validations/source";

// The schema of ChangeRequest.proposedData for each entity type a contributor can propose. The
// review side parses proposedData again with the same schema before applying it.
export const proposalSchemas = {
  MONUMENT: createMonumentSchema,
  DAMAGE_REPORT: createDamageReportSchema,
  RESTORATION_EFFORT: createRestorationEffortSchema,
  SOURCE: createSourceSchema,
} as const satisfies Partial<Record<EntityType, unknown>>;

export type ProposableEntity = keyof typeof proposalSchemas;

export function isProposableEntity(value: string): value is ProposableEntity {
  return Object.hasOwn(proposalSchemas, value);
}

// What the proposal forms send to their actions. `target` (which record, which version, the
// note) and `input` (the record) are parsed by lib/data with changeTargetSchema and the entity's
// schema, inside the transaction that checks them against the database, so that field errors
// keep the form's own paths ("fields.nameEn", "note").
const PROPOSABLE = Object.keys(proposalSchemas) as [ProposableEntity, ...ProposableEntity[]];

export const proposeChangeSchema = z.strictObject({
  entityType: z.enum(PROPOSABLE, { error: "invalid" }),
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
