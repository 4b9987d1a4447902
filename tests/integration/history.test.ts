import { afterEach, describe, expect, it } from "vitest";
import { PermissionError } from "@/lib/auth/permissions";
import { approveChangeRequest } from "@/lib/data/change-requests/decide";
import {
  deleteRecord,
  getRevisionDiff,
  listDeletedRecords,
  listPublicChanges,
  listRecordHistory,
  restoreRecord,
  revertRecord,
} from "@/lib/data/revisions";
import { snapshotRecord, type RecordSnapshot } from "@/lib/data/snapshots";
import { createTestDatabase } from "../helpers/database";
import { createSource, createUser } from "../factories";
import { createMonumentChangeRequest } from "../factories/change-requests";

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
const BEL = "mon-temple-of-bel";

describe("a record's history", () => {
  it("reverting a monument to an older revision restores exactly that revision's fields and citations", async () => {
    const { prisma, admin, author } = await setup();
    const source = await createSource(prisma);
    const first = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: BEL,
      change: { nameEn: "Temple of Bel (Bēl)", summaryEn: "Changed once.", latitude: 34.5, longitude: 38.2 },
    });
    await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: first.id });
    const second = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: BEL,
      change: { periodAr: "روماني", altNames: ["Bel", "Baal"] },
      extra: { citations: [{ sourceId: source.id, locator: "p. 9" }] },
    });
    await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: second.id });
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: BEL } })).version).toBe(3);

    const history = await listRecordHistory({ tx: prisma, actor: as(admin), entityType: "MONUMENT", entityId: BEL });
    expect(history!.revisions.map((r) => r.version)).toEqual([1, 2, 3]);

    const diff = await getRevisionDiff({
      tx: prisma,
      actor: as(admin),
      entityType: "MONUMENT",
      entityId: BEL,
      from: 1,
      to: 3,
    });
    expect(
      diff!.diff.fields
        .filter((f) => f.changed)
        .map((f) => f.field)
        .sort(),
    ).toEqual(["altNames", "latitude", "longitude", "nameEn", "periodAr", "summaryEn"]);
    expect(diff!.diff.citationsAdded.map((c) => c.sourceId)).toEqual([source.id]);
    expect(diff!.diff.citationsRemoved.length).toBeGreaterThan(0);

    const result = await revertRecord({
      tx: prisma,
      actor: as(admin),
      entityType: "MONUMENT",
      entityId: BEL,
      toVersion: 1,
      expectedVersion: 3,
    });
    expect(result.version).toBe(4);
    expect(result.touched.monumentIds).toContain(BEL);

    const revision1 = await prisma.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "MONUMENT", entityId: BEL, version: 1 } },
    });
    const now = (await prisma.$transaction((tx) => snapshotRecord(tx, "MONUMENT", BEL)))!;
    expect(now).toEqual(revision1.data as unknown as RecordSnapshot);
    const revision4 = await prisma.revision.findUniqueOrThrow({
      where: { entityType_entityId_version: { entityType: "MONUMENT", entityId: BEL, version: 4 } },
    });
    expect(revision4.data).toEqual(revision1.data);
    expect(revision4.summary).toBe("Reverted to revision 1");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "record.revert" } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      entityId: BEL,
      version: 4,
      details: { fromVersion: 3, toVersion: 1 },
    });

    // a stale version is refused, nothing changes
    await expect(
      revertRecord({
        tx: prisma,
        actor: as(admin),
        entityType: "MONUMENT",
        entityId: BEL,
        toVersion: 2,
        expectedVersion: 3,
      }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: BEL } })).version).toBe(4);
  });

  it("deletes softly with a revision and an audit entry, and the deletion can be undone", async () => {
    const { prisma, admin } = await setup();
    const deleted = await deleteRecord({
      tx: prisma,
      actor: as(admin),
      entityType: "MONUMENT",
      entityId: BEL,
      expectedVersion: 1,
      reason: "Duplicate",
    });
    expect(deleted.version).toBe(2);
    const row = await prisma.monument.findUniqueOrThrow({ where: { id: BEL } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect((await listDeletedRecords({ tx: prisma, actor: as(admin) })).map((r) => r.entityId)).toContain(BEL);
    await expect(
      deleteRecord({ tx: prisma, actor: as(admin), entityType: "MONUMENT", entityId: BEL, expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: "ALREADY_DELETED" });

    const restored = await restoreRecord({
      tx: prisma,
      actor: as(admin),
      entityType: "MONUMENT",
      entityId: BEL,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: BEL } })).deletedAt).toBeNull();
    expect((await listDeletedRecords({ tx: prisma, actor: as(admin) })).map((r) => r.entityId)).not.toContain(BEL);
    const actions = (await prisma.auditLog.findMany({ where: { entityId: BEL }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["record.delete", "record.restore"]);
    const summaries = (await prisma.revision.findMany({ where: { entityId: BEL }, orderBy: { version: "asc" } })).map(
      (r) => r.summary,
    );
    expect(summaries.slice(1)).toEqual(["Deleted", "Deletion undone"]);
  });

  it("refuses a contributor (recorded), changing nothing", async () => {
    const { prisma, author } = await setup();
    await expect(
      revertRecord({
        tx: prisma,
        actor: as(author),
        entityType: "MONUMENT",
        entityId: BEL,
        toVersion: 1,
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      deleteRecord({ tx: prisma, actor: as(author), entityType: "MONUMENT", entityId: BEL, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      listRecordHistory({ tx: prisma, actor: as(author), entityType: "MONUMENT", entityId: BEL }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect((await prisma.monument.findUniqueOrThrow({ where: { id: BEL } })).version).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "action.refused", actorId: author.id } })).toBe(2);
  });

  it("lists approved changes for the public feed without people", async () => {
    const { prisma, admin, author } = await setup();
    const request = await createMonumentChangeRequest(prisma, {
      authorId: author.id,
      monumentId: BEL,
      change: { summaryEn: "Feed me." },
    });
    await approveChangeRequest({ tx: prisma, actor: as(admin), changeRequestId: request.id });
    const changes = await listPublicChanges({ tx: prisma });
    expect(changes[0]).toMatchObject({
      entityType: "MONUMENT",
      entityId: BEL,
      version: 2,
      monument: { slug: "temple-of-bel" },
    });
    expect(JSON.stringify(changes)).not.toContain(author.email);
    expect(JSON.stringify(changes)).not.toContain(admin.email);
  });
});
