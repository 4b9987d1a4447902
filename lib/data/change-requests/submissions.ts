import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { clientOf, inTransaction, type DbClient, type WithTx } from "@/lib/data/client";
import { liveVersion, OPEN_STATUSES } from "@/lib/data/change-requests/propose";
import { delegateFor, isProposableEntity, recordTitle } from "@/lib/data/change-requests/registry";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRequestStatus, EntityType } from "@/lib/generated/prisma/enums";

// "My submissions": a contributor's own proposals with their state, the one being revised, the
// decisions not seen yet; and a live record as the values of its edit form.

/** A decision on the author's proposal they have not seen yet (the badge in the navigation). */
export const DECIDED_STATUSES: ChangeRequestStatus[] = ["APPROVED", "REJECTED", "CHANGES_REQUESTED", "OUT_OF_DATE"];

export function unseenDecisionsWhere(authorId: string): Prisma.ChangeRequestWhereInput {
  return { authorId, status: { in: DECIDED_STATUSES }, decisionSeenAt: null };
}

/** What "My submissions" shows for a proposal. */
export type SubmissionState = "pending" | "approved" | "rejected" | "changesRequested" | "withdrawn" | "outOfDate";

export function submissionState(row: {
  status: ChangeRequestStatus;
  kind: string;
  baseVersion: number | null;
  currentVersion: number | null;
}): SubmissionState {
  switch (row.status) {
    case "APPROVED":
      return "approved";
    case "REJECTED":
      return "rejected";
    case "CHANGES_REQUESTED":
      return "changesRequested";
    case "WITHDRAWN":
      return "withdrawn";
    case "OUT_OF_DATE":
      return "outOfDate";
    case "PENDING":
      // the record moved on since the proposal was made, before a reviewer marked it
      if (
        row.kind !== "CREATE" &&
        row.baseVersion !== null &&
        row.currentVersion !== null &&
        row.currentVersion > row.baseVersion
      ) {
        return "outOfDate";
      }
      return "pending";
  }
}

/** The actor's own proposals, newest first, each with its state as "My submissions" shows it. */
export async function listOwnChangeRequests({ actor, take = 100, tx }: { actor: Actor; take?: number } & WithTx) {
  assertCan(actor.role, "changeRequest:readOwn");
  const db = clientOf(tx);
  const rows = await db.changeRequest.findMany({
    where: { authorId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      entityType: true,
      entityId: true,
      baseVersion: true,
      status: true,
      proposedData: true,
      note: true,
      reviewReason: true,
      reviewedAt: true,
      decisionSeenAt: true,
      createdAt: true,
      updatedAt: true,
      monument: { select: { id: true, slug: true, nameEn: true, nameAr: true, version: true } },
    },
  });
  const versions = await currentVersions(db, rows);
  return rows.map((row) => {
    const currentVersion = row.entityId ? (versions.get(`${row.entityType}:${row.entityId}`) ?? null) : null;
    const state = submissionState({ ...row, currentVersion });
    return {
      id: row.id,
      kind: row.kind,
      entityType: row.entityType,
      entityId: row.entityId,
      state,
      title: recordTitle(row.entityType, (row.proposedData as { fields?: Record<string, unknown> } | null)?.fields),
      monument: row.monument
        ? { slug: row.monument.slug, nameEn: row.monument.nameEn, nameAr: row.monument.nameAr }
        : null,
      note: row.note,
      // the reviewer's reason (rejected) or comment (changes requested)
      reviewReason: row.reviewReason,
      reviewedAt: row.reviewedAt,
      decisionUnseen: row.reviewedAt !== null && row.decisionSeenAt === null,
      canWithdraw: OPEN_STATUSES.includes(row.status),
      canRevise: OPEN_STATUSES.includes(row.status),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export type OwnSubmission = Awaited<ReturnType<typeof listOwnChangeRequests>>[number];

/** The current version of every record the rows change, keyed "ENTITY_TYPE:id". */
async function currentVersions(
  db: DbClient,
  rows: { entityType: EntityType; entityId: string | null }[],
): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  const types = [...new Set(rows.filter((r) => r.entityId).map((r) => r.entityType))];
  await Promise.all(
    types.map(async (type) => {
      const ids = rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId as string);
      const found = await delegateFor(db, type).findMany({
        where: { id: { in: ids } },
        select: { id: true, version: true },
      });
      for (const row of found) map.set(`${type}:${row.id as string}`, row.version as number);
    }),
  );
  return map;
}

/** One of the actor's own proposals, for the revise form (another author's is "not found"). */
export async function getOwnChangeRequest({ actor, id, tx }: { actor: Actor; id: string } & WithTx) {
  assertCan(actor.role, "changeRequest:readOwn");
  return clientOf(tx).changeRequest.findFirst({
    where: { id, authorId: actor.id },
    select: {
      id: true,
      kind: true,
      entityType: true,
      entityId: true,
      baseVersion: true,
      status: true,
      proposedData: true,
      note: true,
      reviewReason: true,
      monumentId: true,
    },
  });
}

/** Marks the reviewers' decisions on the actor's proposals as seen ("My submissions" was shown). */
export async function markDecisionsSeen({
  actor,
  ids,
  tx,
}: { actor: Actor; ids?: string[] } & WithTx): Promise<number> {
  assertCan(actor.role, "changeRequest:readOwn");
  const { count } = await clientOf(tx).changeRequest.updateMany({
    where: { authorId: actor.id, reviewedAt: { not: null }, decisionSeenAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { decisionSeenAt: new Date() },
  });
  return count;
}

/** How many decisions on the actor's proposals they have not seen yet (a badge in the nav). */
export async function countUnseenDecisions({ actor, tx }: { actor: Actor } & WithTx): Promise<number> {
  assertCan(actor.role, "changeRequest:readOwn");
  return clientOf(tx).changeRequest.count({ where: unseenDecisionsWhere(actor.id) });
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function citationInputs(rows: { sourceId: string; locator: string | null; claimEn: string | null }[]) {
  return rows.map((c) => ({ sourceId: c.sourceId, locator: c.locator ?? "", claim: c.claimEn }));
}

/**
 * A live monument or source as the values of its proposal form (an edit starts from the current
 * record), with the version the author is looking at. Null when there is no such live record.
 */
export async function getRecordForProposal({
  actor,
  entityType,
  id,
  tx,
}: {
  actor: Actor;
  entityType: "MONUMENT" | "SOURCE";
  id: string;
} & WithTx) {
  assertCan(actor.role, "changeRequest:create");
  const db = clientOf(tx);
  if (entityType === "SOURCE") {
    const s = await db.source.findFirst({ where: { id, deletedAt: null } });
    if (!s) return null;
    return {
      version: s.version,
      label: s.title,
      input: {
        fields: {
          title: s.title,
          titleAr: s.titleAr,
          outlet: s.outlet,
          author: s.author,
          publishedOn: isoDay(s.publishedOn),
          publishedPrecision: s.publishedPrecision ?? "",
          url: s.url,
          language: s.language,
          kindCode: s.kindCode,
          reliabilityCode: s.reliabilityCode,
          notesEn: s.notesEn,
          notesAr: s.notesAr,
        },
      },
    };
  }
  const m = await db.monument.findFirst({
    where: { id, deletedAt: null },
    include: { citations: { orderBy: { createdAt: "asc" }, select: { sourceId: true, locator: true, claimEn: true } } },
  });
  if (!m) return null;
  return {
    version: m.version,
    label: m.nameEn,
    labelAr: m.nameAr,
    input: {
      fields: {
        siteId: m.siteId,
        parentId: m.parentId ?? "",
        kindCode: m.kindCode,
        nameEn: m.nameEn,
        nameAr: m.nameAr,
        altNames: m.altNames,
        periodEn: m.periodEn,
        periodAr: m.periodAr,
        builtFromYear: m.builtFromYear === null ? "" : String(m.builtFromYear),
        builtToYear: m.builtToYear === null ? "" : String(m.builtToYear),
        summaryEn: m.summaryEn,
        summaryAr: m.summaryAr,
        descriptionEn: m.descriptionEn,
        descriptionAr: m.descriptionAr,
        currentLocationEn: m.currentLocationEn,
        currentLocationAr: m.currentLocationAr,
        latitude: m.latitude === null ? "" : String(m.latitude),
        longitude: m.longitude === null ? "" : String(m.longitude),
        locationPrecision: m.locationPrecision,
        isSensitive: m.isSensitive,
      },
      citations: citationInputs(m.citations),
      newSources: [],
      mediaIds: [],
    },
  };
}

/** The current version of a live record, for revising an UPDATE against it. */
export async function getCurrentVersion({
  actor,
  entityType,
  id,
  tx: client,
}: {
  actor: Actor;
  entityType: EntityType;
  id: string;
} & WithTx) {
  assertCan(actor.role, "changeRequest:readOwn");
  if (!isProposableEntity(entityType)) return null;
  return inTransaction(client, (tx) => liveVersion(tx, entityType, id));
}
