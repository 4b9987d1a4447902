import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { clientOf, inTransaction, type WithTx } from "@/lib/data/client";
import { checkProposal, type ProposedData } from "@/lib/data/change-requests/check-proposal";
import { compareThreeWay, type FieldComparison } from "@/lib/data/change-requests/merge";
import { delegateFor, ENTITY_REGISTRY, recordTitle } from "@/lib/data/change-requests/registry";
import { baseSnapshot, proposedSide } from "@/lib/data/change-requests/sides";
import { snapshotRecord, type RecordSnapshot } from "@/lib/data/snapshots";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, EntityType } from "@/lib/generated/prisma/enums";

// The review queue and the review page: what is waiting, and one proposal with its base, current
// and proposed versions side by side and any problem that holds it (checkProposal, as approval
// will check it). Reviewers only.

type Client = ReturnType<typeof clientOf>;

export type QueueFilters = {
  kind?: ChangeKind;
  entityType?: EntityType;
  monumentId?: string;
  authorId?: string;
  // only proposals waiting at least this many days
  minAgeDays?: number;
};

export async function listPendingChangeRequests({
  tx,
  ...input
}: { actor: Actor | null; filters?: QueueFilters } & WithTx) {
  const client = clientOf(tx);
  assertCan(input.actor?.role, "changeRequest:review");
  const f = input.filters ?? {};
  const where: Prisma.ChangeRequestWhereInput = {
    status: "PENDING",
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.monumentId ? { monumentId: f.monumentId } : {}),
    ...(f.authorId ? { authorId: f.authorId } : {}),
    ...(f.minAgeDays ? { createdAt: { lte: new Date(Date.now() - f.minAgeDays * 86_400_000) } } : {}),
  };
  const rows = await client.changeRequest.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      entityType: true,
      entityId: true,
      baseVersion: true,
      note: true,
      createdAt: true,
      proposedData: true,
      author: { select: { id: true, name: true } },
      monument: { select: { id: true, slug: true, nameEn: true, nameAr: true } },
    },
  });
  return rows.map(({ proposedData, ...row }) => ({
    ...row,
    title: recordTitle(row.entityType, (proposedData as { fields?: Record<string, unknown> } | null)?.fields),
  }));
}

export type QueueItem = Awaited<ReturnType<typeof listPendingChangeRequests>>[number];

/** The choices for the queue's filters: monuments and authors that have pending proposals. */
export async function getQueueFilterOptions({ tx, ...input }: { actor: Actor | null } & WithTx) {
  const client = clientOf(tx);
  assertCan(input.actor?.role, "changeRequest:review");
  const [monuments, authors] = await Promise.all([
    client.monument.findMany({
      where: { changeRequests: { some: { status: "PENDING" } } },
      select: { id: true, nameEn: true, nameAr: true },
      orderBy: { nameEn: "asc" },
    }),
    client.user.findMany({
      where: { changeRequests: { some: { status: "PENDING" } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { monuments, authors };
}

export type ReviewView = NonNullable<Awaited<ReturnType<typeof getChangeRequestForReview>>>;

/** Everything the review page shows: base, current and proposed side by side, and any problem. */
export async function getChangeRequestForReview({
  tx,
  ...input
}: { actor: Actor | null; changeRequestId: string } & WithTx) {
  const client = clientOf(tx);
  assertCan(input.actor?.role, "changeRequest:review");
  const request = await client.changeRequest.findUnique({
    where: { id: input.changeRequestId },
    select: {
      id: true,
      kind: true,
      entityType: true,
      entityId: true,
      baseVersion: true,
      proposedData: true,
      note: true,
      status: true,
      reviewReason: true,
      reviewedAt: true,
      resolution: true,
      createdAt: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      reviewer: { select: { name: true } },
      monument: { select: { id: true, slug: true, nameEn: true, nameAr: true } },
    },
  });
  if (!request) return null;
  const entry = ENTITY_REGISTRY[request.entityType];
  const proposedData = (request.proposedData ?? {}) as Partial<ProposedData>;
  const proposed = proposedSide(proposedData);

  let current: RecordSnapshot | null = null;
  let currentVersion: number | null = null;
  if (request.entityId) {
    current = await snapshotRecord(client as Prisma.TransactionClient, request.entityType, request.entityId);
    const row = await delegateFor(client, request.entityType).findUnique({
      where: { id: request.entityId },
      select: { version: true },
    });
    currentVersion = (row?.version as number | undefined) ?? null;
  }
  const base = request.entityId
    ? await baseSnapshot(client, request.entityType, request.entityId, request.baseVersion)
    : null;
  const deleted = current !== null && current.fields.deletedAt !== null;
  const conflict =
    request.kind !== "CREATE" && request.status === "PENDING" && (currentVersion !== request.baseVersion || deleted);

  const fieldNames = entry.editableFields;
  const comparison: FieldComparison[] =
    request.kind === "DELETE"
      ? []
      : compareThreeWay(
          fieldNames,
          request.kind === "CREATE" ? null : base,
          current ?? { fields: {}, citations: [] },
          proposed,
        );

  const problems =
    request.status === "PENDING"
      ? (
          await inTransaction(tx, (inner) => checkProposal({ tx: inner, ...request, changeRequestId: request.id }), {
            maxWait: 60_000,
            timeout: 60_000,
          })
        ).problems
      : [];

  // Names for what the proposal points at: sources, photos, vocabulary terms, related records.
  const sourceIds = new Set<string>();
  for (const side of [base, current, proposed])
    for (const c of (side?.citations ?? []) as Array<{ sourceId: string }>) sourceIds.add(c.sourceId);
  const sources = await client.source.findMany({
    where: { id: { in: [...sourceIds] } },
    select: { id: true, title: true, titleAr: true, outlet: true, deletedAt: true },
  });
  const newSources = (proposedData.newSources ?? []).map((s) => ({
    tempId: s.tempId,
    title: typeof s.title === "string" ? s.title : s.tempId,
    outlet: typeof s.outlet === "string" ? s.outlet : null,
  }));
  const mediaIds = proposedData.mediaIds ?? [];
  const media = mediaIds.length
    ? await client.media.findMany({
        where: { id: { in: mediaIds } },
        select: {
          id: true,
          storageKey: true,
          captionEn: true,
          captionAr: true,
          credit: true,
          width: true,
          height: true,
          variants: true,
        },
      })
    : [];
  const labels = await referenceLabels(client, request.entityType, [base?.fields, current?.fields, proposed.fields]);

  return {
    request: { ...request, title: recordTitle(request.entityType, proposed.fields) },
    selfAuthored: request.authorId === input.actor!.id,
    base,
    current,
    currentVersion,
    deleted,
    proposed,
    comparison,
    conflict,
    problems,
    sources,
    newSources,
    media,
    labels,
  };
}

/** Display labels (English, Arabic) for the codes and ids in reference fields, keyed "field:value". */
async function referenceLabels(
  client: Client,
  entityType: EntityType,
  sides: Array<Record<string, unknown> | undefined>,
): Promise<Record<string, { en: string; ar: string }>> {
  const out: Record<string, { en: string; ar: string }> = {};
  for (const reference of ENTITY_REGISTRY[entityType].references) {
    const values = [
      ...new Set(sides.map((s) => s?.[reference.field]).filter((v): v is string => typeof v === "string")),
    ];
    if (values.length === 0) continue;
    if (reference.kind === "vocabulary") {
      const delegate = (
        client as unknown as Record<
          string,
          { findMany: (a: unknown) => Promise<Array<{ code: string; labelEn: string; labelAr: string }>> }
        >
      )[reference.target]!;
      for (const term of await delegate.findMany({
        where: { code: { in: values } },
        select: { code: true, labelEn: true, labelAr: true },
      })) {
        out[`${reference.field}:${term.code}`] = { en: term.labelEn, ar: term.labelAr };
      }
    } else if (reference.target === "MONUMENT" || reference.target === "SITE" || reference.target === "ORGANISATION") {
      const delegate = (
        client as unknown as Record<
          string,
          { findMany: (a: unknown) => Promise<Array<{ id: string; nameEn: string; nameAr: string }>> }
        >
      )[reference.target === "MONUMENT" ? "monument" : reference.target === "SITE" ? "site" : "organisation"]!;
      for (const row of await delegate.findMany({
        where: { id: { in: values } },
        select: { id: true, nameEn: true, nameAr: true },
      })) {
        out[`${reference.field}:${row.id}`] = { en: row.nameEn, ar: row.nameAr };
      }
    }
  }
  return out;
}
