import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/log";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { clientOf, inTransaction, type DbClient, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRequestStatus, EntityType } from "@/lib/generated/prisma/enums";
import { unknownVocabularyCodes, type VocabularyName } from "@/lib/data/vocabularies";
import { changeTargetSchema, TEMP_ID, type ChangeTarget, type ErrorCode } from "@/lib/validations/common";
import { fieldErrorsFromZod, FormError, type FieldErrors } from "@/lib/validations/errors";
import { isProposableEntity, proposalSchemas, type ProposableEntity } from "@/lib/validations/proposals";

// Proposals. Every write a contributor makes becomes a ChangeRequest; nothing here touches a
// public table (the review side applies approved proposals). Each function checks the acting
// user's permission itself, validates with the shared schema, and checks codes and references
// against the database inside one transaction: a refused proposal leaves no row behind.

type Tx = Prisma.TransactionClient;

type AnyProposal = z.infer<(typeof proposalSchemas)[ProposableEntity]>;

function parseProposal(entityType: ProposableEntity, input: unknown): AnyProposal {
  const parsed = proposalSchemas[entityType].safeParse(input);
  if (!parsed.success) throw new FormError(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

function parseTarget(target: unknown): ChangeTarget {
  const parsed = changeTargetSchema.safeParse(target);
  if (!parsed.success) throw new FormError(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}

/** The current version of a live (not deleted) record, or null. */
async function currentVersion(tx: Tx, entityType: ProposableEntity, id: string): Promise<number | null> {
  const args = { where: { id, deletedAt: null }, select: { version: true } };
  const row =
    entityType === "MONUMENT"
      ? await tx.monument.findFirst(args)
      : entityType === "DAMAGE_REPORT"
        ? await tx.damageReport.findFirst(args)
        : entityType === "RESTORATION_EFFORT"
          ? await tx.restorationEffort.findFirst(args)
          : await tx.source.findFirst(args);
  return row?.version ?? null;
}

async function liveIds(
  tx: Tx,
  model: "monument" | "site" | "source" | "person" | "organisation",
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const args = { where: { id: { in: ids }, deletedAt: null }, select: { id: true } };
  const rows =
    model === "monument"
      ? await tx.monument.findMany(args)
      : model === "site"
        ? await tx.site.findMany(args)
        : model === "source"
          ? await tx.source.findMany(args)
          : model === "person"
            ? await tx.person.findMany(args)
            : await tx.organisation.findMany(args);
  return new Set(rows.map((row) => row.id));
}

function add(errors: FieldErrors, path: string, code: ErrorCode) {
  const list = (errors[path] ??= []);
  if (!list.includes(code)) list.push(code);
}

/** Everything the schema cannot know: vocabularies, referenced records, the author's photos. */
async function checkReferences({
  tx,
  actor,
  entityType,
  proposal,
  entityId,
  ownChangeRequestId,
}: {
  tx: Tx;
  actor: Actor;
  entityType: ProposableEntity;
  proposal: AnyProposal;
  entityId: string | null;
  ownChangeRequestId?: string;
}): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const vocab: { path: string; vocabulary: VocabularyName; code: string | null }[] = [];
  const monumentRefs: { path: string; id: string }[] = [];

  if (entityType === "DAMAGE_REPORT") {
    const f = (proposal as z.infer<(typeof proposalSchemas)["DAMAGE_REPORT"]>).fields;
    vocab.push(
      { path: "fields.causeCode", vocabulary: "damageCause", code: f.causeCode },
      { path: "fields.conditionAfterCode", vocabulary: "condition", code: f.conditionAfterCode },
      { path: "fields.certaintyCode", vocabulary: "certainty", code: f.certaintyCode },
    );
    monumentRefs.push({ path: "fields.monumentId", id: f.monumentId });
  } else if (entityType === "RESTORATION_EFFORT") {
    const p = proposal as z.infer<(typeof proposalSchemas)["RESTORATION_EFFORT"]>;
    vocab.push(
      { path: "fields.techniqueCode", vocabulary: "restorationTechnique", code: p.fields.techniqueCode },
      { path: "fields.statusCode", vocabulary: "restorationStatus", code: p.fields.statusCode },
      { path: "fields.reversibilityCode", vocabulary: "reversibility", code: p.fields.reversibilityCode },
    );
    monumentRefs.push({ path: "fields.monumentId", id: p.fields.monumentId });
    const people = await liveIds(
      tx,
      "person",
      p.participants.flatMap((x) => (x.personId ? [x.personId] : [])),
    );
    const orgs = await liveIds(
      tx,
      "organisation",
      p.participants.flatMap((x) => (x.organisationId ? [x.organisationId] : [])),
    );
    p.participants.forEach((x, i) => {
      if (x.personId && !people.has(x.personId)) add(errors, `participants.${i}.personId`, "unknownRecord");
      if (x.organisationId && !orgs.has(x.organisationId))
        add(errors, `participants.${i}.organisationId`, "unknownRecord");
    });
  } else if (entityType === "MONUMENT") {
    const f = (proposal as z.infer<(typeof proposalSchemas)["MONUMENT"]>).fields;
    vocab.push({ path: "fields.kindCode", vocabulary: "monumentKind", code: f.kindCode });
    const sites = await liveIds(tx, "site", [f.siteId]);
    if (!sites.has(f.siteId)) add(errors, "fields.siteId", "unknownRecord");
    if (f.parentId) {
      if (f.parentId === entityId) add(errors, "fields.parentId", "partOfItself");
      else {
        monumentRefs.push({ path: "fields.parentId", id: f.parentId });
        if (entityId && (await isAncestorOrSelf(tx, entityId, f.parentId)))
          add(errors, "fields.parentId", "partOfItself");
      }
    }
  } else {
    const f = (proposal as z.infer<(typeof proposalSchemas)["SOURCE"]>).fields;
    vocab.push(
      { path: "fields.kindCode", vocabulary: "sourceKind", code: f.kindCode },
      { path: "fields.reliabilityCode", vocabulary: "sourceReliability", code: f.reliabilityCode },
    );
  }

  const monuments = await liveIds(
    tx,
    "monument",
    monumentRefs.map((r) => r.id),
  );
  for (const ref of monumentRefs) if (!monuments.has(ref.id)) add(errors, ref.path, "unknownRecord");

  // citations, new sources, photos (a source proposal has none of these)
  const withSources = proposal as {
    citations: { sourceId: string }[];
    newSources: { kindCode: string; reliabilityCode: string }[];
    mediaIds: string[];
  };
  withSources.newSources.forEach((source, i) => {
    vocab.push(
      { path: `newSources.${i}.kindCode`, vocabulary: "sourceKind", code: source.kindCode },
      { path: `newSources.${i}.reliabilityCode`, vocabulary: "sourceReliability", code: source.reliabilityCode },
    );
  });
  const existing = withSources.citations.map((c) => c.sourceId).filter((id) => !TEMP_ID.test(id));
  const sources = await liveIds(tx, "source", existing);
  withSources.citations.forEach((c, i) => {
    if (!TEMP_ID.test(c.sourceId) && !sources.has(c.sourceId)) add(errors, `citations.${i}.sourceId`, "unknownRecord");
  });
  if (withSources.mediaIds.length > 0) {
    // Only the author's own photos, not yet attached to a record, nor to another live proposal.
    const media = await tx.media.findMany({
      where: {
        id: { in: withSources.mediaIds },
        uploadedById: actor.id,
        deletedAt: null,
        monumentId: null,
        damageReportId: null,
        restorationEffortId: null,
      },
      select: { id: true },
    });
    const usable = new Set(media.map((m) => m.id));
    const claimed = await mediaClaimedByOtherProposals(tx, withSources.mediaIds, ownChangeRequestId);
    withSources.mediaIds.forEach((id, i) => {
      if (!usable.has(id) || claimed.has(id)) add(errors, `mediaIds.${i}`, "notYourPhoto");
    });
  }

  for (const path of await unknownVocabularyCodes({ tx, checks: vocab })) add(errors, path, "unknownCode");
  return errors;
}

async function isAncestorOrSelf(tx: Tx, monumentId: string, candidateChild: string): Promise<boolean> {
  // Walks up from the proposed parent: if it reaches the monument being edited, the edit would
  // make a cycle (a CHECK only catches a monument being its own parent).
  let current: string | null = candidateChild;
  for (let depth = 0; current && depth < 50; depth++) {
    if (current === monumentId) return true;
    const row: { parentId: string | null } | null = await tx.monument.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    current = row?.parentId ?? null;
  }
  return false;
}

async function mediaClaimedByOtherProposals(tx: Tx, ids: string[], exceptId?: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT m.id FROM "ChangeRequest" cr
    CROSS JOIN LATERAL jsonb_array_elements_text(COALESCE(cr."proposedData"->'mediaIds', '[]'::jsonb)) AS m(id)
    WHERE cr.status IN ('PENDING', 'CHANGES_REQUESTED', 'OUT_OF_DATE')
      AND cr.id <> ${exceptId ?? ""}
      AND m.id = ANY(${ids}::text[])`;
  return new Set(rows.map((r) => r.id));
}

function concernedMonumentId(entityType: ProposableEntity, proposal: AnyProposal, target: ChangeTarget): string | null {
  if (entityType === "DAMAGE_REPORT" || entityType === "RESTORATION_EFFORT") {
    return (proposal as { fields: { monumentId: string } }).fields.monumentId;
  }
  if (entityType === "MONUMENT" && target.kind === "UPDATE") return target.entityId;
  return null;
}

function permissionsFor(entityType: ProposableEntity): Permission[] {
  return entityType === "SOURCE" ? ["changeRequest:create", "source:propose"] : ["changeRequest:create"];
}

/**
 * Records a proposal to create or update one record. `target` says which (CREATE, or UPDATE of
 * entityId as seen at baseVersion); `input` is the form's values, validated with the entity's
 * schema. Throws FormError (nothing written) when anything is wrong.
 */
export async function proposeChange({
  actor,
  entityType,
  target: rawTarget,
  input,
  tx: client,
}: {
  actor: Actor;
  entityType: EntityType;
  target: unknown;
  input: unknown;
} & WithTx): Promise<{ id: string }> {
  if (!isProposableEntity(entityType)) throw new FormError({}, "invalid");
  for (const permission of permissionsFor(entityType)) assertCan(actor.role, permission);
  const target = parseTarget(rawTarget);
  const proposal = parseProposal(entityType, input);

  return inTransaction(client, async (tx) => {
    let baseVersion: number | null = null;
    if (target.kind === "UPDATE") {
      const version = await currentVersion(tx, entityType, target.entityId);
      if (version === null) throw new FormError({}, "notFound");
      // The author must have seen the current version; otherwise their form shows stale values.
      if (version !== target.baseVersion) throw new FormError({}, "stale");
      baseVersion = target.baseVersion;
    }
    const errors = await checkReferences({
      tx,
      actor,
      entityType,
      proposal,
      entityId: target.kind === "UPDATE" ? target.entityId : null,
    });
    if (Object.keys(errors).length > 0) throw new FormError(errors);

    const created = await tx.changeRequest.create({
      data: {
        kind: target.kind,
        entityType,
        entityId: target.kind === "UPDATE" ? target.entityId : null,
        baseVersion,
        monumentId: concernedMonumentId(entityType, proposal, target),
        proposedData: proposal as Prisma.InputJsonValue,
        note: target.note,
        authorId: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "changeRequest.propose",
      entityType,
      entityId: target.kind === "UPDATE" ? target.entityId : null,
      version: baseVersion,
      details: { changeRequestId: created.id, kind: target.kind },
    });
    return created;
  });
}

const REVISABLE: ChangeRequestStatus[] = ["PENDING", "CHANGES_REQUESTED", "OUT_OF_DATE"];

/** Withdraws one of the actor's own pending proposals. */
export async function withdrawChangeRequest({
  actor,
  id,
  tx: client,
}: { actor: Actor; id: string } & WithTx): Promise<void> {
  assertCan(actor.role, "changeRequest:withdrawOwn");
  await inTransaction(client, async (tx) => {
    // ownership and state in the where: another author's or a decided proposal matches nothing
    const { count } = await tx.changeRequest.updateMany({
      where: { id, authorId: actor.id, status: { in: REVISABLE } },
      data: { status: "WITHDRAWN" },
    });
    if (count === 0) throw new FormError({}, "notEditable");
    await recordAudit(tx, { actorId: actor.id, action: "changeRequest.withdraw", details: { changeRequestId: id } });
  });
}

/**
 * Replaces the proposed data of one of the actor's own proposals that is still open (pending,
 * changes requested, out of date); it goes back to the queue as PENDING. An UPDATE is revised
 * against the record's current version, which the author's form must have shown (baseVersion).
 */
export async function reviseChangeRequest({
  actor,
  id,
  target: rawTarget,
  input,
  tx: client,
}: {
  actor: Actor;
  id: string;
  target: unknown;
  input: unknown;
} & WithTx): Promise<void> {
  assertCan(actor.role, "changeRequest:reviseOwn");
  const target = parseTarget(rawTarget);
  await inTransaction(client, async (tx) => {
    const existing = await tx.changeRequest.findFirst({
      where: { id, authorId: actor.id, status: { in: REVISABLE } },
      select: { id: true, kind: true, entityType: true, entityId: true },
    });
    if (!existing || !isProposableEntity(existing.entityType)) throw new FormError({}, "notEditable");
    if (existing.kind !== target.kind || (target.kind === "UPDATE" && target.entityId !== existing.entityId)) {
      throw new FormError({}, "invalid");
    }
    const entityType = existing.entityType;
    for (const permission of permissionsFor(entityType)) assertCan(actor.role, permission);
    const proposal = parseProposal(entityType, input);
    let baseVersion: number | null = null;
    if (target.kind === "UPDATE") {
      const version = await currentVersion(tx, entityType, target.entityId);
      if (version === null) throw new FormError({}, "notFound");
      if (version !== target.baseVersion) throw new FormError({}, "stale");
      baseVersion = version;
    }
    const errors = await checkReferences({
      tx,
      actor,
      entityType,
      proposal,
      entityId: existing.entityId,
      ownChangeRequestId: existing.id,
    });
    if (Object.keys(errors).length > 0) throw new FormError(errors);
    const { count } = await tx.changeRequest.updateMany({
      where: { id, authorId: actor.id, status: { in: REVISABLE } },
      data: {
        proposedData: proposal as Prisma.InputJsonValue,
        baseVersion,
        monumentId: concernedMonumentId(entityType, proposal, target),
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
      version: baseVersion,
      details: { changeRequestId: id },
    });
  });
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

function proposalTitle(entityType: EntityType, data: unknown): { en: string | null; ar: string | null } {
  const fields = ((data ?? {}) as { fields?: Record<string, unknown> }).fields ?? {};
  const s = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : null);
  switch (entityType) {
    case "MONUMENT":
      return { en: s("nameEn"), ar: s("nameAr") };
    case "RESTORATION_EFFORT":
      return { en: s("titleEn"), ar: s("titleAr") };
    case "SOURCE":
      return { en: s("title"), ar: s("titleAr") };
    case "DAMAGE_REPORT":
      return { en: s("descriptionEn"), ar: s("descriptionAr") };
    default:
      return { en: null, ar: null };
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
      title: proposalTitle(row.entityType, row.proposedData),
      monument: row.monument
        ? { slug: row.monument.slug, nameEn: row.monument.nameEn, nameAr: row.monument.nameAr }
        : null,
      note: row.note,
      // the reviewer's reason (rejected) or comment (changes requested)
      reviewReason: row.reviewReason,
      reviewedAt: row.reviewedAt,
      decisionUnseen: row.reviewedAt !== null && row.decisionSeenAt === null,
      canWithdraw: REVISABLE.includes(row.status),
      canRevise: REVISABLE.includes(row.status),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export type OwnSubmission = Awaited<ReturnType<typeof listOwnChangeRequests>>[number];

async function currentVersions(
  db: DbClient,
  rows: { entityType: EntityType; entityId: string | null }[],
): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  const idsOf = (type: EntityType) =>
    rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId as string);
  const select = { id: true, version: true } as const;
  const [monuments, reports, efforts, sources] = await Promise.all([
    db.monument.findMany({ where: { id: { in: idsOf("MONUMENT") } }, select }),
    db.damageReport.findMany({ where: { id: { in: idsOf("DAMAGE_REPORT") } }, select }),
    db.restorationEffort.findMany({ where: { id: { in: idsOf("RESTORATION_EFFORT") } }, select }),
    db.source.findMany({ where: { id: { in: idsOf("SOURCE") } }, select }),
  ]);
  for (const [type, list] of [
    ["MONUMENT", monuments],
    ["DAMAGE_REPORT", reports],
    ["RESTORATION_EFFORT", efforts],
    ["SOURCE", sources],
  ] as const) {
    for (const row of list) map.set(`${type}:${row.id}`, row.version);
  }
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
  return clientOf(tx).changeRequest.count({
    where: { authorId: actor.id, reviewedAt: { not: null }, decisionSeenAt: null },
  });
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
  return inTransaction(client, (tx) => currentVersion(tx, entityType, id));
}
