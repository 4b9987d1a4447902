import { readFile } from "node:fs/promises";
import prismaInternals from "@prisma/internals";
import { afterEach, describe, expect, it } from "vitest";
import { ENTITY_REGISTRY } from "@/lib/data/change-requests/registry";
import { SNAPSHOT_EXCLUDED_FIELDS, snapshotRecord } from "@/lib/data/snapshots";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { seedRevisions } from "../../prisma/seed/revisions";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createDamageReport, createMonument } from "../factories";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});
async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase({ from: "seeded" });
  cleanups.push(db.drop);
  return db;
}

describe("record snapshots", () => {
  it("know every DateTime column of every editable model (checked against schema.prisma)", async () => {
    const dmmf = await prismaInternals.getDMMF({ datamodel: await readFile("prisma/schema.prisma", "utf8") });
    for (const [entityType, model] of Object.entries(ENTITY_REGISTRY)) {
      const prismaModel = dmmf.datamodel.models.find((m) => m.name.toLowerCase() === model.delegate.toLowerCase());
      expect(prismaModel, entityType).toBeDefined();
      const dates = prismaModel!.fields
        .filter((f) => f.type === "DateTime" && !(SNAPSHOT_EXCLUDED_FIELDS as readonly string[]).includes(f.name))
        .map((f) => f.name)
        .sort();
      expect([...model.dateFields].sort(), entityType).toEqual(dates);
    }
  });

  it("hold own columns except id/version/timestamps, dates as ISO strings, and the citations", async () => {
    const { prisma } = await database();
    const monument = await createMonument(prisma);
    const report = await createDamageReport(prisma, { monumentId: monument.id });
    const snapshot = await prisma.$transaction((tx) => snapshotRecord(tx, "DAMAGE_REPORT", report.id));
    expect(snapshot).not.toBeNull();
    expect(Object.keys(snapshot!.fields)).not.toContain("id");
    expect(Object.keys(snapshot!.fields)).not.toContain("version");
    expect(Object.keys(snapshot!.fields)).not.toContain("updatedAt");
    expect(snapshot!.fields.occurredOn).toBe("2015-08-30T00:00:00.000Z");
    expect(snapshot!.fields.monumentId).toBe(monument.id);
    expect(snapshot!.fields.deletedAt).toBeNull();
    expect(snapshot!.citations).toHaveLength(1);
    expect(snapshot!.citations[0]).toMatchObject({ claimEn: "Test claim.", locator: null });
    expect(await prisma.$transaction((tx) => snapshotRecord(tx, "MONUMENT", "no-such-id"))).toBeNull();
  });
});

describe("the seeded revisions", () => {
  it("give every seeded editable record its revision 1, equal to a fresh snapshot", async () => {
    const { prisma } = await database();
    for (const entityType of Object.keys(ENTITY_REGISTRY) as EntityType[]) {
      const delegate = (prisma as unknown as Record<string, { findMany: (a: unknown) => Promise<{ id: string }[]> }>)[
        ENTITY_REGISTRY[entityType].delegate
      ]!;
      const rows = await delegate.findMany({ select: { id: true } });
      const revisions = await prisma.revision.findMany({ where: { entityType, version: 1 } });
      expect(revisions.map((r) => r.entityId).sort(), entityType).toEqual(rows.map((r) => r.id).sort());
    }
    const bel = await prisma.revision.findFirstOrThrow({
      where: { entityType: "MONUMENT", entityId: "mon-temple-of-bel" },
    });
    const fresh = await prisma.$transaction((tx) => snapshotRecord(tx, "MONUMENT", "mon-temple-of-bel"));
    expect(bel.data).toEqual(fresh);
    expect((bel.data as { citations: unknown[] }).citations.length).toBeGreaterThan(0);
  });

  it("are written once: a second run writes nothing, and a record without any gets one", async () => {
    const { prisma } = await database();
    const before = await prisma.revision.count();
    expect(before).toBeGreaterThan(50);
    expect(await prisma.$transaction((tx) => seedRevisions(tx))).toBe(0);
    const monument = await createMonument(prisma);
    expect(await prisma.$transaction((tx) => seedRevisions(tx))).toBeGreaterThanOrEqual(2); // site + monument
    expect(await prisma.revision.count({ where: { entityId: monument.id, version: 1 } })).toBe(1);
  });
});
