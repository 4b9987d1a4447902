import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import type { Problem } from "@/lib/data/apply/proposal";

// The shared zod schemas (lib/validations/<entity>.ts) validate proposedData again at approval
// time. Until they exist for an entity, the structural checks in proposal.ts are all there is.
export function validateWithSharedSchema(_entityType: EntityType, _kind: ChangeKind, _raw: unknown): Problem[] {
  return [];
}
