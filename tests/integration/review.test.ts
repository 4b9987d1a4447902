import { afterEach, describe, expect, it } from "vitest";
import { PermissionError } from "@/lib/auth/permissions";
import { approveChangeRequest, decideChangeRequest } from "@/lib/data/change-requests/decide";
import { getChangeRequestForReview, listPendingChangeRequests } from "@/lib/data/change-requests/queue";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "../helpers/database";
import { createMonument, createSource, createUser } from "../factories";
import { createMonumentChangeRequest } from "../factories/change-requests";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});
async function setup() {
  const db = await createTestDatabase({ from: "seeded" });
  cleanups.push(db.drop);
  const prisma = db.prisma;
  const [admin, author, otherAdmin] = await Promise.all([
    createUser(prisma, { role: "ADMIN" }),
    createUser(prisma, { role: "CONTRIBUTOR" }),
    createUser(prisma, { role: "ADMIN" }),
  ]);
  return { prisma, admin, author, otherAdmin };
}

const as = (user: { id: string; role: string }) => ({ id: user.id, role: user.role });

/** Every row that approval may touch, to prove "nothing changed". */
async function state(prisma: PrismaClient, monumentId: string) {
  return {
    monument: await prisma.monument.findUniqueOrThrow({ where: { id: monumentId } }),
    citations: await prisma.citation.findMany({ where: { monumentId }, orderBy: { id: "asc" } }),
    revisions: await prisma.revision.count(),
    sources: await prisma.source.count(),
    requests: await prisma.changeRequest.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("approving a change request", () => {
  it("applies it, bumps the version, writes the revision and the audit entry in one go", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const source = await createSource(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "Temple of Test, as surveyed", summaryAr: "ملخص جديد" },
      extra: { citations: [{ sourceId: source.id, locator: "p. 4", claim: "The name as surveyed." }] },
    });

    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id });
    expect(result).toMatchObject({ outcome: "APPROVED", entityId: monument.id, version: 2, selfApproved: false });

    const after = await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } });
    expect(after.nameEn).toBe("Temple of Test, as surveyed");
    expect(after.summaryAr).toBe("ملخص جديد");
    expect(after.version).toBe(2);
    const citations = await prisma.citation.findMany({ where: { monumentId: monument.id } });
    expect(citations.map((c) => [c.sourceId, c.locator, c.claimEn])).toEqual([
      [source.id, "p. 4", "The name as surveyed."],
    ]);

    const revisions = await prisma.revision.findMany({ where: { entityId: monument.id }, orderBy: { version: "asc" } });
    // version 1 recorded before the change (the factory's monument had none), version 2 after it
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(revisions[1]!.changeRequestId).toBe(request.id);
    expect((revisions[1]!.data as { fields: { nameEn: string } }).fields.nameEn).toBe("Temple of Test, as surveyed");
    expect((revisions[0]!.data as { fields: { nameEn: string } }).fields.nameEn).toBe(monument.nameEn);

    const decided = await prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided).toMatchObject({ status: "APPROVED", reviewerId: admin.id });
    expect(decided.reviewedAt).toBeInstanceOf(Date);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "changeRequest.approve" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "MONUMENT", entityId: monument.id, version: 2 });
  });

  it("50 parallel approvals against the same version: exactly one applies, 49 become out of date, none lost", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const requests = [];
    for (let i = 0; i < 50; i++) {
      requests.push(
        await createMonumentChangeRequest(prisma, {
          authorId: author.id,
          monumentId: monument.id,
          change: { periodEn: `Proposal ${i}` },
        }),
      );
    }
    const results = await Promise.all(
      requests.map((r) => approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: r.id })),
    );
    expect(results.filter((r) => r.outcome === "APPROVED")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "OUT_OF_DATE")).toHaveLength(49);

    const after = await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } });
    expect(after.version).toBe(2);
    const rows = await prisma.changeRequest.findMany({ where: { id: { in: requests.map((r) => r.id) } } });
    expect(rows).toHaveLength(50);
    const approved = rows.filter((r) => r.status === "APPROVED");
    expect(approved).toHaveLength(1);
    expect(rows.filter((r) => r.status === "OUT_OF_DATE")).toHaveLength(49);
    // the one applied is the one marked approved, and its revision is version 2
    const index = requests.findIndex((r) => r.id === approved[0]!.id);
    expect(after.periodEn).toBe(`Proposal ${index}`);
    const revision = await prisma.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "MONUMENT", entityId: monument.id, version: 2 } },
    });
    expect(revision.changeRequestId).toBe(approved[0]!.id);
    expect(await prisma.revision.count({ where: { entityId: monument.id } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "changeRequest.outOfDate" } })).toBe(49);
  });

  it("leaves nothing applied when it fails half-way (a fault injected on the revision insert)", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const source = await createSource(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "Should never be seen" },
      extra: {
        citations: [{ sourceId: "new-1", locator: "p. 1" }],
        newSources: [
          {
            tempId: "new-1",
            title: "A new report",
            kindCode: source.kindCode,
            reliabilityCode: source.reliabilityCode,
          },
        ],
      },
    });
    const auditBefore = await prisma.auditLog.count();
    const before = await state(prisma, monument.id);
    // The fault: the revision of the approved monument (written after the record, its citations and
    // the new source) is refused by the database.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION fail_revision() RETURNS trigger AS $$
      BEGIN
        IF NEW."entityType" = 'MONUMENT' AND NEW.version > 1 THEN RAISE EXCEPTION 'injected fault'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER fail_revision BEFORE INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION fail_revision()`,
    );

    await expect(approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id })).rejects.toThrow(
      /injected fault/,
    );
    expect(await state(prisma, monument.id)).toEqual(before);
    expect(await prisma.auditLog.count()).toBe(auditBefore);
  });

  it("refuses a contributor, changing nothing and recording the refusal", async () => {
    const { prisma, author } = await setup();
    const other = await createUser(prisma, { role: "CONTRIBUTOR" });
    const monument = await createMonument(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "No" },
    });
    const before = await state(prisma, monument.id);
    await expect(
      approveChangeRequest({ tx: prisma, actor: as(other), changeRequestId: request.id }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      decideChangeRequest({
        tx: prisma,
        actor: as(other),
        changeRequestId: request.id,
        decision: "reject",
        reason: "no",
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(approveChangeRequest({ tx: prisma, actor: null, changeRequestId: request.id })).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect(await state(prisma, monument.id)).toEqual(before);
    const refusals = await prisma.auditLog.findMany({ where: { action: "action.refused" }, orderBy: { id: "asc" } });
    expect(refusals.map((r) => [r.actorId, (r.details as { attempted: string }).attempted])).toEqual([
      [other.id, "changeRequest.approve"],
      [other.id, "changeRequest.reject"],
      [null, "changeRequest.approve"],
    ]);
  });

  it("refuses a decision on a proposal already decided, changing nothing", async () => {
    const { prisma, admin, author, otherAdmin } = await setup();
    const monument = await createMonument(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "Late" },
    });
    await decideChangeRequest({
      tx: prisma,
      actor: as(admin),
      changeRequestId: request.id,
      decision: "reject",
      reason: "Unsourced.",
    });
    const before = await state(prisma, monument.id);
    await expect(
      approveChangeRequest({ tx: prisma, actor: as(otherAdmin), changeRequestId: request.id }),
    ).rejects.toMatchObject({
      code: "ALREADY_DECIDED",
    });
    await expect(
      decideChangeRequest({
        tx: prisma,
        actor: as(otherAdmin),
        changeRequestId: request.id,
        decision: "requestChanges",
        reason: "x",
      }),
    ).rejects.toMatchObject({ code: "ALREADY_DECIDED" });
    expect(await state(prisma, monument.id)).toEqual(before);
    expect(await prisma.auditLog.count({ where: { action: "action.refused", actorId: otherAdmin.id } })).toBe(2);
  });

  it("refuses self-approval unless the setting allows it, and records a self-approval as such", async () => {
    const { prisma, admin } = await setup();
    const monument = await createMonument(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: admin.id,
      monumentId: monument.id,
      change: { nameEn: "Mine" },
    });
    await expect(
      approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id }),
    ).rejects.toMatchObject({
      code: "SELF_APPROVAL",
    });
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } })).version).toBe(1);
    const result = await approveChangeRequest({
      tx: prisma,
      actor: as(admin),
      changeRequestId: request.id,
      allowSelfApproval: true,
    });
    expect(result).toMatchObject({ outcome: "APPROVED", selfApproved: true });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "changeRequest.approve" } });
    expect(audit.details).toMatchObject({ selfApproved: true });
  });

  it("holds a proposal citing a source deleted since, or using a retired term, with the reasons, applying nothing", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const source = await createSource(prisma);
    const kind = await prisma.monumentKind.create({
      data: { code: `kiosk_${monument.id.toLowerCase()}`, labelEn: "Kiosk", labelAr: "كشك" },
    });
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { kindCode: kind.code, nameEn: "Held" },
      extra: { citations: [{ sourceId: source.id, locator: "p. 2" }] },
    });
    await prisma.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    await prisma.monumentKind.update({ where: { code: kind.code }, data: { retiredAt: new Date() } });
    const before = await state(prisma, monument.id);

    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id });
    expect(result.outcome).toBe("HELD");
    const problems = result.outcome === "HELD" ? result.problems : [];
    expect(problems.map((p) => [p.code, p.value])).toEqual(
      expect.arrayContaining([
        ["VALUE_RETIRED", kind.code],
        ["SOURCE_GONE", source.id],
      ]),
    );
    expect(await state(prisma, monument.id)).toEqual(before);

    const view = await getChangeRequestForReview({ tx: prisma, actor: as(admin), changeRequestId: request.id });
    expect(view!.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["VALUE_RETIRED", "SOURCE_GONE"]));
  });

  it("holds a proposal carrying a field the schema refuses (version, status)", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { version: 99, deletedAt: null },
    });
    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id });
    expect(result.outcome).toBe("HELD");
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } })).version).toBe(1);
  });
});

describe("conflicts", () => {
  it("marks a proposal made against an older version out of date instead of overwriting", async () => {
    const { prisma, admin, author, otherAdmin } = await setup();
    const monument = await createMonument(prisma);
    const first = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { periodEn: "Roman" },
    });
    const second = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "Second" },
    });
    await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: first.id });

    const view = await getChangeRequestForReview({ tx: prisma, actor: as(otherAdmin), changeRequestId: second.id });
    expect(view!.conflict).toBe(true);
    expect(view!.currentVersion).toBe(2);
    expect(view!.base!.fields.periodEn).toBeNull();
    expect(view!.current!.fields.periodEn).toBe("Roman");
    // the second proposal still carries the old period (its full field set), which the merge keeps current
    const period = view!.comparison.find((row) => row.field === "periodEn")!;
    expect(period).toMatchObject({
      base: null,
      current: "Roman",
      proposed: null,
      conflict: false,
      automatic: "current",
    });

    const result = await approveChangeRequest({ tx: prisma, actor: as(otherAdmin), changeRequestId: second.id });
    expect(result).toEqual({ outcome: "OUT_OF_DATE", currentVersion: 2 });
    const after = await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } });
    expect(after).toMatchObject({ version: 2, periodEn: "Roman", nameEn: monument.nameEn });
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("OUT_OF_DATE");
  });

  it("applies a reviewer's per-field resolution against the current version, and records it", async () => {
    const { prisma, admin, author, otherAdmin } = await setup();
    const monument = await createMonument(prisma);
    const first = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { periodEn: "Roman", nameEn: "Name from the first" },
    });
    const second = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "Name from the second", summaryEn: "A summary." },
    });
    await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: first.id });

    const view = await getChangeRequestForReview({ tx: prisma, actor: as(otherAdmin), changeRequestId: second.id });
    expect(view!.comparison.filter((row) => row.conflict).map((row) => row.field)).toEqual(["nameEn"]);

    // without a choice for the conflicting field: refused, nothing changes
    await expect(
      approveChangeRequest({
        tx: prisma,
        actor: as(otherAdmin),
        changeRequestId: second.id,
        resolution: { againstVersion: 2, choices: {} },
      }),
    ).rejects.toMatchObject({ code: "UNRESOLVED", fields: ["nameEn"] });
    // against a version that is no longer current: refused
    await expect(
      approveChangeRequest({
        tx: prisma,
        actor: as(otherAdmin),
        changeRequestId: second.id,
        resolution: { againstVersion: 1, choices: { nameEn: "proposed" } },
      }),
    ).rejects.toMatchObject({ code: "CHANGED_AGAIN" });

    const result = await approveChangeRequest({
      tx: prisma,
      actor: as(otherAdmin),
      changeRequestId: second.id,
      resolution: { againstVersion: 2, choices: { nameEn: "proposed" } },
    });
    expect(result).toMatchObject({ outcome: "APPROVED", version: 3 });
    const after = await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } });
    expect(after).toMatchObject({
      periodEn: "Roman",
      nameEn: "Name from the second",
      summaryEn: "A summary.",
      version: 3,
    });
    const decided = await prisma.changeRequest.findUniqueOrThrow({ where: { id: second.id } });
    expect(decided.resolution).toMatchObject({
      againstVersion: 2,
      choices: { nameEn: "proposed", periodEn: "current" },
    });
  });
});

describe("rejecting and sending back", () => {
  it("needs a reason, records it, and shows it to the author as an unseen decision", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "x" },
    });
    const sendBack = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      change: { nameEn: "y" },
    });

    await expect(
      decideChangeRequest({
        tx: prisma,
        actor: as(admin),
        changeRequestId: request.id,
        decision: "reject",
        reason: "   ",
      }),
    ).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");

    await decideChangeRequest({
      tx: prisma,
      actor: as(admin),
      changeRequestId: request.id,
      decision: "reject",
      reason: "No source says so.",
    });
    await decideChangeRequest({
      tx: prisma,
      actor: as(admin),
      changeRequestId: sendBack.id,
      decision: "requestChanges",
      reason: "Add the page number.",
    });
    expect((await listPendingChangeRequests({ tx: prisma, actor: as(admin) })).map((r) => r.id)).not.toContain(
      request.id,
    );

    // what My submissions and the header count read: the status, the reason, not yet seen
    const mine = await prisma.changeRequest.findMany({ where: { authorId: author.id }, orderBy: { createdAt: "asc" } });
    expect(mine.map((r) => [r.status, r.reviewReason, r.decisionSeenAt])).toEqual([
      ["REJECTED", "No source says so.", null],
      ["CHANGES_REQUESTED", "Add the page number.", null],
    ]);
    expect(
      await prisma.auditLog.count({
        where: { action: { in: ["changeRequest.reject", "changeRequest.requestChanges"] } },
      }),
    ).toBe(2);
  });

  it("lists the queue oldest first, filtered by kind, monument, author and age", async () => {
    const { prisma, admin, author } = await setup();
    const other = await createUser(prisma, { role: "CONTRIBUTOR" });
    const [m1, m2] = [await createMonument(prisma), await createMonument(prisma)];
    const a = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: m1.id,
      change: { nameEn: "a" },
    });
    const b = await createMonumentChangeRequest(prisma, {
      authorId: other.id,
      monumentId: m2.id,
      change: { nameEn: "b" },
    });
    const c = await createMonumentChangeRequest(prisma, { authorId: author.id, monumentId: m2.id, kind: "DELETE" });
    await prisma.changeRequest.update({
      where: { id: c.id },
      data: { createdAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    const ids = async (filters: object) =>
      (await listPendingChangeRequests({ tx: prisma, actor: as(admin), filters }))
        .map((r) => r.id)
        .filter((id) => [a.id, b.id, c.id].includes(id));
    expect(await ids({})).toEqual([c.id, a.id, b.id]);
    expect(await ids({ kind: "DELETE" })).toEqual([c.id]);
    expect(await ids({ monumentId: m2.id })).toEqual([c.id, b.id]);
    expect(await ids({ authorId: author.id })).toEqual([c.id, a.id]);
    expect(await ids({ minAgeDays: 7 })).toEqual([c.id]);
    await expect(listPendingChangeRequests({ tx: prisma, actor: as(author) })).rejects.toBeInstanceOf(PermissionError);
  });
});

describe("other kinds", () => {
  it("creates a damage report with a new source and its citation; deletes a monument softly", async () => {
    const { prisma, admin, author } = await setup();
    const monument = await createMonument(prisma);
    const source = await createSource(prisma);
    const create = await prisma.changeRequest.create({
      data: {
        kind: "CREATE",
        entityType: "DAMAGE_REPORT",
        monumentId: monument.id,
        authorId: author.id,
        proposedData: {
          fields: {
            monumentId: monument.id,
            occurredOn: "2015-08-23",
            occurredOnEnd: null,
            datePrecision: "DAY",
            causeCode: "deliberate_demolition",
            conditionAfterCode: "destroyed",
            certaintyCode: "confirmed",
            descriptionEn: "Blown up.",
          },
          citations: [
            { sourceId: "new-1", locator: "para. 3", claim: "It was blown up." },
            { sourceId: source.id, locator: "" },
          ],
          newSources: [
            {
              tempId: "new-1",
              title: "Field report",
              kindCode: source.kindCode,
              reliabilityCode: source.reliabilityCode,
            },
          ],
          mediaIds: [],
        },
      },
    });
    const causes = await prisma.damageCause.findMany({ select: { code: true } });
    if (!causes.some((c) => c.code === "deliberate_demolition")) {
      await prisma.changeRequest.update({
        where: { id: create.id },
        data: {
          proposedData: {
            ...(create.proposedData as object),
            fields: { ...(create.proposedData as { fields: object }).fields, causeCode: causes[0]!.code },
          },
        },
      });
    }
    const result = await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: create.id });
    expect(result).toMatchObject({ outcome: "APPROVED", entityType: "DAMAGE_REPORT", version: 1 });
    const id = result.outcome === "APPROVED" ? result.entityId : "";
    const report = await prisma.damageReport.findUniqueOrThrow({
      where: { id },
      include: { citations: { include: { source: true } } },
    });
    expect(report).toMatchObject({ recordedById: author.id, descriptionEn: "Blown up.", version: 1 });
    expect(report.occurredOn!.toISOString()).toBe("2015-08-23T00:00:00.000Z");
    expect(report.citations.map((c) => c.source.title).sort()).toEqual(["Field report", source.title].sort());
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: create.id } })).entityId).toBe(id);
    expect(await prisma.revision.count({ where: { entityId: id, version: 1 } })).toBe(1);

    const del = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: monument.id,
      kind: "DELETE",
    });
    expect(await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: del.id })).toMatchObject({
      outcome: "APPROVED",
      version: 2,
    });
    const deleted = await prisma.monument.findUniqueOrThrow({ where: { id: monument.id } });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(deleted.version).toBe(2);
  });
});
