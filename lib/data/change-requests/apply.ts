import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import type { ProposedData } from "@/lib/data/change-requests/check-proposal";
import {
  delegateFor,
  ENTITY_REGISTRY,
  proposableEntry,
  type ProposableEntity,
} from "@/lib/data/change-requests/registry";
import { ensureCurrentRevision, fieldsToWriteData, writeRevision, writeSnapshotRelations } from "@/lib/data/snapshots";

// Applies one checked proposal inside the approval's transaction, as its registry entry says: the
// record (with the columns a CREATE sets itself), its citations, new sources, participants,
// photos, the version bump and the revision. Throws VersionConflict when the record is no longer
// at the expected version; the caller rolls back, so nothing is half-applied.

type Tx = Prisma.TransactionClient;

export class VersionConflict extends Error {
  constructor(public readonly currentVersion: number | null) {
    super("The record changed after this proposal was made.");
    this.name = "VersionConflict";
  }
}

/** What the public pages must refresh after the transaction commits. */
export type Touched = { monumentIds: string[]; siteIds: string[]; sourceIds: string[] };

export type Applied = { entityId: string; version: number; touched: Touched };

/** The public records a change to this record shows on: itself, its monument, parent and site. */
export function collectTouched(
  entityType: EntityType,
  id: string,
  ...rows: Array<Record<string, unknown> | null>
): Touched {
  const monumentIds: string[] = entityType === "MONUMENT" ? [id] : [];
  const siteIds: string[] = entityType === "SITE" ? [id] : [];
  const sourceIds: string[] = entityType === "SOURCE" ? [id] : [];
  for (const row of rows) {
    for (const key of ["monumentId", "parentId"] as const) {
      if (row && typeof row[key] === "string") monumentIds.push(row[key] as string);
    }
    if (row && typeof row.siteId === "string") siteIds.push(row.siteId);
  }
  return { monumentIds: [...new Set(monumentIds)], siteIds: [...new Set(siteIds)], sourceIds: [...new Set(sourceIds)] };
}

export async function applyProposal(
  tx: Tx,
  input: {
    request: { id: string; kind: ChangeKind; entityType: ProposableEntity; entityId: string | null; authorId: string };
    data: ProposedData;
    // the version the write is checked against: baseVersion, or the current version a reviewer merged against
    expectedVersion: number | null;
    actorId: string;
    summary: string;
  },
): Promise<Applied> {
  const { request, data } = input;
  const entry = proposableEntry(request.entityType);
  const delegate = delegateFor(tx, request.entityType);

  let entityId: string;
  let before: Record<string, unknown> | null = null;
  if (request.kind === "CREATE") {
    const defaults = await entry.proposal.createDefaults(tx, { fields: data.fields, authorId: request.authorId });
    const created = await delegate.create({
      data: { ...fieldsToWriteData(request.entityType, data.fields), ...defaults },
    });
    entityId = created.id as string;
  } else {
    if (!request.entityId || input.expectedVersion === null) {
      throw new Error("UPDATE/DELETE without a record and version");
    }
    entityId = request.entityId;
    before = await delegate.findUnique({ where: { id: entityId } });
    if (!before || before.deletedAt || before.version !== input.expectedVersion) {
      throw new VersionConflict((before?.version as number | undefined) ?? null);
    }
    // The state being replaced is in the history before anything is written.
    await ensureCurrentRevision(tx, request.entityType, entityId);
    const written =
      request.kind === "DELETE" ? { deletedAt: new Date() } : fieldsToWriteData(request.entityType, data.fields);
    // The version check and the write are one statement: of two approvals racing on this record,
    // the second finds 0 rows (PostgreSQL re-checks the WHERE after the first commits).
    const { count } = await delegate.updateMany({
      where: { id: entityId, version: input.expectedVersion, deletedAt: null },
      data: { ...written, version: { increment: 1 } },
    });
    if (count === 0) {
      const latest = await delegate.findUnique({ where: { id: entityId } });
      throw new VersionConflict((latest?.version as number | undefined) ?? null);
    }
  }

  const newSourceIds = request.kind === "DELETE" ? [] : await applyRelations(tx, { ...input, entityId });
  const revision = await writeRevision(tx, {
    entityType: request.entityType,
    entityId,
    actorId: input.actorId,
    changeRequestId: request.id,
    summary: input.summary,
  });
  const after = await delegate.findUnique({ where: { id: entityId } });
  const touched = collectTouched(request.entityType, entityId, before, after);
  return {
    entityId,
    version: revision.version,
    touched: { ...touched, sourceIds: [...new Set([...touched.sourceIds, ...newSourceIds])] },
  };
}

/** New sources, citations, participants and photos of an applied record; the new sources' ids. */
async function applyRelations(
  tx: Tx,
  input: Parameters<typeof applyProposal>[1] & { entityId: string },
): Promise<string[]> {
  const { request, data, entityId } = input;
  const entry = ENTITY_REGISTRY[request.entityType];
  // New sources first, so citations can point at them by their temporary id.
  const sourceIds = new Map<string, string>();
  for (const { tempId, ...fields } of data.newSources ?? []) {
    const source = await tx.source.create({
      data: fieldsToWriteData("SOURCE", fields) as Prisma.SourceUncheckedCreateInput,
      select: { id: true },
    });
    sourceIds.set(tempId, source.id);
    await writeRevision(tx, {
      entityType: "SOURCE",
      entityId: source.id,
      actorId: input.actorId,
      changeRequestId: request.id,
      summary: input.summary,
    });
  }
  await writeSnapshotRelations(tx, request.entityType, entityId, {
    citations: (data.citations ?? []).map((c) => ({
      sourceId: sourceIds.get(c.sourceId) ?? c.sourceId,
      locator: c.locator ?? null,
      claimEn: c.claimEn ?? c.claim ?? null,
      claimAr: c.claimAr ?? null,
    })),
    ...(entry.participants && data.participants ? { participants: data.participants } : {}),
  });
  if (entry.mediaKey && data.mediaIds && data.mediaIds.length > 0) {
    // A photo becomes public only now, attached to the approved record (and to its monument).
    const owner: Record<string, string> = { [entry.mediaKey]: entityId };
    if (entry.mediaKey !== "monumentId") {
      const row = await delegateFor(tx, request.entityType).findUnique({ where: { id: entityId } });
      if (row && typeof row.monumentId === "string") owner.monumentId = row.monumentId;
    }
    await tx.media.updateMany({ where: { id: { in: data.mediaIds }, deletedAt: null }, data: owner });
  }
  return [...sourceIds.values()];
}
