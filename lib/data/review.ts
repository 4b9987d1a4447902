import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { recordRefusal } from "@/lib/audit/refusal";
import { assertCan, can, PermissionError } from "@/lib/auth/permissions";
import { applyChangeRequest, VersionConflict, type Touched } from "@/lib/data/apply/apply-change-request";
import { ENTITY_SPECS } from "@/lib/data/apply/entities";
import {
  compareThreeWay,
  mergeWithChoices,
  UnresolvedConflict,
  type FieldComparison,
  type MergeSide,
} from "@/lib/data/apply/merge";
import { checkProposal, type Problem, type ProposedData } from "@/lib/data/apply/proposal";
import { snapshotRecord, sortCitations, type RecordSnapshot } from "@/lib/data/snapshots";
import type { Actor } from "@/lib/auth/actor";
import { clientOf, inTransaction, rootClient, type DbClient, type WithTx } from "@/lib/data/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, ChangeRequestStatus, EntityType } from "@/lib/generated/prisma/enums";
import { ExpectedError } from "@/lib/validations/errors";
import type { FieldChoice } from "@/lib/validations/review";

// Deciding change requests. Approval is one transaction: check the proposal again, apply it with
// a version-checked write, bump the version, write the revision and the audit entry, record the
// decision. Anything that fails rolls all of it back. Every function checks the permission itself;
// a refused attempt changes nothing and leaves an audit entry.

type Client = DbClient;

export type ReviewErrorCode =
  "NOT_FOUND" | "ALREADY_DECIDED" | "SELF_APPROVAL" | "REASON_REQUIRED" | "CHANGED_AGAIN" | "UNRESOLVED";

/** An expected refusal; `code` selects the message shown to the reviewer. */
export class ReviewError extends ExpectedError {
  constructor(
    public readonly code: ReviewErrorCode,
    message: string,
    fields: string[] = [],
  ) {
    super(code, message, fields);
    this.name = "ReviewError";
  }
}

export type ApproveResult =
  | {
      outcome: "APPROVED";
      entityType: EntityType;
      entityId: string;
      version: number;
      selfApproved: boolean;
      touched: Touched;
    }
  | { outcome: "OUT_OF_DATE"; currentVersion: number | null }
  | { outcome: "HELD"; problems: Problem[] };

const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

async function refuse(
  client: Client,
  actor: Actor | null,
  attempted: string,
  reason: string,
  target: { id?: string; entityType?: EntityType | null; entityId?: string | null } = {},
): Promise<void> {
  await recordRefusal({
    tx: client,
    actorId: actor?.id ?? null,
    attempted,
    reason,
    target: { changeRequestId: target.id, entityType: target.entityType, entityId: target.entityId },
  });
}

async function assertReviewer(client: Client, actor: Actor | null, attempted: string, id?: string): Promise<void> {
  if (actor && can(actor.role, "changeRequest:review")) return;
  await refuse(client, actor, attempted, "permission", { id });
  throw new PermissionError("changeRequest:review");
}

async function lockPending(tx: Prisma.TransactionClient, id: string) {
  // The row lock makes two decisions on the same proposal take turns: the second sees the first's.
  await tx.$queryRaw`SELECT id FROM "ChangeRequest" WHERE id = ${id} FOR UPDATE`;
  return tx.changeRequest.findUnique({ where: { id } });
}

function normaliseProposed(data: ProposedData): MergeSide {
  return {
    fields: data.fields,
    citations: sortCitations(
      (data.citations ?? []).map((c) => ({
        sourceId: c.sourceId,
        locator: c.locator ?? null,
        claimEn: c.claimEn ?? c.claim ?? null,
        claimAr: c.claimAr ?? null,
      })),
    ),
  };
}

async function baseSnapshot(
  client: Prisma.TransactionClient | Client,
  entityType: EntityType,
  entityId: string,
  version: number | null,
): Promise<RecordSnapshot | null> {
  if (version === null) return null;
  const revision = await client.revision.findUnique({
    where: { entityType_entityId_version: { entityType, entityId, version } },
    select: { data: true },
  });
  return (revision?.data as RecordSnapshot | undefined) ?? null;
}

/**
 * Approves a pending change request. Without `resolution` it applies against the proposal's base
 * version; if the record has moved on, the request becomes OUT_OF_DATE (kept, nothing applied).
 * With `resolution` (the reviewer's per-field choices against the current version) it applies the
 * merged fields, recorded on the request.
 */
export async function approveChangeRequest({
  tx,
  ...input
}: {
  actor: Actor | null;
  changeRequestId: string;
  resolution?: { againstVersion: number; choices: Record<string, FieldChoice> };
  allowSelfApproval?: boolean;
} & WithTx): Promise<ApproveResult> {
  const client = rootClient(tx);
  const { actor, changeRequestId: id } = input;
  await assertReviewer(client, actor, "changeRequest.approve", id);
  const reviewer = actor!;
  const allowSelf = input.allowSelfApproval ?? env.ALLOW_SELF_APPROVAL;

  type Inner =
    | ApproveResult
    | {
        outcome: "REFUSED";
        code: ReviewErrorCode;
        entityType: EntityType;
        entityId: string | null;
        message: string;
        fields?: string[];
      };

  let conflict: VersionConflict | null = null;
  let result: Inner;
  try {
    result = await client.$transaction(async (tx): Promise<Inner> => {
      const request = await lockPending(tx, id);
      if (!request) throw new ReviewError("NOT_FOUND", "This proposal does not exist.");
      const target = { entityType: request.entityType, entityId: request.entityId };
      if (request.status !== "PENDING") {
        return {
          outcome: "REFUSED",
          code: "ALREADY_DECIDED",
          ...target,
          message: "This proposal has already been decided.",
        };
      }
      const selfApproved = request.authorId === reviewer.id;
      // Nobody approves their own proposal unless the deployment allows it (recorded as such).
      if (selfApproved && !allowSelf) {
        return {
          outcome: "REFUSED",
          code: "SELF_APPROVAL",
          ...target,
          message: "You cannot approve your own proposal.",
        };
      }

      let fieldsOverride: Record<string, unknown> | undefined;
      let citationsOverride: unknown[] | undefined;
      let resolutionRecord: Prisma.InputJsonValue | undefined;
      let expectedVersion = request.baseVersion;
      if (input.resolution && request.kind === "UPDATE" && request.entityId) {
        const spec = ENTITY_SPECS[request.entityType];
        const current = await snapshotRecord(tx, request.entityType, request.entityId);
        const currentRow = await tx.$queryRawUnsafe<Array<{ version: number }>>(
          `SELECT version FROM "${tableName(request.entityType)}" WHERE id = $1`,
          request.entityId,
        );
        const currentVersion = currentRow[0]?.version ?? null;
        if (!spec || !current || currentVersion !== input.resolution.againstVersion) {
          return {
            outcome: "REFUSED",
            code: "CHANGED_AGAIN",
            ...target,
            message: "The record changed again while you were resolving the conflict. Review it again.",
          };
        }
        const base = await baseSnapshot(tx, request.entityType, request.entityId, request.baseVersion);
        const proposed = normaliseProposed(request.proposedData as ProposedData);
        const rows = compareThreeWay(spec.editableFields, base, current, proposed);
        try {
          const merged = mergeWithChoices(rows, input.resolution.choices);
          fieldsOverride = merged.fields;
          citationsOverride = merged.citations;
          resolutionRecord = { againstVersion: currentVersion, choices: merged.choices } as Prisma.InputJsonValue;
        } catch (error) {
          if (error instanceof UnresolvedConflict) {
            return { outcome: "REFUSED", code: "UNRESOLVED", ...target, message: error.message, fields: error.fields };
          }
          throw error;
        }
        expectedVersion = currentVersion;
      }

      const checked = await checkProposal(tx, request, fieldsOverride);
      if (!checked.data) return { outcome: "HELD", problems: checked.problems };
      const data: ProposedData = citationsOverride
        ? { ...checked.data, citations: citationsOverride as ProposedData["citations"] }
        : checked.data;

      const applied = await applyChangeRequest(tx, {
        request,
        data,
        expectedVersion,
        actorId: reviewer.id,
        summary: `${request.kind} approved`,
      });
      await tx.changeRequest.update({
        where: { id },
        data: {
          status: "APPROVED",
          entityId: applied.entityId,
          reviewerId: reviewer.id,
          reviewedAt: new Date(),
          reviewReason: null,
          decisionSeenAt: null,
          ...(resolutionRecord ? { resolution: resolutionRecord } : {}),
        },
      });
      await recordAudit(tx, {
        actorId: reviewer.id,
        action: "changeRequest.approve",
        entityType: request.entityType,
        entityId: applied.entityId,
        version: applied.version,
        details: {
          changeRequestId: id,
          kind: request.kind,
          baseVersion: request.baseVersion,
          ...(selfApproved ? { selfApproved: true } : {}),
          ...(resolutionRecord ? { resolution: resolutionRecord } : {}),
        },
      });
      return {
        outcome: "APPROVED",
        entityType: request.entityType,
        entityId: applied.entityId,
        version: applied.version,
        selfApproved,
        touched: applied.touched,
      };
    }, TX_OPTIONS);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    conflict = error;
    result = { outcome: "OUT_OF_DATE", currentVersion: error.currentVersion };
  }

  if (conflict) {
    // The whole approval was rolled back; now record that the proposal is out of date (kept, so
    // its author can revise it against the new version).
    const marked = await client.$transaction(async (tx) => {
      const request = await lockPending(tx, id);
      if (!request || request.status !== "PENDING") return false;
      const reason = `The record changed after this proposal was made (proposal made on version ${request.baseVersion}, now version ${conflict.currentVersion ?? "deleted"}).`;
      await tx.changeRequest.update({
        where: { id },
        data: {
          status: "OUT_OF_DATE",
          reviewerId: reviewer.id,
          reviewedAt: new Date(),
          reviewReason: reason,
          decisionSeenAt: null,
        },
      });
      await recordAudit(tx, {
        actorId: reviewer.id,
        action: "changeRequest.outOfDate",
        entityType: request.entityType,
        entityId: request.entityId,
        version: conflict.currentVersion,
        details: { changeRequestId: id, baseVersion: request.baseVersion, automatic: true },
      });
      return true;
    }, TX_OPTIONS);
    void marked;
    return { outcome: "OUT_OF_DATE", currentVersion: conflict.currentVersion };
  }

  if (result.outcome === "REFUSED") {
    await refuse(client, reviewer, "changeRequest.approve", result.code, {
      id,
      entityType: result.entityType,
      entityId: result.entityId,
    });
    throw new ReviewError(result.code, result.message, result.fields);
  }
  if (result.outcome === "HELD") {
    await recordAudit(client, {
      actorId: reviewer.id,
      action: "changeRequest.held",
      details: {
        changeRequestId: id,
        problems: result.problems.map((p) => ({ code: p.code, field: p.field, value: p.value })),
      },
    });
  }
  return result;
}

function tableName(entityType: EntityType): string {
  const names: Record<EntityType, string> = {
    SITE: "Site",
    CONTROL_PERIOD: "ControlPeriod",
    MONUMENT: "Monument",
    DAMAGE_REPORT: "DamageReport",
    RESTORATION_EFFORT: "RestorationEffort",
    SOURCE: "Source",
    PERSON: "Person",
    ORGANISATION: "Organisation",
    MEDIA: "Media",
  };
  return names[entityType];
}

export type Decision = "reject" | "requestChanges" | "markOutOfDate";

const DECISION_STATUS: Record<Decision, ChangeRequestStatus> = {
  reject: "REJECTED",
  requestChanges: "CHANGES_REQUESTED",
  markOutOfDate: "OUT_OF_DATE",
};

const DECISION_ACTION: Record<Decision, string> = {
  reject: "changeRequest.reject",
  requestChanges: "changeRequest.requestChanges",
  markOutOfDate: "changeRequest.outOfDate",
};

/** Reject (reason required), send back with a comment (required), or mark out of date. */
export async function decideChangeRequest({
  tx,
  ...input
}: { actor: Actor | null; changeRequestId: string; decision: Decision; reason: string } & WithTx): Promise<{
  status: ChangeRequestStatus;
}> {
  const client = rootClient(tx);
  const { actor, changeRequestId: id, decision } = input;
  await assertReviewer(client, actor, DECISION_ACTION[decision], id);
  const reviewer = actor!;
  const reason = input.reason.trim();
  if (decision !== "markOutOfDate" && reason === "") {
    throw new ReviewError(
      "REASON_REQUIRED",
      decision === "reject" ? "Give a reason for the rejection." : "Say what should change.",
      ["reason"],
    );
  }
  const status = DECISION_STATUS[decision];
  const outcome = await client.$transaction(async (tx) => {
    const request = await lockPending(tx, id);
    if (!request) throw new ReviewError("NOT_FOUND", "This proposal does not exist.");
    if (request.status !== "PENDING") return { refused: true as const, request };
    await tx.changeRequest.update({
      where: { id },
      data: {
        status,
        reviewerId: reviewer.id,
        reviewedAt: new Date(),
        reviewReason: reason || null,
        decisionSeenAt: null,
      },
    });
    await recordAudit(tx, {
      actorId: reviewer.id,
      action: DECISION_ACTION[decision],
      entityType: request.entityType,
      entityId: request.entityId,
      version: request.baseVersion,
      details: { changeRequestId: id, reason },
    });
    return { refused: false as const, request };
  }, TX_OPTIONS);
  if (outcome.refused) {
    await refuse(client, reviewer, DECISION_ACTION[decision], "ALREADY_DECIDED", {
      id,
      entityType: outcome.request.entityType,
      entityId: outcome.request.entityId,
    });
    throw new ReviewError("ALREADY_DECIDED", "This proposal has already been decided.");
  }
  return { status };
}

// ---------------------------------------------------------------------------------------------
// Reading: the queue and the review page
// ---------------------------------------------------------------------------------------------

export type QueueFilters = {
  kind?: ChangeKind;
  entityType?: EntityType;
  monumentId?: string;
  authorId?: string;
  // only proposals waiting at least this many days
  minAgeDays?: number;
};

/** A short title for a proposal, from whichever name/title field it has. */
export function proposalTitle(fields: Record<string, unknown> | undefined): { en: string | null; ar: string | null } {
  const f = fields ?? {};
  const text = (key: string) => (typeof f[key] === "string" && (f[key] as string).trim() ? (f[key] as string) : null);
  return {
    en:
      text("nameEn") ??
      text("titleEn") ??
      text("title") ??
      text("controllerEn") ??
      text("descriptionEn") ??
      text("captionEn"),
    ar: text("nameAr") ?? text("titleAr") ?? text("controllerAr") ?? text("descriptionAr") ?? text("captionAr"),
  };
}

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
    title: proposalTitle((proposedData as { fields?: Record<string, unknown> } | null)?.fields),
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

export async function countPendingChangeRequests({ tx, ...input }: { actor: Actor | null } & WithTx): Promise<number> {
  const client = clientOf(tx);
  if (!can(input.actor?.role, "changeRequest:review")) return 0;
  return client.changeRequest.count({ where: { status: "PENDING" } });
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
  const spec = ENTITY_SPECS[request.entityType];
  const proposedData = (request.proposedData ?? {}) as Partial<ProposedData>;
  const proposed = normaliseProposed({ fields: proposedData.fields ?? {}, citations: proposedData.citations ?? [] });

  let current: RecordSnapshot | null = null;
  let currentVersion: number | null = null;
  if (request.entityId) {
    current = await snapshotRecord(client as unknown as Prisma.TransactionClient, request.entityType, request.entityId);
    const rows = await client.$queryRawUnsafe<Array<{ version: number }>>(
      `SELECT version FROM "${tableName(request.entityType)}" WHERE id = $1`,
      request.entityId,
    );
    currentVersion = rows[0]?.version ?? null;
  }
  const base = request.entityId
    ? await baseSnapshot(client, request.entityType, request.entityId, request.baseVersion)
    : null;
  const deleted = current !== null && current.fields.deletedAt !== null;
  const conflict =
    request.kind !== "CREATE" && request.status === "PENDING" && (currentVersion !== request.baseVersion || deleted);

  const fieldNames = spec?.editableFields ?? Object.keys(proposed.fields);
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
      ? (await inTransaction(tx, (inner) => checkProposal(inner, request), TX_OPTIONS)).problems
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
    request: { ...request, title: proposalTitle(proposed.fields) },
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
  const spec = ENTITY_SPECS[entityType];
  const out: Record<string, { en: string; ar: string }> = {};
  if (!spec) return out;
  for (const reference of spec.references) {
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
