import "server-only";
import { isDeepStrictEqual } from "node:util";
import { delegateFor, entryOf } from "@/lib/data/change-requests/registry";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";

// What a Revision stores (docs/change-requests.md): a record's own columns except id, version,
// createdAt and updatedAt, dates as ISO strings, plus its citations (and, for a restoration
// effort, its participants). Written on every approval, revert and (soft) delete, and by the
// seed for revision 1; a revert writes these fields back.
// It only ever works on the transaction it is given. The seed (run by tsx, outside Next) writes
// revision 1 with it: the scripts run with `--conditions=react-server`, under which server-only
// resolves to its empty module, as it does in Next's server bundle.

export type SnapshotCitation = {
  sourceId: string;
  locator: string | null;
  claimEn: string | null;
  claimAr: string | null;
};

export type SnapshotParticipant = {
  personId: string | null;
  organisationId: string | null;
  roleEn: string | null;
  roleAr: string | null;
};

export type RecordSnapshot = {
  fields: Record<string, unknown>;
  citations: SnapshotCitation[];
  // restoration efforts only
  participants?: SnapshotParticipant[];
};

type Tx = Prisma.TransactionClient;

/** Columns a snapshot leaves out: identity and bookkeeping, not content. */
export const SNAPSHOT_EXCLUDED_FIELDS = ["id", "version", "createdAt", "updatedAt"] as const;

function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** The snapshot of a row already read (the seed reads whole tables at once). */
export function snapshotFromRow(
  row: Record<string, unknown>,
  citations: SnapshotCitation[],
  participants?: SnapshotParticipant[],
): RecordSnapshot {
  const excluded = new Set<string>(SNAPSHOT_EXCLUDED_FIELDS);
  const fields = Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => !excluded.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [key, toJsonValue(value)]),
  );
  const snapshot: RecordSnapshot = { fields, citations: sortCitations(citations) };
  if (participants) snapshot.participants = sortParticipants(participants);
  return snapshot;
}

const citationSelect = { sourceId: true, locator: true, claimEn: true, claimAr: true } as const;
const participantSelect = { personId: true, organisationId: true, roleEn: true, roleAr: true } as const;

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A stable order, so two snapshots of the same content are equal JSON.
export function sortCitations(citations: SnapshotCitation[]): SnapshotCitation[] {
  return citations
    .map((c) => ({
      sourceId: c.sourceId,
      locator: c.locator ?? null,
      claimEn: c.claimEn ?? null,
      claimAr: c.claimAr ?? null,
    }))
    .sort((a, b) => compareKeys(JSON.stringify(a), JSON.stringify(b)));
}

function sortParticipants(participants: SnapshotParticipant[]): SnapshotParticipant[] {
  return participants
    .map((p) => ({
      personId: p.personId ?? null,
      organisationId: p.organisationId ?? null,
      roleEn: p.roleEn ?? null,
      roleAr: p.roleAr ?? null,
    }))
    .sort((a, b) => compareKeys(JSON.stringify(a), JSON.stringify(b)));
}

/** The current state of one record (deleted or not), as a Revision stores it; null if there is no such row. */
export async function snapshotRecord(tx: Tx, entityType: EntityType, id: string): Promise<RecordSnapshot | null> {
  const entry = entryOf(entityType);
  const row = await delegateFor(tx, entityType).findUnique({ where: { id } });
  if (!row) return null;
  const citations = entry.citationKey
    ? await tx.citation.findMany({ where: { [entry.citationKey]: id }, select: citationSelect })
    : [];
  const participants = entry.participants
    ? await tx.restorationParticipant.findMany({ where: { effortId: id }, select: participantSelect })
    : undefined;
  return snapshotFromRow(row, citations, participants);
}

/** A snapshot's fields as Prisma write data: ISO strings back to Dates for DateTime columns. */
export function fieldsToWriteData(entityType: EntityType, fields: Record<string, unknown>): Record<string, unknown> {
  const dates = new Set<string>(entryOf(entityType).dateFields);
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      dates.has(key) && typeof value === "string" ? new Date(value) : value === null ? null : value,
    ]),
  );
}

/**
 * Replaces a record's citations (and participants) with the snapshot's: the set after a change is
 * complete, not a patch. Runs in the caller's transaction.
 */
export async function writeSnapshotRelations(
  tx: Tx,
  entityType: EntityType,
  id: string,
  snapshot: Pick<RecordSnapshot, "citations" | "participants">,
): Promise<void> {
  const entry = entryOf(entityType);
  const citationKey = entry.citationKey;
  if (citationKey) {
    await tx.citation.deleteMany({ where: { [citationKey]: id } });
    if (snapshot.citations.length > 0) {
      await tx.citation.createMany({
        data: snapshot.citations.map((c) => ({
          sourceId: c.sourceId,
          locator: c.locator,
          claimEn: c.claimEn,
          claimAr: c.claimAr,
          [citationKey]: id,
        })),
      });
    }
  }
  if (entry.participants && snapshot.participants) {
    await tx.restorationParticipant.deleteMany({ where: { effortId: id } });
    if (snapshot.participants.length > 0) {
      await tx.restorationParticipant.createMany({
        data: snapshot.participants.map((p) => ({ ...p, effortId: id })),
      });
    }
  }
}

/**
 * Writes the Revision of a record's current state at its current version (after the caller has
 * applied and bumped it), in the caller's transaction.
 */
export async function writeRevision(
  tx: Tx,
  input: {
    entityType: EntityType;
    entityId: string;
    actorId: string | null;
    changeRequestId?: string | null;
    summary?: string | null;
  },
): Promise<{ id: string; version: number; data: RecordSnapshot }> {
  const row = await delegateFor(tx, input.entityType).findUnique({ where: { id: input.entityId } });
  if (!row) throw new Error(`writeRevision: no ${input.entityType} ${input.entityId}`);
  const data = (await snapshotRecord(tx, input.entityType, input.entityId))!;
  const version = row.version as number;
  const revision = await tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      version,
      data: data as unknown as Prisma.InputJsonValue,
      summary: input.summary ?? null,
      changeRequestId: input.changeRequestId ?? null,
      actorId: input.actorId,
    },
    select: { id: true },
  });
  return { id: revision.id, version, data };
}

/**
 * Before a record changes: if its current version has no revision yet (a record that predates
 * revisions, or one made by hand), record it, so the history always holds the state being replaced.
 */
export async function ensureCurrentRevision(tx: Tx, entityType: EntityType, entityId: string): Promise<void> {
  const row = await delegateFor(tx, entityType).findUnique({ where: { id: entityId } });
  if (!row) return;
  const version = row.version as number;
  const existing = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType, entityId, version } },
    select: { id: true },
  });
  if (existing) return;
  const data = (await snapshotRecord(tx, entityType, entityId))!;
  // ON CONFLICT DO NOTHING: approvals racing on the same record may all get here at once.
  await tx.revision.createMany({
    data: [
      {
        entityType,
        entityId,
        version,
        data: data as unknown as Prisma.InputJsonValue,
        summary: "Recorded before a change",
      },
    ],
    skipDuplicates: true,
  });
}

export type FieldDiff = { field: string; from: unknown; to: unknown; changed: boolean };
export type SnapshotDiff = {
  fields: FieldDiff[];
  citationsAdded: RecordSnapshot["citations"];
  citationsRemoved: RecordSnapshot["citations"];
};

/** Field by field, and citations added or removed, from one snapshot to another. */
export function diffSnapshots(from: RecordSnapshot, to: RecordSnapshot): SnapshotDiff {
  const names = [...new Set([...Object.keys(from.fields), ...Object.keys(to.fields)])].sort();
  const key = (c: RecordSnapshot["citations"][number]) => JSON.stringify(c);
  const fromKeys = new Set(from.citations.map(key));
  const toKeys = new Set(to.citations.map(key));
  return {
    fields: names.map((field) => ({
      field,
      from: from.fields[field] ?? null,
      to: to.fields[field] ?? null,
      changed: !isDeepStrictEqual(from.fields[field] ?? null, to.fields[field] ?? null),
    })),
    citationsAdded: to.citations.filter((c) => !fromKeys.has(key(c))),
    citationsRemoved: from.citations.filter((c) => !toKeys.has(key(c))),
  };
}
