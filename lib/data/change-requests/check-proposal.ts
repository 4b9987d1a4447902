import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import type { ErrorCode } from "@/lib/validations/common";
import { TEMP_ID } from "@/lib/validations/common";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/validations/errors";
import {
  delegateFor,
  ENTITY_REGISTRY,
  entryOf,
  isProposableEntity,
  proposableEntry,
  type Reference,
  type VocabularyName,
} from "@/lib/data/change-requests/registry";

// The one check of a proposal against the shared schema and the database, used when it is
// proposed (or revised) and again when it is approved: a record, source, photo or vocabulary
// value may have gone since. The proposing side shows the problems next to the form's fields;
// the approving side holds the proposal and lists them for the reviewer. Same rules, one place.

type Tx = Prisma.TransactionClient;

export type ProblemCode =
  "UNSUPPORTED" | "INVALID" | "RECORD_GONE" | "REFERENCE_GONE" | "VALUE_RETIRED" | "SOURCE_GONE" | "MEDIA_GONE";

export type Problem = {
  code: ProblemCode;
  // the form's path of the value ("fields.kindCode", "citations.0.sourceId", "mediaIds.1")
  path: string;
  // the same for a reader: without the "fields." of the record's own columns
  field: string;
  value?: string;
  // what the form says next to the field (lib/validations/common ERROR_CODES)
  formCode: ErrorCode;
};

export type ProposedCitation = {
  sourceId: string;
  locator?: string | null;
  claim?: string | null;
  claimEn?: string | null;
  claimAr?: string | null;
};

export type ProposedParticipant = {
  personId: string | null;
  organisationId: string | null;
  roleEn: string | null;
  roleAr: string | null;
};

/** proposedData after the shared schema (see docs/change-requests.md). */
export type ProposedData = {
  fields: Record<string, unknown>;
  citations?: ProposedCitation[];
  newSources?: Array<Record<string, unknown> & { tempId: string }>;
  mediaIds?: string[];
  participants?: ProposedParticipant[];
};

export type CheckedProposal = { data: ProposedData | null; problems: Problem[] };

function problem(code: ProblemCode, path: string, formCode: ErrorCode, value?: string): Problem {
  return { code, path, field: path.replace(/^fields\./, ""), formCode, ...(value !== undefined ? { value } : {}) };
}

/** The problems as the form's field errors, and the one for the whole form (a record gone). */
export function problemsAsFieldErrors(problems: Problem[]): { fieldErrors: FieldErrors; formError: ErrorCode | null } {
  const fieldErrors: FieldErrors = {};
  let formError: ErrorCode | null = null;
  for (const { path, formCode } of problems) {
    if (path === "") {
      formError ??= formCode;
      continue;
    }
    const list = (fieldErrors[path] ??= []);
    if (!list.includes(formCode)) list.push(formCode);
  }
  return { fieldErrors, formError };
}

/**
 * Every problem that keeps this proposal from being applied as the database is now, in the
 * caller's transaction; no problem means it can be applied (`data` is the schema's output).
 * `authorId` is the proposal's author (whose photos it may attach); `changeRequestId` is the
 * proposal itself once stored (its own photos are not "claimed by another proposal").
 */
export async function checkProposal({
  tx,
  kind,
  entityType,
  entityId,
  proposedData,
  authorId,
  changeRequestId,
}: {
  tx: Tx;
  kind: ChangeKind;
  entityType: EntityType;
  entityId: string | null;
  proposedData: unknown;
  authorId: string;
  changeRequestId?: string;
}): Promise<CheckedProposal> {
  if (!isProposableEntity(entityType)) {
    return { data: null, problems: [problem("UNSUPPORTED", "", "invalid")] };
  }
  const entry = proposableEntry(entityType);

  let data: ProposedData = { fields: {} };
  if (kind !== "DELETE") {
    const parsed = entry.proposal.schema.safeParse(proposedData);
    if (!parsed.success) {
      const problems = Object.entries(fieldErrorsFromZod(parsed.error)).flatMap(([path, codes]) =>
        codes.map((code) => problem("INVALID", path, code, code)),
      );
      return { data: null, problems };
    }
    data = parsed.data as ProposedData;
  }

  let current: Record<string, unknown> | null = null;
  if (kind !== "CREATE") {
    current = entityId ? await delegateFor(tx, entityType).findUnique({ where: { id: entityId } }) : null;
    if (!current || current.deletedAt) return { data: null, problems: [problem("RECORD_GONE", "", "notFound")] };
  }
  if (kind === "DELETE") return { data, problems: [] };

  const problems: Problem[] = [];
  const check = (reference: Reference, value: unknown, path: string, currentValue?: unknown) =>
    checkReference({ tx, reference, value, path, self: { entityType, entityId }, currentValue }).then((found) =>
      problems.push(...found),
    );

  for (const reference of entry.references) {
    await check(reference, data.fields[reference.field], `fields.${reference.field}`, current?.[reference.field]);
  }
  for (const { list, reference } of entry.proposal.listReferences) {
    const items = ((data as Record<string, unknown>)[list] ?? []) as Record<string, unknown>[];
    for (const [index, item] of items.entries()) {
      await check(reference, item[reference.field], `${list}.${index}.${reference.field}`);
    }
  }
  const tempIds = new Set<string>();
  for (const [index, source] of (data.newSources ?? []).entries()) {
    tempIds.add(source.tempId);
    for (const reference of ENTITY_REGISTRY.SOURCE.references) {
      await check(reference, source[reference.field], `newSources.${index}.${reference.field}`);
    }
  }
  problems.push(...(await checkCitations(tx, data.citations ?? [], tempIds)));
  problems.push(...(await checkPhotos(tx, data.mediaIds ?? [], authorId, changeRequestId)));
  return { data: problems.length ? null : data, problems };
}

async function checkReference({
  tx,
  reference,
  value,
  path,
  self,
  currentValue,
}: {
  tx: Tx;
  reference: Reference;
  value: unknown;
  path: string;
  self: { entityType: EntityType; entityId: string | null };
  currentValue?: unknown;
}): Promise<Problem[]> {
  if (typeof value !== "string" || value === "") return [];
  if (reference.kind === "vocabulary") {
    const term = await vocabularyTerm(tx, reference.target, value);
    if (!term) return [problem("REFERENCE_GONE", path, "unknownCode", value)];
    // A retired term stays valid on a record that already carries it; it cannot be newly chosen.
    if (term.retiredAt && currentValue !== value) return [problem("VALUE_RETIRED", path, "unknownCode", value)];
    return [];
  }
  if (reference.target === self.entityType && self.entityId !== null) {
    // a record cannot be part of itself, nor of one of its own parts (a CHECK only catches the first)
    if (await reachesSelf(tx, reference, value, self.entityId))
      return [problem("INVALID", path, "partOfItself", value)];
  }
  const row = await delegateFor(tx, reference.target).findUnique({ where: { id: value } });
  if (!row || row.deletedAt) return [problem("REFERENCE_GONE", path, "unknownRecord", value)];
  return [];
}

/** Walks up `reference.field` from `start`: does it reach `selfId` (a cycle)? */
async function reachesSelf(
  tx: Tx,
  reference: Extract<Reference, { kind: "record" }>,
  start: string,
  selfId: string,
): Promise<boolean> {
  const delegate = delegateFor(tx, reference.target);
  let current: string | null = start;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === selfId) return true;
    const row: Record<string, unknown> | null = await delegate.findUnique({
      where: { id: current },
      select: { [reference.field]: true },
    });
    const next: unknown = row?.[reference.field];
    current = typeof next === "string" ? next : null;
  }
  return false;
}

async function vocabularyTerm(tx: Tx, vocabulary: VocabularyName, code: string) {
  const delegate = (
    tx as unknown as Record<VocabularyName, { findUnique: (a: unknown) => Promise<{ retiredAt: Date | null } | null> }>
  )[vocabulary];
  return delegate.findUnique({ where: { code }, select: { retiredAt: true } });
}

async function checkCitations(tx: Tx, citations: ProposedCitation[], tempIds: Set<string>): Promise<Problem[]> {
  const existing = citations.map((c) => c.sourceId).filter((id) => !tempIds.has(id) && !TEMP_ID.test(id));
  const live = new Set(
    (await tx.source.findMany({ where: { id: { in: existing }, deletedAt: null }, select: { id: true } })).map(
      (s) => s.id,
    ),
  );
  return citations.flatMap((citation, index) =>
    tempIds.has(citation.sourceId) || live.has(citation.sourceId)
      ? []
      : [problem("SOURCE_GONE", `citations.${index}.sourceId`, "unknownRecord", citation.sourceId)],
  );
}

/**
 * A proposal attaches only its author's own photos that are live, not attached to a record yet,
 * and not claimed by another open proposal (one photo documents one record).
 */
async function checkPhotos(tx: Tx, ids: string[], authorId: string, changeRequestId?: string): Promise<Problem[]> {
  if (ids.length === 0) return [];
  const usable = new Set(
    (
      await tx.media.findMany({
        where: {
          id: { in: ids },
          uploadedById: authorId,
          deletedAt: null,
          monumentId: null,
          damageReportId: null,
          restorationEffortId: null,
        },
        select: { id: true },
      })
    ).map((m) => m.id),
  );
  const claimed = await photosClaimedByOtherProposals(tx, ids, changeRequestId);
  return ids.flatMap((id, index) =>
    usable.has(id) && !claimed.has(id) ? [] : [problem("MEDIA_GONE", `mediaIds.${index}`, "notYourPhoto", id)],
  );
}

async function photosClaimedByOtherProposals(tx: Tx, ids: string[], exceptId?: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT m.id FROM "ChangeRequest" cr
    CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(cr."proposedData"->'mediaIds', '[]'::jsonb)) AS m(id)
    WHERE cr.status IN ('PENDING', 'CHANGES_REQUESTED', 'OUT_OF_DATE')
      AND cr.id <> ${exceptId ?? ""}
      AND m.id = ANY(${ids}::text[])`;
  return new Set(rows.map((r) => r.id));
}

/** Whether a kind's registry entry knows this field (for the reviewer's comparison). */
export function editableFieldsOf(entityType: EntityType): readonly string[] {
  return entryOf(entityType).editableFields;
}
