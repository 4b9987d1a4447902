import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntryHash, recordAudit } from "../../lib/audit/log";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ from: "migrated" });
});
afterAll(async () => {
  await database?.drop();
});

describe("the audit log writer", () => {
  it("chains 30 concurrent entries, each hash covering its content and the previous hash", async () => {
    const { prisma } = database;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        recordAudit(prisma, {
          actorId: null,
          action: "test.entry",
          details: { i, nested: { b: 1, a: [i] } },
          ip: "127.0.0.1",
        }),
      ),
    );
    const rows = await prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(30);
    let previous: string | null = null;
    for (const row of rows) {
      expect(row.prevHash).toBe(previous);
      expect(auditEntryHash(row)).toBe(row.hash);
      previous = row.hash;
    }
    expect(new Set(rows.map((row) => (row.details as { i: number }).i)).size).toBe(30);
  });

  it("writes inside the caller's transaction, so a rolled-back change leaves no entry", async () => {
    const { prisma } = database;
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: "test.rolledBack" });
        expect(await tx.auditLog.count({ where: { action: "test.rolledBack" } })).toBe(1);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.auditLog.count({ where: { action: "test.rolledBack" } })).toBe(0);
  });

  it("a changed field no longer matches its hash", async () => {
    const { prisma } = database;
    const { id } = await recordAudit(prisma, { actorId: null, action: "test.original" });
    const row = await prisma.auditLog.findUniqueOrThrow({ where: { id } });
    expect(auditEntryHash({ ...row, action: "test.forged" })).not.toBe(row.hash);
  });
});
