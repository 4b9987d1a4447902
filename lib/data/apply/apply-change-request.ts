import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";
import { delegateFor, ensureCurrentRevision, writeRevision, writeSnapshotRelations } from "@/lib/data/snapshots";
import { ENTITY_SPECS } from "@/lib/data/apply/entities";
import { proposalWriteData, type ProposedData } from "@/lib/data/apply/proposal";

// Applies one checked proposal inside the approval's transaction: the record, its citations,
// new sources, photos, the version bump and the revision. Throws VersionConflict when the record
// is no longer at the expected version; the caller rolls back, so nothing is half-applied.

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

function addTouched(touched: Touched, entityType: EntityType, id: string, row: Record<string, unknown> | null) {
  if (entityType === "MONUMENT") touched.monumentIds.push(id);
  if (entityType === "SITE") touched.siteIds.push(id);
  if (entityType === "SOURCE") touched.sourceIds.push(id);
  for (const key of ["monumentId", "parentId"] as const) {
    if (row && typeof row[key] === "string") touched.monumentIds.push(row[key] as string);
  }
  if (row && typeof row.siteId === "string") touched.siteIds.push(row.siteId);
}

export function emptyTouched(): Touched {
  return { monumentIds: [], siteIds: [], sourceIds: [] };
}

export function collectTouched(
  entityType: EntityType,
  id: string,
  ...rows: Array<Record<string, unknown> | null>
): Touched {
  const touched = emptyTouched();
  for (const row of rows) addTouched(touched, entityType, id, row);
  if (rows.length === 0) addTouched(touched, entityType, id, null);
  return {
    monumentIds: [...new Set(touched.monumentIds)],
    siteIds: [...new Set(touched.siteIds)],
    sourceIds: [...new Set(touched.sourceIds)],
  };
}

/** A URL slug from the English name, unique among monuments ("temple-of-bel", "temple-of-bel-2"). */
export async function uniqueMonumentSlug(tx: Tx, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "monument";
  const taken = new Set(
    (await tx.monument.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((m) => m.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function applyChangeRequest(
  tx: Tx,
  input: {
    request: { id: string; kind: ChangeKind; entityType: EntityType; entityId: string | null; authorId: string };
    data: ProposedData;
    // the version the write is checked against: baseVersion, or the current version a reviewer merged against
    expectedVersion: number | null;
    actorId: string;
    summary: string;
  },
): Promise<Applied> {
  const { request, data } = input;
  const spec = ENTITY_SPECS[request.entityType];
  if (!spec) throw new Error(`No applier for ${request.entityType}`);
  const delegate = delegateFor(tx, request.entityType);
  const now = new Date();

  let entityId: string;
  let before: Record<string, unknown> | null = null;

  if (request.kind === "CREATE") {
    const extra: Record<string, unknown> = {};
    if (request.entityType === "DAMAGE_REPORT") extra.recordedById = request.authorId;
    if (request.entityType === "MONUMENT")
      extra.slug = await uniqueMonumentSlug(tx, String(data.fields.nameEn ?? "monument"));
    const created = await delegate.create({
      data: { ...proposalWriteData(request.entityType, data.fields), ...extra },
    });
    entityId = created.id as string;
  } else {
    if (!request.entityId || input.expectedVersion === null)
      throw new Error("UPDATE/DELETE without a record and version");
    entityId = request.entityId;
    before = await delegate.findUnique({ where: { id: entityId } });
    if (!before || before.deletedAt || before.version !== input.expectedVersion) {
      throw new VersionConflict((before?.version as number | undefined) ?? null);
    }
    // The state being replaced is in the history before anything is written.
    await ensureCurrentRevision(tx, request.entityType, entityId);
    const written = request.kind === "DELETE" ? { deletedAt: now } : proposalWriteData(request.entityType, data.fields);
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

  const touched = emptyTouched();
  if (request.kind !== "DELETE") {
    // New sources first, so citations can point at them by their temporary id.
    const sourceIds = new Map<string, string>();
    for (const { tempId, ...fields } of data.newSources ?? []) {
      const source = await tx.source.create({
        data: proposalWriteData("SOURCE", fields) as Prisma.SourceUncheckedCreateInput,
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
      touched.sourceIds.push(source.id);
    }
    if (spec.citations && data.citations) {
      await writeSnapshotRelations(tx, request.entityType, entityId, {
        citations: data.citations.map((c) => ({
          sourceId: sourceIds.get(c.sourceId) ?? c.sourceId,
          locator: c.locator ?? null,
          claimEn: c.claimEn ?? c.claim ?? null,
          claimAr: c.claimAr ?? null,
        })),
      });
    }
    if (spec.media && data.mediaIds && data.mediaIds.length > 0) {
      // A photo becomes public only now, attached to the approved record.
      const owner: Record<string, string> = { [spec.media]: entityId };
      if (spec.media !== "monumentId") {
        const row = await delegate.findUnique({ where: { id: entityId } });
        if (row && typeof row.monumentId === "string") owner.monumentId = row.monumentId;
      }
      await tx.media.updateMany({ where: { id: { in: data.mediaIds }, deletedAt: null }, data: owner });
    }
  }

  const revision = await writeRevision(tx, {
    entityType: request.entityType,
    entityId,
    actorId: input.actorId,
    changeRequestId: request.id,
    summary: input.summary,
  });
  const after = await delegate.findUnique({ where: { id: entityId } });
  const recordTouched = collectTouched(request.entityType, entityId, before, after);
  return {
    entityId,
    version: revision.version,
    touched: {
      monumentIds: recordTouched.monumentIds,
      siteIds: recordTouched.siteIds,
      sourceIds: [...new Set([...recordTouched.sourceIds, ...touched.sourceIds])],
    },
  };
}
