import { afterEach, describe, expect, it } from "vitest";
import { approveChangeRequest } from "@/lib/data/change-requests/decide";
import { proposeChange, proposeChanges } from "@/lib/data/change-requests/propose";
import { listPendingChangeRequests } from "@/lib/data/change-requests/queue";
import { listOwnChangeRequests } from "@/lib/data/change-requests/submissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "../helpers/database";
import { createMonument, createSource, createUser } from "../factories";

// The change-request module as one pipeline: what is proposed is checked and applied by the
// registry's rules, in bulk as one by one, with one title wherever the proposal is listed.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup() {
  const db = await createTestDatabase({ from: "seeded" });
  cleanups.push(db.drop);
  const prisma = db.prisma;
  const [admin, author] = await Promise.all([
    createUser(prisma, { role: "ADMIN" }),
    createUser(prisma, { role: "CONTRIBUTOR" }),
  ]);
  return { prisma, admin, author };
}

const as = (user: { id: string; role: string }) => ({ id: user.id, role: user.role });

async function sourceProposal(prisma: PrismaClient, title: string, kindCode?: string) {
  const reliability = await prisma.sourceReliability.findFirstOrThrow({ orderBy: { rank: "asc" } });
  return {
    entityType: "SOURCE",
    target: { kind: "CREATE" },
    input: { fields: { title, kindCode: kindCode ?? "news_article", reliabilityCode: reliability.code } },
  };
}

async function damageReportInput(prisma: PrismaClient, monumentId: string, extra: Record<string, unknown> = {}) {
  const [cause, source] = await Promise.all([prisma.damageCause.findFirstOrThrow(), createSource(prisma)]);
  return {
    fields: {
      monumentId,
      occurredOn: "2015-08-30",
      datePrecision: "DAY",
      causeCode: cause.code,
      conditionAfterCode: "destroyed",
      certaintyCode: "confirmed",
      descriptionEn: "The north wall came down.",
    },
    citations: [{ sourceId: source.id, locator: "p. 1" }],
    ...extra,
  };
}

describe("the change-request pipeline", () => {
  it("applies a restoration's participants with it on approval", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const [technique, status, person, organisation, source] = await Promise.all([
      prisma.restorationTechnique.findFirstOrThrow(),
      prisma.restorationStatus.findFirstOrThrow(),
      prisma.person.findFirstOrThrow({ where: { deletedAt: null } }),
      prisma.organisation.findFirstOrThrow({ where: { deletedAt: null } }),
      createSource(prisma),
    ]);
    const { id } = await proposeChange({
      tx: prisma,
      actor: as(author),
      entityType: "RESTORATION_EFFORT",
      target: { kind: "CREATE" },
      input: {
        fields: {
          monumentId: monument.id,
          titleEn: "Reassembly of the lintel",
          techniqueCode: technique.code,
          statusCode: status.code,
        },
        participants: [
          { personId: person.id, organisationId: "", roleEn: "Conservator" },
          { personId: "", organisationId: organisation.id, roleEn: "Laboratory" },
        ],
        citations: [{ sourceId: source.id, locator: "" }],
      },
    });
    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: id });
    expect(result.outcome).toBe("APPROVED");
    const effortId = result.outcome === "APPROVED" ? result.entityId : "";
    const participants = await prisma.restorationParticipant.findMany({
      where: { effortId },
      orderBy: { roleEn: "asc" },
      select: { personId: true, organisationId: true, roleEn: true },
    });
    expect(participants).toEqual([
      { personId: person.id, organisationId: null, roleEn: "Conservator" },
      { personId: null, organisationId: organisation.id, roleEn: "Laboratory" },
    ]);
    // and they are part of the revision, so a revert brings them back
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityId: effortId } });
    expect((revision.data as { participants: unknown[] }).participants).toHaveLength(2);
  });

  it("proposes many changes with their base versions and says what became of each one", async () => {
    const { prisma, author } = await setup();
    const [current, moved] = await Promise.all([createSource(prisma), createSource(prisma)]);
    // someone else's change was approved since the author saw `moved` at its version
    await prisma.source.update({ where: { id: moved.id }, data: { version: { increment: 1 } } });
    const update = async (source: { id: string; version: number }, title: string) => ({
      ...(await sourceProposal(prisma, title)),
      target: { kind: "UPDATE", entityId: source.id, baseVersion: source.version },
    });
    const before = await prisma.changeRequest.count();
    const { results, recorded } = await proposeChanges({
      tx: prisma,
      actor: as(author),
      proposals: [
        await sourceProposal(prisma, "First report"),
        await update(current, "Corrected title"),
        await update(moved, "A title over a stale version"),
        await sourceProposal(prisma, "Third report", "no_such_kind"),
      ],
    });
    expect(recorded).toBe(2);
    expect(results.map((r) => (r.ok ? "ok" : [r.formError, r.fieldErrors]))).toEqual([
      "ok",
      "ok",
      ["stale", {}],
      [null, { "fields.kindCode": ["unknownCode"] }],
    ]);
    const ids = results.flatMap((r) => (r.ok ? [r.id] : []));
    const rows = await prisma.changeRequest.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.kind, r.entityId, r.baseVersion, r.authorId])).toEqual([
      ["PENDING", "CREATE", null, null, author.id],
      ["PENDING", "UPDATE", current.id, current.version, author.id],
    ]);
    expect(await prisma.changeRequest.count()).toBe(before + 2);
    expect(await prisma.auditLog.count({ where: { action: "changeRequest.propose", actorId: author.id } })).toBe(2);
  });

  it("records all or none when asked: one refusal leaves no proposal, and the others say notRecorded", async () => {
    const { prisma, author } = await setup();
    const before = await prisma.changeRequest.count();
    const refused = await proposeChanges({
      tx: prisma,
      actor: as(author),
      allOrNone: true,
      proposals: [
        await sourceProposal(prisma, "First report"),
        await sourceProposal(prisma, "Second report", "no_such_kind"),
      ],
    });
    expect(refused.recorded).toBe(0);
    expect(refused.results).toEqual([
      { ok: false, fieldErrors: {}, formError: "notRecorded" },
      { ok: false, fieldErrors: { "fields.kindCode": ["unknownCode"] }, formError: null },
    ]);
    expect(await prisma.changeRequest.count()).toBe(before);
    expect(await prisma.auditLog.count({ where: { action: "changeRequest.propose", actorId: author.id } })).toBe(0);

    const accepted = await proposeChanges({
      tx: prisma,
      actor: as(author),
      allOrNone: true,
      proposals: [await sourceProposal(prisma, "First report"), await sourceProposal(prisma, "Second report")],
    });
    expect(accepted.recorded).toBe(2);
    expect(accepted.results.every((r) => r.ok)).toBe(true);
    expect(await prisma.changeRequest.count()).toBe(before + 2);
  });

  it("joins the caller's transaction: a rollback there leaves no proposal behind", async () => {
    const { prisma, author } = await setup();
    const before = await prisma.changeRequest.count();
    const proposal = await sourceProposal(prisma, "Imported report");
    await expect(
      prisma.$transaction(async (tx) => {
        await proposeChanges({ tx, actor: as(author), proposals: [proposal] });
        expect(await tx.changeRequest.count()).toBe(before + 1);
        throw new Error("the import failed further on");
      }),
    ).rejects.toThrow("the import failed further on");
    expect(await prisma.changeRequest.count()).toBe(before);
  });

  it("checks a photo at approval as when it was proposed: one attached to another record since is held", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const photo = await prisma.media.create({
      data: {
        storageKey: `test-${monument.id}.jpg`,
        mimeType: "image/jpeg",
        width: 10,
        height: 10,
        byteSize: 100,
        credit: "Test",
        licence: "CC BY 4.0",
        uploadedById: author.id,
      },
    });
    const { id } = await proposeChange({
      tx: prisma,
      actor: as(author),
      entityType: "DAMAGE_REPORT",
      target: { kind: "CREATE" },
      input: await damageReportInput(prisma, monument.id, { mediaIds: [photo.id] }),
    });
    const other = await createMonument(prisma);
    await prisma.media.update({ where: { id: photo.id }, data: { monumentId: other.id } });

    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: id });
    expect(result.outcome).toBe("HELD");
    expect(result.outcome === "HELD" ? result.problems.map((p) => [p.code, p.value]) : []).toEqual([
      ["MEDIA_GONE", photo.id],
    ]);
    expect((await prisma.media.findUniqueOrThrow({ where: { id: photo.id } })).monumentId).toBe(other.id);
    expect(await prisma.damageReport.count({ where: { monumentId: monument.id } })).toBe(0);
  });

  it("titles a proposal the same in the review queue and in My submissions", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const { id } = await proposeChange({
      tx: prisma,
      actor: as(author),
      entityType: "DAMAGE_REPORT",
      target: { kind: "CREATE" },
      input: await damageReportInput(prisma, monument.id),
    });
    const queued = (await listPendingChangeRequests({ tx: prisma, actor: as(admin) })).find((r) => r.id === id);
    const mine = (await listOwnChangeRequests({ tx: prisma, actor: as(author) })).find((r) => r.id === id);
    expect(queued?.title).toEqual({ en: "The north wall came down.", ar: null });
    expect(mine?.title).toEqual(queued?.title);
  });
});
