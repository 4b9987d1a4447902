import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { inTransaction, type Tx, type WithTx } from "@/lib/data/client";
import { checkProposal, problemsAsFieldErrors } from "@/lib/data/change-requests/check-proposal";
import {
  delegateFor,
  isProposableEntity,
  proposableEntry,
  type ProposableEntity,
} from "@/lib/data/change-requests/registry";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRequestStatus, EntityType } from "@/lib/generated/prisma/enums";
import { changeTargetSchema, type ChangeTarget } from "@/lib/validations/common";
import { fieldErrorsFromZod, FormError } from "@/lib/validations/errors";

// Proposing, revising and withdrawing. Every write a contributor makes becomes a ChangeRequest;
// nothing here touches a public table (decide.ts applies approved proposals). Each function checks
// the actor's permission itself and checks the proposal with checkProposal (the same check the
// approval makes) inside one transaction: a refused proposal leaves no row behind.

/** Statuses in which the author may still withdraw or revise a proposal. */
export const OPEN_STATUSES: ChangeRequestStatus[] = ["PENDING", "CHANGES_REQUESTED", "OUT_OF_DATE"];

/** One proposal as a caller hands it over: which kind, which record (target) and the record (input). */
export type ProposalInput = { entityType: EntityType | string; target: unknown; input: unknown };

function assertMayPropose(actor: Actor, entityType: ProposableEntity) {
  assertCan(actor.role, "changeRequest:create");
  for (const permission of proposableEntry(entityType).proposal.permissions) assertCan(actor.role, permission);
}

function parseTarget(target: unknown): ChangeTarget {
  const parsed = changeTargetSchema.safeParse(target);
  if (!parsed.success) throw new FormError(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** The current version of a live (not deleted) record, or null. */
export async function liveVersion(tx: Tx, entityType: EntityType, id: string): Promise<number | null> {
  const row = await delegateFor(tx, entityType).findFirst({
    where: { id, deletedAt: null },
    select: { version: true },
  });
  return (row?.version as number | undefined) ?? null;
}

/** An UPDATE must be made against the version the author saw, which must still be the current one. */
async function checkedBaseVersion(tx: Tx, entityType: EntityType, target: ChangeTarget): Promise<number | null> {
  if (target.kind !== "UPDATE") return null;
  const version = await liveVersion(tx, entityType, target.entityId);
  if (version === null) throw new FormError({}, "notFound");
  // otherwise the author's form showed stale values
  if (version !== target.baseVersion) throw new FormError({}, "stale");
  return version;
}

/** Parses and checks one proposal against the database; throws FormError with every problem. */
async function checkedProposal(
  tx: Tx,
  {
    actor,
    entityType,
    target,
    input,
    changeRequestId,
  }: {
    actor: Actor;
    entityType: ProposableEntity;
    target: ChangeTarget;
    input: unknown;
    changeRequestId?: string;
  },
) {
  const entityId = target.kind === "UPDATE" ? target.entityId : null;
  const baseVersion = await checkedBaseVersion(tx, entityType, target);
  const { data, problems } = await checkProposal({
    tx,
    kind: target.kind,
    entityType,
    entityId,
    proposedData: input,
    authorId: actor.id,
    changeRequestId,
  });
  if (!data) {
    const { fieldErrors, formError } = problemsAsFieldErrors(problems);
    throw new FormError(fieldErrors, formError);
  }
  const monumentId = proposableEntry(entityType).proposal.monumentOf(data.fields, entityId);
  return { data, entityId, baseVersion, monumentId };
}

/**
 * Records a proposal to create or update one record. `target` says which (CREATE, or UPDATE of
 * entityId as seen at baseVersion); `input` is the form's values, parsed with the entity's shared
 * schema. Throws FormError (nothing written) when anything is wrong. With `tx` a transaction, it
 * joins it (see proposeChanges).
 */
export async function proposeChange({
  actor,
  entityType,
  target: rawTarget,
  input,
  tx: client,
}: { actor: Actor } & ProposalInput & WithTx): Promise<{ id: string }> {
  if (!isProposableEntity(entityType)) throw new FormError({}, "invalid");
  assertMayPropose(actor, entityType);
  const target = parseTarget(rawTarget);
  return inTransaction(client, async (tx) => {
    const checked = await checkedProposal(tx, { actor, entityType, target, input });
    const created = await tx.changeRequest.create({
      data: {
        kind: target.kind,
        entityType,
        entityId: checked.entityId,
        baseVersion: checked.baseVersion,
        monumentId: checked.monumentId,
        proposedData: checked.data as Prisma.InputJsonValue,
        note: target.note,
        authorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "changeRequest.propose",
      entityType,
      entityId: checked.entityId,
      version: checked.baseVersion,
      details: { changeRequestId: created.id, kind: target.kind },
    });
    return created;
  });
}

/** What became of one proposal of a bulk call, in the order they were given. */
export type ProposalOutcome =
  | { ok: true; id: string }
  // as proposeChange refuses it: codes by field path ("fields.nameEn") and for the whole proposal
  // ("stale" when the record moved past the target's baseVersion, "notFound", "invalid"), or
  // "notRecorded" for a proposal that passed in an all-or-none call another one failed
  | { ok: false; fieldErrors: Record<string, string[]>; formError: string | null };

// Postgres savepoints inside the one transaction, so a refused proposal leaves nothing behind
// while the others stay (Prisma has no nested transactions).
async function savepoint<T>(tx: Tx, name: string, fn: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const value = await fn();
    await tx.$executeRawUnsafe(keep(value) ? `RELEASE SAVEPOINT ${name}` : `ROLLBACK TO SAVEPOINT ${name}`);
    return value;
  } catch (error) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    throw error;
  }
}

/**
 * Many proposals by one author in one transaction (a spreadsheet import, an offline outbox), each
 * checked exactly as proposeChange checks it (an UPDATE against the baseVersion in its target),
 * with one outcome per proposal, in order. By default each one that passes is recorded and the
 * refused ones are reported; with `allOrNone`, one refusal records none of them (the others then
 * say "notRecorded"). With `tx` a transaction it joins it: the caller's rollback undoes all.
 * A PermissionError (the actor may not propose one of the kinds) refuses the whole call.
 */
export async function proposeChanges({
  actor,
  proposals,
  allOrNone = false,
  tx,
}: { actor: Actor; proposals: ProposalInput[]; allOrNone?: boolean } & WithTx): Promise<{
  results: ProposalOutcome[];
  recorded: number;
}> {
  for (const { entityType } of proposals) if (isProposableEntity(entityType)) assertMayPropose(actor, entityType);
  return inTransaction(
    tx,
    (inner) =>
      savepoint(
        inner,
        "propose_batch",
        async () => {
          const results: ProposalOutcome[] = [];
          for (const proposal of proposals) {
            try {
              const { id } = await savepoint(
                inner,
                "propose_one",
                () => proposeChange({ actor, ...proposal, tx: inner }),
                () => true,
              );
              results.push({ ok: true, id });
            } catch (error) {
              if (!(error instanceof FormError)) throw error;
              results.push({ ok: false, fieldErrors: error.fieldErrors, formError: error.formError });
            }
          }
          const refused = results.some((result) => !result.ok);
          if (allOrNone && refused) {
            const outcomes = results.map((result) =>
              result.ok ? { ok: false as const, fieldErrors: {}, formError: "notRecorded" } : result,
            );
            return { results: outcomes, recorded: 0 };
          }
          return { results, recorded: results.filter((result) => result.ok).length };
        },
        (batch) => batch.recorded > 0 || !allOrNone,
      ),
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** Withdraws one of the actor's own open proposals. */
export async function withdrawChangeRequest({
  actor,
  id,
  tx: client,
}: { actor: Actor; id: string } & WithTx): Promise<void> {
  assertCan(actor.role, "changeRequest:withdrawOwn");
  await inTransaction(client, async (tx) => {
    // ownership and state in the where: another author's or a decided proposal matches nothing
    const { count } = await tx.changeRequest.updateMany({
      where: { id, authorId: actor.id, status: { in: OPEN_STATUSES } },
      data: { status: "WITHDRAWN" },
    });
    if (count === 0) throw new FormError({}, "notEditable");
    await recordAudit(tx, { actorId: actor.id, action: "changeRequest.withdraw", details: { changeRequestId: id } });
  });
}

/**
 * Replaces the proposed data of one of the actor's own open proposals (pending, changes
 * requested, out of date); it goes back to the queue as PENDING. An UPDATE is revised against the
 * record's current version, which the author's form must have shown (baseVersion).
 */
export async function reviseChangeRequest({
  actor,
  id,
  target: rawTarget,
  input,
  tx: client,
}: { actor: Actor; id: string; target: unknown; input: unknown } & WithTx): Promise<void> {
  assertCan(actor.role, "changeRequest:reviseOwn");
  const target = parseTarget(rawTarget);
  await inTransaction(client, async (tx) => {
    const existing = await tx.changeRequest.findFirst({
      where: { id, authorId: actor.id, status: { in: OPEN_STATUSES } },
      select: { id: true, kind: true, entityType: true, entityId: true },
    });
    if (!existing || !isProposableEntity(existing.entityType)) throw new FormError({}, "notEditable");
    if (existing.kind !== target.kind || (target.kind === "UPDATE" && target.entityId !== existing.entityId)) {
      throw new FormError({}, "invalid");
    }
    const entityType = existing.entityType;
    assertMayPropose(actor, entityType);
    const checked = await checkedProposal(tx, { actor, entityType, target, input, changeRequestId: existing.id });
    const { count } = await tx.changeRequest.updateMany({
      where: { id, authorId: actor.id, status: { in: OPEN_STATUSES } },
      data: {
        proposedData: checked.data as Prisma.InputJsonValue,
        baseVersion: checked.baseVersion,
        monumentId: checked.monumentId,
        note: target.note,
        status: "PENDING",
        decisionSeenAt: null,
      },
    });
    if (count === 0) throw new FormError({}, "notEditable");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "changeRequest.revise",
      entityType,
      entityId: existing.entityId,
      version: checked.baseVersion,
      details: { changeRequestId: id },
    });
  });
}
