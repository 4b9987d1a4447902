import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import { delegateFor, fieldsToWriteData } from "@/lib/data/snapshots";
import { ENTITY_SPECS, SOURCE_SPEC, type EntitySpec, type VocabularyDelegate } from "@/lib/data/apply/entities";
import { validateWithSharedSchema } from "@/lib/data/apply/schemas";

// Checks a change request's proposedData again at approval time. A proposal that no longer holds
// (a field the schema refuses, a record, source, photo or vocabulary value gone since) is held:
// the reviewer sees every problem, and nothing is applied.

export type ProposedCitation = {
  sourceId: string;
  locator?: string | null;
  claim?: string | null;
  claimEn?: string | null;
  claimAr?: string | null;
};

export type ProposedData = {
  fields: Record<string, unknown>;
  citations?: ProposedCitation[];
  newSources?: Array<Record<string, unknown> & { tempId: string }>;
  mediaIds?: string[];
};

export type ProblemCode =
  "UNSUPPORTED" | "INVALID" | "RECORD_GONE" | "REFERENCE_GONE" | "VALUE_RETIRED" | "SOURCE_GONE" | "MEDIA_GONE";

export type Problem = { code: ProblemCode; field?: string; value?: string; message: string };

type Tx = Prisma.TransactionClient;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The shape of proposedData and its fields, before anything is looked up. */
export function parseProposedData(
  spec: EntitySpec,
  kind: ChangeKind,
  raw: unknown,
): { data: ProposedData | null; problems: Problem[] } {
  if (kind === "DELETE") return { data: { fields: {} }, problems: [] };
  const problems: Problem[] = [];
  if (!isObject(raw) || !isObject(raw.fields)) {
    return { data: null, problems: [{ code: "INVALID", message: "The proposal has no fields." }] };
  }
  const allowed = new Set(spec.editableFields);
  for (const key of Object.keys(raw.fields)) {
    if (!allowed.has(key))
      problems.push({ code: "INVALID", field: key, message: `"${key}" cannot be set by a proposal.` });
  }
  const citations = raw.citations ?? [];
  if (!Array.isArray(citations) || !citations.every((c) => isObject(c) && typeof c.sourceId === "string")) {
    problems.push({ code: "INVALID", field: "citations", message: "The citations are malformed." });
  }
  const newSources = raw.newSources ?? [];
  if (!Array.isArray(newSources) || !newSources.every((s) => isObject(s) && typeof s.tempId === "string")) {
    problems.push({ code: "INVALID", field: "newSources", message: "The new sources are malformed." });
  } else {
    const sourceFields = new Set(SOURCE_SPEC.editableFields);
    for (const source of newSources as Record<string, unknown>[]) {
      for (const key of Object.keys(source)) {
        if (key !== "tempId" && !sourceFields.has(key)) {
          problems.push({
            code: "INVALID",
            field: `newSources.${key}`,
            message: `"${key}" cannot be set on a source.`,
          });
        }
      }
    }
  }
  const mediaIds = raw.mediaIds ?? [];
  if (!Array.isArray(mediaIds) || !mediaIds.every((id) => typeof id === "string")) {
    problems.push({ code: "INVALID", field: "mediaIds", message: "The photos are malformed." });
  }
  if (problems.length > 0) return { data: null, problems };
  const validated = validateWithSharedSchema(spec.entityType, kind, raw);
  if (validated.problems.length > 0) return { data: null, problems: validated.problems };
  return { data: validated.data as ProposedData, problems };
}

async function checkReferences(
  tx: Tx,
  spec: EntitySpec,
  fields: Record<string, unknown>,
  current: Record<string, unknown> | null,
  selfId: string | null,
  prefix = "",
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const reference of spec.references) {
    const value = fields[reference.field];
    if (value === null || value === undefined) continue;
    const field = `${prefix}${reference.field}`;
    if (typeof value !== "string") {
      problems.push({ code: "INVALID", field, message: `"${field}" must be a text value.` });
      continue;
    }
    if (reference.kind === "record") {
      if (reference.target === spec.entityType && value === selfId) {
        problems.push({ code: "INVALID", field, value, message: "A record cannot be part of itself." });
        continue;
      }
      const row = await delegateFor(tx, reference.target).findUnique({ where: { id: value } });
      if (!row || row.deletedAt) {
        problems.push({
          code: "REFERENCE_GONE",
          field,
          value,
          message: `The ${reference.target.toLowerCase().replace("_", " ")} "${value}" no longer exists.`,
        });
      }
    } else {
      const vocabulary = (
        tx as unknown as Record<
          VocabularyDelegate,
          { findUnique: (a: unknown) => Promise<{ retiredAt: Date | null } | null> }
        >
      )[reference.target];
      const term = await vocabulary.findUnique({ where: { code: value }, select: { retiredAt: true } });
      // A retired term stays valid on records that already carry it; it cannot be newly chosen.
      const unchanged = current !== null && current[reference.field] === value;
      if (!term) {
        problems.push({
          code: "REFERENCE_GONE",
          field,
          value,
          message: `The value "${value}" of "${field}" no longer exists.`,
        });
      } else if (term.retiredAt && !unchanged) {
        problems.push({
          code: "VALUE_RETIRED",
          field,
          value,
          message: `The value "${value}" of "${field}" has been retired.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every problem that keeps this proposal from being applied to the database as it is now (in
 * the caller's transaction); an empty list means it can be applied.
 */
export async function checkProposal(
  tx: Tx,
  request: { kind: ChangeKind; entityType: EntityType; entityId: string | null; proposedData: unknown },
  fieldsOverride?: Record<string, unknown>,
): Promise<{ data: ProposedData | null; problems: Problem[] }> {
  const spec = ENTITY_SPECS[request.entityType];
  if (!spec) {
    return {
      data: null,
      problems: [{ code: "UNSUPPORTED", message: `Changes to ${request.entityType} records cannot be approved here.` }],
    };
  }
  const raw =
    fieldsOverride && isObject(request.proposedData)
      ? { ...request.proposedData, fields: fieldsOverride }
      : request.proposedData;
  const parsed = parseProposedData(spec, request.kind, raw);
  if (!parsed.data) return parsed;
  const data = parsed.data;
  const problems: Problem[] = [];

  let current: Record<string, unknown> | null = null;
  if (request.kind !== "CREATE") {
    current = request.entityId
      ? await delegateFor(tx, request.entityType).findUnique({ where: { id: request.entityId } })
      : null;
    if (!current || current.deletedAt) {
      problems.push({ code: "RECORD_GONE", message: "The record this proposal changes has been deleted." });
      return { data: null, problems };
    }
  }
  if (request.kind === "DELETE") return { data, problems };

  problems.push(...(await checkReferences(tx, spec, data.fields, current, request.entityId)));

  const tempIds = new Set<string>();
  for (const [index, source] of (data.newSources ?? []).entries()) {
    tempIds.add(source.tempId);
    problems.push(...(await checkReferences(tx, SOURCE_SPEC, source, null, null, `newSources.${index}.`)));
  }
  for (const citation of data.citations ?? []) {
    if (tempIds.has(citation.sourceId)) continue;
    const source = await tx.source.findUnique({ where: { id: citation.sourceId }, select: { deletedAt: true } });
    if (!source || source.deletedAt) {
      problems.push({
        code: "SOURCE_GONE",
        field: "citations",
        value: citation.sourceId,
        message: `The source "${citation.sourceId}" no longer exists.`,
      });
    }
  }
  for (const mediaId of data.mediaIds ?? []) {
    const media = await tx.media.findUnique({ where: { id: mediaId }, select: { deletedAt: true } });
    if (!media || media.deletedAt) {
      problems.push({
        code: "MEDIA_GONE",
        field: "mediaIds",
        value: mediaId,
        message: `The photo "${mediaId}" no longer exists.`,
      });
    }
  }
  return { data: problems.length ? null : data, problems };
}

/** A proposal's fields as Prisma write data (ISO date strings back to Dates). */
export function proposalWriteData(entityType: EntityType, fields: Record<string, unknown>): Record<string, unknown> {
  return fieldsToWriteData(entityType, fields);
}
