import "server-only";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import type { Problem } from "@/lib/data/apply/proposal";
import { fieldErrorsFromZod } from "@/lib/validations/errors";
import { isProposableEntity, proposalSchemas } from "@/lib/validations/proposals";

/**
 * Validates proposedData again with the entity's shared zod schema (the one the form and the
 * proposing action used): a schema tightened since, or a row edited by hand, is caught here.
 * Returns the schema's output (defaults and normalisation applied) or the problems.
 */
export function validateWithSharedSchema(
  entityType: EntityType,
  kind: ChangeKind,
  raw: unknown,
): { data: unknown; problems: Problem[] } {
  if (kind === "DELETE") return { data: raw, problems: [] };
  if (!isProposableEntity(entityType)) {
    return {
      data: null,
      problems: [{ code: "UNSUPPORTED", message: `Changes to ${entityType} records cannot be approved here.` }],
    };
  }
  const parsed = proposalSchemas[entityType].safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = Object.entries(fieldErrorsFromZod(parsed.error)).map(([field, codes]) => ({
    code: "INVALID" as const,
    field,
    value: codes.join(", "),
    message: `"${field}" is not valid (${codes.join(", ")}).`,
  }));
  return { data: null, problems };
}
