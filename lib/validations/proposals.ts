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
