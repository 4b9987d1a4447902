import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../lib/audit/log";
import { verifyAuditChain } from "../../lib/audit/verify";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ from: "migrated" });
  for (let i = 0; i < 5; i++)
    await recordAudit(database.prisma, { actorId: null, action: "test.entry", details: { i } });
});
afterAll(async () => {
  await database?.drop();
});

const ids = async () =>
  (await database.prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);

function runAuditVerify() {
  return spawnSync("npx", ["tsx", "scripts/audit-verify.ts"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("the audit log is append-only and tamper-evident", () => {
  it("refuses UPDATE and DELETE through the app's connection", async () => {
    const { prisma } = database;
    const [first] = await ids();
    await expect(prisma.$executeRaw`UPDATE "AuditLog" SET action = 'forged' WHERE id = ${first}`).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${first}`).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.update({ where: { id: first! }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    expect((await prisma.auditLog.findUniqueOrThrow({ where: { id: first! } })).action).toBe("test.entry");
    expect(await verifyAuditChain(database.url)).toEqual({ entries: 5, problem: null });
  });

  it("npm run audit:verify passes an intact chain and reports an entry altered after the guard was disabled", async () => {
    const { prisma } = database;
    const intact = runAuditVerify();
    expect(intact.stdout).toMatch(/OK: 5 entries/);
    expect(intact.status).toBe(0);

    const target = (await ids())[2]!;
    // as superuser, around the trigger
    await prisma.$transaction([
      prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`),
      prisma.$executeRaw`UPDATE "AuditLog" SET details = '{"i": 99}' WHERE id = ${target}`,
      prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only"`),
    ]);
    expect((await prisma.auditLog.findUniqueOrThrow({ where: { id: target } })).details).toEqual({ i: 99 });
    const tampered = runAuditVerify();
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain(`entry ${target} altered`);
  });

  it("reports an entry removed (the next entry's prevHash no longer links)", async () => {
    const scratch = await createTestDatabase({ from: "migrated" });
    try {
      for (let i = 0; i < 4; i++)
        await recordAudit(scratch.prisma, { actorId: null, action: "test.entry", details: { i } });
      const rows = await scratch.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
      await scratch.prisma.$transaction([
        scratch.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`),
        scratch.prisma.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${rows[1]!.id}`,
        scratch.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only"`),
      ]);
      const result = await verifyAuditChain(scratch.url);
      expect(result.problem).toMatchObject({ id: String(rows[2]!.id), kind: "inserted-or-removed-before" });
    } finally {
      await scratch.drop();
    }
  });
});
