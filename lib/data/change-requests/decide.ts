import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { recordRefusal } from "@/lib/audit/refusal";
import type { Actor } from "@/lib/auth/actor";
import { can, PermissionError } from "@/lib/auth/permissions";
import { rootClient, type Tx, type WithTx } from "@/lib/data/client";
import { applyProposal, VersionConflict, type Touched } from "@/lib/data/change-requests/apply";
import { checkProposal, type Problem, type ProposedData } from "@/lib/data/change-requests/check-proposal";
import { compareThreeWay, mergeWithChoices, UnresolvedConflict } from "@/lib/data/change-requests/merge";
import { baseSnapshot, proposedSide } from "@/lib/data/change-requests/sides";
import { delegateFor, entryOf, isProposableEntity } from "@/lib/data/change-requests/registry";
import { snapshotRecord } from "@/lib/data/snapshots";
import { env } from "@/lib/env";
import type { ChangeRequest, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ChangeRequestStatus, EntityType } from "@/lib/generated/prisma/enums";
import { ExpectedError } from "@/lib/validations/errors";
import type { FieldChoice } from "@/lib/validations/review";

// Deciding change requests. Approval is one transaction that reads as its steps: lock the
// proposal, resolve conflicts (the reviewer's merge against the current version), check it
// (checkProposal, as when it was proposed), apply it (apply.ts), record the decision. Anything
// that fails rolls all of it back. Every function checks the permission itself; a refused attempt
// changes nothing and leaves one audit entry.

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

async function assertReviewer(client: PrismaClient, actor: Actor | null, attempted: string, id: string) {
  if (actor && can(actor.role, "changeRequest:review")) return actor;
  await recordRefusal({
    tx: client,
    actorId: actor?.id ?? null,
    attempted,
    reason: "permission",
    target: { changeRequestId: id },
  });
  throw new PermissionError("changeRequest:review");
}

/** Step 1. The row lock makes two decisions on one proposal take turns: the second sees the first's. */
async function lockRequest(tx: Tx, id: string): Promise<ChangeRequest> {
  await tx.$queryRaw`SELECT id FROM "ChangeRequest" WHERE id = ${id} FOR UPDATE`;
  const request = await tx.changeRequest.findUnique({ where: { id } });
  if (!request) throw new ReviewError("NOT_FOUND", "This proposal does not exist.");
  return request;
}

/** A refusal found inside the transaction: audited and thrown after it rolls back. */
class Refusal {
  constructor(
    readonly error: ReviewError,
    readonly request: Pick<ChangeRequest, "entityType" | "entityId">,
  ) {}
}

type Resolution = { againstVersion: number; choices: Record<string, FieldChoice> };

/**
 * Step 2. What to check and apply: the proposal against its base version, or (with the reviewer's
 * choices, after a conflict) the merged fields against the current version.
 */
async function resolveConflicts(tx: Tx, request: ChangeRequest, resolution: Resolution | undefined) {
  const plain = { proposedData: request.proposedData, expectedVersion: request.baseVersion, citations: undefined };
  if (!resolution || request.kind !== "UPDATE" || !request.entityId) return { ...plain, record: undefined };
  const current = await snapshotRecord(tx, request.entityType, request.entityId);
  const row = await delegateFor(tx, request.entityType).findUnique({
    where: { id: request.entityId },
    select: { version: true },
  });
  const currentVersion = (row?.version as number | undefined) ?? null;
  if (!current || currentVersion !== resolution.againstVersion) {
    throw new Refusal(
      new ReviewError(
        "CHANGED_AGAIN",
        "The record changed again while you were resolving the conflict. Review it again.",
      ),
      request,
    );
  }
  const base = await baseSnapshot(tx, request.entityType, request.entityId, request.baseVersion);
  const rows = compareThreeWay(
    entryOf(request.entityType).editableFields,
    base,
    current,
    proposedSide(request.proposedData),
  );
  let merged;
  try {
    merged = mergeWithChoices(rows, resolution.choices);
  } catch (error) {
    if (!(error instanceof UnresolvedConflict)) throw error;
    throw new Refusal(new ReviewError("UNRESOLVED", error.message, error.fields), request);
  }
  return {
    proposedData: { ...(request.proposedData as object), fields: merged.fields },
    expectedVersion: currentVersion,
    citations: merged.citations as ProposedData["citations"],
    record: { againstVersion: currentVersion, choices: merged.choices } as Prisma.InputJsonValue,
  };
}

/**
 * Approves a pending change request. Without `resolution` it applies against the proposal's base
 * version; if the record has moved on, the request becomes OUT_OF_DATE (kept, nothing applied).
 * With `resolution` (the reviewer's per-field choices against the current version) it applies the
 * merged fields, recorded on the request.
 */
export async function approveChangeRequest({
  actor,
  changeRequestId: id,
  resolution,
  allowSelfApproval = env.ALLOW_SELF_APPROVAL,
  tx,
}: {
  actor: Actor | null;
  changeRequestId: string;
  resolution?: Resolution;
  allowSelfApproval?: boolean;
} & WithTx): Promise<ApproveResult> {
  const client = rootClient(tx);
  const reviewer = await assertReviewer(client, actor, "changeRequest.approve", id);
  let result: ApproveResult;
  try {
    result = await client.$transaction(async (tx): Promise<ApproveResult> => {
      const request = await lockRequest(tx, id);
      if (request.status !== "PENDING") {
        throw new Refusal(new ReviewError("ALREADY_DECIDED", "This proposal has already been decided."), request);
      }
      const selfApproved = request.authorId === reviewer.id;
      // Nobody approves their own proposal unless the deployment allows it (recorded as such).
      if (selfApproved && !allowSelfApproval) {
        throw new Refusal(new ReviewError("SELF_APPROVAL", "You cannot approve your own proposal."), request);
      }
      const resolved = await resolveConflicts(tx, request, resolution);
      const checked = await checkProposal({
        tx,
        kind: request.kind,
        entityType: request.entityType,
        entityId: request.entityId,
        proposedData: resolved.proposedData,
        authorId: request.authorId,
        changeRequestId: request.id,
      });
      if (!checked.data || !isProposableEntity(request.entityType))
        return { outcome: "HELD", problems: checked.problems };
      const applied = await applyProposal(tx, {
        request: { ...request, entityType: request.entityType },
        data: resolved.citations ? { ...checked.data, citations: resolved.citations } : checked.data,
        expectedVersion: resolved.expectedVersion,
        actorId: reviewer.id,
        summary: `${request.kind} approved`,
      });
      await recordApproval(tx, {
        request,
        reviewerId: reviewer.id,
        applied,
        selfApproved,
        resolution: resolved.record,
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
    if (error instanceof Refusal) {
      await refuse(client, reviewer, "changeRequest.approve", id, error);
      throw error.error;
    }
    if (!(error instanceof VersionConflict)) throw error;
    // The whole approval was rolled back; now record that the proposal is out of date (kept, so
    // its author can revise it against the new version).
    await markOutOfDate(client, reviewer, id, error.currentVersion);
    return { outcome: "OUT_OF_DATE", currentVersion: error.currentVersion };
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

/** Step 5. The decision on the request, and its audit entry, in the approval's transaction. */
async function recordApproval(
  tx: Tx,
  {
    request,
    reviewerId,
    applied,
    selfApproved,
    resolution,
  }: {
    request: ChangeRequest;
    reviewerId: string;
    applied: { entityId: string; version: number };
    selfApproved: boolean;
    resolution: Prisma.InputJsonValue | undefined;
  },
) {
  await tx.changeRequest.update({
    where: { id: request.id },
    data: {
      status: "APPROVED",
      entityId: applied.entityId,
      reviewerId,
      reviewedAt: new Date(),
      reviewReason: null,
      decisionSeenAt: null,
      ...(resolution ? { resolution } : {}),
    },
  });
  await recordAudit(tx, {
    actorId: reviewerId,
    action: "changeRequest.approve",
    entityType: request.entityType,
    entityId: applied.entityId,
    version: applied.version,
    details: {
      changeRequestId: request.id,
      kind: request.kind,
      baseVersion: request.baseVersion,
      ...(selfApproved ? { selfApproved: true } : {}),
      ...(resolution ? { resolution } : {}),
    },
  });
}

async function markOutOfDate(client: PrismaClient, reviewer: Actor, id: string, currentVersion: number | null) {
  await client.$transaction(async (tx) => {
    const request = await lockRequest(tx, id);
    if (request.status !== "PENDING") return;
    const reason = `The record changed after this proposal was made (proposal made on version ${request.baseVersion}, now version ${currentVersion ?? "deleted"}).`;
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
      version: currentVersion,
      details: { changeRequestId: id, baseVersion: request.baseVersion, automatic: true },
    });
  }, TX_OPTIONS);
}

async function refuse(client: PrismaClient, reviewer: Actor, attempted: string, id: string, refusal: Refusal) {
  await recordRefusal({
    tx: client,
    actorId: reviewer.id,
    attempted,
    reason: refusal.error.code,
    target: { changeRequestId: id, entityType: refusal.request.entityType, entityId: refusal.request.entityId },
  });
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
  actor,
  changeRequestId: id,
  decision,
  reason: rawReason,
  tx,
}: { actor: Actor | null; changeRequestId: string; decision: Decision; reason: string } & WithTx): Promise<{
  status: ChangeRequestStatus;
}> {
  const client = rootClient(tx);
  const reviewer = await assertReviewer(client, actor, DECISION_ACTION[decision], id);
  const reason = rawReason.trim();
  if (decision !== "markOutOfDate" && reason === "") {
    throw new ReviewError(
      "REASON_REQUIRED",
      decision === "reject" ? "Give a reason for the rejection." : "Say what should change.",
      ["reason"],
    );
  }
  const status = DECISION_STATUS[decision];
  try {
    await client.$transaction(async (tx) => {
      const request = await lockRequest(tx, id);
      if (request.status !== "PENDING") {
        throw new Refusal(new ReviewError("ALREADY_DECIDED", "This proposal has already been decided."), request);
      }
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
    }, TX_OPTIONS);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    await refuse(client, reviewer, DECISION_ACTION[decision], id, error);
    throw error.error;
  }
  return { status };
}
