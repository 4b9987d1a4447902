import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { recordRefusal } from "@/lib/audit/refusal";
import { can, PermissionError, type Permission } from "@/lib/auth/permissions";
import { collectTouched, type Touched } from "@/lib/data/change-requests/apply";
import { delegateFor, recordTitle } from "@/lib/data/change-requests/registry";
import {
  diffSnapshots,
  ensureCurrentRevision,
  fieldsToWriteData,
  writeRevision,
  writeSnapshotRelations,
  type RecordSnapshot,
} from "@/lib/data/snapshots";
import type { Actor } from "@/lib/auth/actor";
import { clientOf, rootClient, type DbClient, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { ExpectedError } from "@/lib/validations/errors";

// A record's history for admins: its revisions, the difference between any two, revert to any of
// them (a new revision whose data equals the old one's), and soft delete with undo. Every write is
// one transaction with a version check, its revision and its audit entry.

type Client = DbClient;

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** An expected refusal with a message for the admin. */
export class HistoryError extends ExpectedError {
  constructor(
    public readonly code: "NOT_FOUND" | "STALE" | "ALREADY_DELETED" | "NOT_DELETED" | "SAME_VERSION",
    message: string,
  ) {
    super(code, message);
    this.name = "HistoryError";
  }
}

async function assertActor(
  client: Client,
  actor: Actor | null,
  permission: Permission,
  attempted: string,
  target?: { entityType: EntityType; entityId: string },
) {
  if (actor && can(actor.role, permission)) return;
  await recordRefusal({ tx: client, actorId: actor?.id ?? null, attempted, reason: "permission", permission, target });
  throw new PermissionError(permission);
}

function assertRead(actor: Actor | null) {
  if (!actor || !can(actor.role, "revision:revert")) throw new PermissionError("revision:revert");
}

/** A one-line label for a record: its title (registry), cut at 120 characters. */
export function recordLabel(entityType: EntityType, fields: Record<string, unknown> | undefined) {
  const cut = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
  const title = recordTitle(entityType, fields);
  return { en: cut(title.en ?? "—"), ar: title.ar ? cut(title.ar) : null };
}

/** Every revision of one record, oldest first, with who made it and why. */
export async function listRecordHistory({
  tx,
  ...input
}: { actor: Actor | null; entityType: EntityType; entityId: string } & WithTx) {
  const client = clientOf(tx);
  assertRead(input.actor);
  const row = await delegateFor(client as unknown as Prisma.TransactionClient, input.entityType).findUnique({
    where: { id: input.entityId },
  });
  if (!row) return null;
  const revisions = await client.revision.findMany({
    where: { entityType: input.entityType, entityId: input.entityId },
    orderBy: { version: "asc" },
    select: {
      id: true,
      version: true,
      summary: true,
      createdAt: true,
      data: true,
      changeRequestId: true,
      changeRequest: { select: { kind: true, note: true, author: { select: { name: true } } } },
      actor: { select: { name: true } },
    },
  });
  return {
    entityType: input.entityType,
    entityId: input.entityId,
    version: row.version as number,
    deletedAt: (row.deletedAt as Date | null) ?? null,
    slug: typeof row.slug === "string" ? row.slug : null,
    label: recordLabel(input.entityType, row as Record<string, unknown>),
    revisions: revisions.map(({ data, ...revision }) => ({
      ...revision,
      label: recordLabel(input.entityType, (data as unknown as RecordSnapshot).fields),
    })),
  };
}

/** The difference between two revisions of a record (either order). */
export async function getRevisionDiff({
  tx,
  ...input
}: { actor: Actor | null; entityType: EntityType; entityId: string; from: number; to: number } & WithTx) {
  const client = clientOf(tx);
  assertRead(input.actor);
  const revisions = await client.revision.findMany({
    where: { entityType: input.entityType, entityId: input.entityId, version: { in: [input.from, input.to] } },
    select: { version: true, data: true, createdAt: true },
  });
  const from = revisions.find((r) => r.version === input.from);
  const to = revisions.find((r) => r.version === input.to);
  if (!from || !to) return null;
  const diff = diffSnapshots(from.data as unknown as RecordSnapshot, to.data as unknown as RecordSnapshot);
  const sourceIds = [...new Set([...diff.citationsAdded, ...diff.citationsRemoved].map((c) => c.sourceId))];
  const sources = sourceIds.length
    ? await client.source.findMany({
        where: { id: { in: sourceIds } },
        select: { id: true, title: true, titleAr: true, outlet: true, deletedAt: true },
      })
    : [];
  return {
    from: { version: from.version, createdAt: from.createdAt },
    to: { version: to.version, createdAt: to.createdAt },
    diff,
    sources,
  };
}

type WriteResult = { version: number; touched: Touched };

/** The version-checked write every history action makes; 0 rows means someone else got there first. */
async function checkedWrite(
  tx: Prisma.TransactionClient,
  entityType: EntityType,
  entityId: string,
  expectedVersion: number,
  data: Record<string, unknown>,
  extraWhere: Record<string, unknown> = {},
) {
  const { count } = await delegateFor(tx, entityType).updateMany({
    where: { id: entityId, version: expectedVersion, ...extraWhere },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new HistoryError("STALE", "The record changed since you opened it. Reload and try again.");
}

/**
 * Reverts a record to revision `toVersion`: its fields (deletion state included) and citations
 * become exactly that revision's, as a new revision. `expectedVersion` is the version the admin saw.
 */
export async function revertRecord({
  tx,
  ...input
}: {
  actor: Actor | null;
  entityType: EntityType;
  entityId: string;
  toVersion: number;
  expectedVersion: number;
} & WithTx): Promise<WriteResult> {
  const client = rootClient(tx);
  const { entityType, entityId } = input;
  await assertActor(client, input.actor, "revision:revert", "record.revert", { entityType, entityId });
  const actor = input.actor!;
  return client.$transaction(async (tx) => {
    const target = await tx.revision.findUnique({
      where: { entityType_entityId_version: { entityType, entityId, version: input.toVersion } },
      select: { data: true },
    });
    const before = await delegateFor(tx, entityType).findUnique({ where: { id: entityId } });
    if (!target || !before) throw new HistoryError("NOT_FOUND", "There is no such revision.");
    if (input.toVersion === before.version)
      throw new HistoryError("SAME_VERSION", "This is already the current version.");
    const snapshot = target.data as unknown as RecordSnapshot;
    await ensureCurrentRevision(tx, entityType, entityId);
    await checkedWrite(tx, entityType, entityId, input.expectedVersion, fieldsToWriteData(entityType, snapshot.fields));
    await writeSnapshotRelations(tx, entityType, entityId, snapshot);
    const revision = await writeRevision(tx, {
      entityType,
      entityId,
      actorId: actor.id,
      summary: `Reverted to revision ${input.toVersion}`,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "record.revert",
      entityType,
      entityId,
      version: revision.version,
      details: { fromVersion: before.version, toVersion: input.toVersion },
    });
    const after = await delegateFor(tx, entityType).findUnique({ where: { id: entityId } });
    return { version: revision.version, touched: collectTouched(entityType, entityId, before, after) };
  }, TX_OPTIONS);
}

/** Soft-deletes a record (deletedAt, a new revision, audited); `restoreRecord` undoes it. */
export async function deleteRecord({
  tx,
  ...input
}: {
  actor: Actor | null;
  entityType: EntityType;
  entityId: string;
  expectedVersion: number;
  reason?: string;
} & WithTx): Promise<WriteResult> {
  const client = rootClient(tx);
  const { entityType, entityId } = input;
  await assertActor(client, input.actor, "record:delete", "record.delete", { entityType, entityId });
  const actor = input.actor!;
  return client.$transaction(async (tx) => {
    const before = await delegateFor(tx, entityType).findUnique({ where: { id: entityId } });
    if (!before) throw new HistoryError("NOT_FOUND", "There is no such record.");
    if (before.deletedAt) throw new HistoryError("ALREADY_DELETED", "This record is already deleted.");
    await ensureCurrentRevision(tx, entityType, entityId);
    await checkedWrite(tx, entityType, entityId, input.expectedVersion, { deletedAt: new Date() }, { deletedAt: null });
    const revision = await writeRevision(tx, { entityType, entityId, actorId: actor.id, summary: "Deleted" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "record.delete",
      entityType,
      entityId,
      version: revision.version,
      details: input.reason ? { reason: input.reason } : {},
    });
    return { version: revision.version, touched: collectTouched(entityType, entityId, before) };
  }, TX_OPTIONS);
}

export async function restoreRecord({
  tx,
  ...input
}: {
  actor: Actor | null;
  entityType: EntityType;
  entityId: string;
  expectedVersion: number;
} & WithTx): Promise<WriteResult> {
  const client = rootClient(tx);
  const { entityType, entityId } = input;
  await assertActor(client, input.actor, "record:delete", "record.restore", { entityType, entityId });
  const actor = input.actor!;
  return client.$transaction(async (tx) => {
    const before = await delegateFor(tx, entityType).findUnique({ where: { id: entityId } });
    if (!before) throw new HistoryError("NOT_FOUND", "There is no such record.");
    if (!before.deletedAt) throw new HistoryError("NOT_DELETED", "This record is not deleted.");
    await checkedWrite(
      tx,
      entityType,
      entityId,
      input.expectedVersion,
      { deletedAt: null },
      { deletedAt: { not: null } },
    );
    const revision = await writeRevision(tx, { entityType, entityId, actorId: actor.id, summary: "Deletion undone" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "record.restore",
      entityType,
      entityId,
      version: revision.version,
    });
    return { version: revision.version, touched: collectTouched(entityType, entityId, before) };
  }, TX_OPTIONS);
}

/** The latest changes to any record, newest first, for the admin history index. */
export async function listRecentRevisions({ tx, ...input }: { actor: Actor | null; take?: number } & WithTx) {
  const client = clientOf(tx);
  assertRead(input.actor);
  const rows = await client.revision.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.take ?? 100,
    select: {
      id: true,
      entityType: true,
      entityId: true,
      version: true,
      summary: true,
      createdAt: true,
      data: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ data, ...row }) => ({
    ...row,
    label: recordLabel(row.entityType, (data as unknown as RecordSnapshot).fields),
  }));
}

/** Records deleted softly, newest first: where an admin undoes a deletion. */
export async function listDeletedRecords({ tx, ...input }: { actor: Actor | null } & WithTx) {
  const client = clientOf(tx);
  assertRead(input.actor);
  const deletions = await client.revision.findMany({
    where: { summary: "Deleted" },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { entityType: true, entityId: true, version: true, createdAt: true, data: true },
  });
  const out: Array<{
    entityType: EntityType;
    entityId: string;
    version: number;
    deletedAt: Date;
    label: { en: string; ar: string | null };
  }> = [];
  const seen = new Set<string>();
  for (const deletion of deletions) {
    const key = `${deletion.entityType}:${deletion.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = await delegateFor(client as unknown as Prisma.TransactionClient, deletion.entityType).findUnique({
      where: { id: deletion.entityId },
    });
    if (!row?.deletedAt) continue;
    out.push({
      entityType: deletion.entityType,
      entityId: deletion.entityId,
      version: row.version as number,
      deletedAt: row.deletedAt as Date,
      label: recordLabel(deletion.entityType, (deletion.data as unknown as RecordSnapshot).fields),
    });
  }
  return out;
}

/** Approved changes for the public Atom feed: no e-mail addresses, no names, no coordinates. */
export async function listPublicChanges({ take = 50, tx }: { take?: number } & WithTx = {}) {
  const client = clientOf(tx);
  const rows = await client.revision.findMany({
    // everything after the seed: later versions, and records created by an approved proposal
    where: {
      OR: [{ version: { gt: 1 } }, { changeRequestId: { not: null } }],
      entityType: { in: ["MONUMENT", "DAMAGE_REPORT", "RESTORATION_EFFORT", "SOURCE", "SITE"] },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, entityType: true, entityId: true, version: true, summary: true, createdAt: true, data: true },
  });
  const monumentIds = new Set<string>();
  for (const row of rows) {
    const fields = (row.data as unknown as RecordSnapshot).fields;
    if (row.entityType === "MONUMENT") monumentIds.add(row.entityId);
    else if (typeof fields.monumentId === "string") monumentIds.add(fields.monumentId);
  }
  const monuments = await client.monument.findMany({
    where: { id: { in: [...monumentIds] }, deletedAt: null },
    select: { id: true, slug: true, nameEn: true, nameAr: true },
  });
  const byId = new Map(monuments.map((m) => [m.id, m]));
  return rows.map(({ data, ...row }) => {
    const fields = (data as unknown as RecordSnapshot).fields;
    const monumentId =
      row.entityType === "MONUMENT" ? row.entityId : typeof fields.monumentId === "string" ? fields.monumentId : null;
    return {
      ...row,
      deleted: fields.deletedAt !== null && fields.deletedAt !== undefined,
      label: recordLabel(row.entityType, fields),
      monument: monumentId ? (byId.get(monumentId) ?? null) : null,
    };
  });
}
