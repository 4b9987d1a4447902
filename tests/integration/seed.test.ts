import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/index";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});
async function database(from: "migrated" | "seeded"): Promise<TestDatabase> {
  const db = await createTestDatabase({ from });
  cleanups.push(db.drop);
  return db;
}

/** Every row of every catalogue table, so "changes nothing" is checked on content, not counts. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { table_name } of tables) {
      const { rows } = await client.query<{ digest: string | null; n: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::text AS n FROM "${table_name}" t`,
      );
      result[table_name] = `${rows[0]!.n}:${rows[0]!.digest ?? ""}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("the Palmyra seed", () => {
  it("loads the catalogue the foundation asks for", async () => {
    const { prisma } = await database("seeded");
    expect(await prisma.monument.count()).toBeGreaterThanOrEqual(15);
    expect(await prisma.damageReport.count()).toBeGreaterThanOrEqual(20);
    expect(await prisma.restorationEffort.count()).toBeGreaterThanOrEqual(4);
    expect(await prisma.source.count()).toBe(5);

    const site = await prisma.site.findUniqueOrThrow({ where: { slug: "palmyra" }, include: { controlPeriods: true } });
    const changes = site.controlPeriods.map((period) => period.startDate.toISOString().slice(0, 7));
    for (const month of ["2015-05", "2016-03", "2016-12", "2017-03"]) expect(changes).toContain(month);

    // Every monument is named in both languages, the Arabic in Arabic script.
    const monuments = await prisma.monument.findMany({ select: { slug: true, nameEn: true, nameAr: true } });
    for (const monument of monuments) {
      expect(monument.nameEn.length, monument.slug).toBeGreaterThan(2);
      expect(monument.nameAr, monument.slug).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("cites at least one source for every record", async () => {
    const { prisma } = await database("seeded");
    expect(await prisma.site.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await prisma.controlPeriod.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await prisma.monument.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await prisma.damageReport.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await prisma.restorationEffort.count({ where: { citations: { none: {} } } })).toBe(0);
  });

  it("records the Temple of Bel's destruction with the article it comes from", async () => {
    const { prisma } = await database("seeded");
    const bel = await prisma.monument.findFirstOrThrow({
      where: { nameEn: { startsWith: "Temple of Bel" } },
      include: { damageReports: { include: { citations: { include: { source: true } } } } },
    });
    const destruction = bel.damageReports.filter((report) => report.conditionAfterCode === "destroyed");
    expect(destruction.length).toBeGreaterThan(0);
    expect(destruction.flatMap((report) => report.citations.map((c) => c.source.outlet))).not.toHaveLength(0);
  });

  it("keeps both accounts of the Lion of Al-Lat, each with its own source", async () => {
    const { prisma } = await database("seeded");
    const lion = await prisma.monument.findFirstOrThrow({
      where: { nameEn: { contains: "Lion" } },
      include: { damageReports: { include: { citations: true } } },
    });
    const conditions = new Set(lion.damageReports.map((report) => report.conditionAfterCode));
    expect(conditions.size).toBeGreaterThanOrEqual(2);
    const sources = new Set(lion.damageReports.flatMap((report) => report.citations.map((c) => c.sourceId)));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  it("records the busts' restoration in Rome: 3-D printed parts held by magnets, fully reversible", async () => {
    const { prisma } = await database("seeded");
    const efforts = await prisma.restorationEffort.findMany({
      where: { techniqueCode: "3d_printed_replacement" },
      include: { participants: true },
    });
    expect(efforts.length).toBeGreaterThan(0);
    for (const effort of efforts) {
      expect(effort.reversibilityCode).toBe("fully_reversible");
      expect(effort.attachmentMethodEn ?? "").toMatch(/magnet/i);
      expect(effort.placeEn ?? "").toMatch(/Rome/);
      expect(effort.participants.length).toBeGreaterThan(0);
    }
  });

  it("changes nothing when run again, and loads once when two runs race", async () => {
    const { url } = await database("migrated");
    const [a, b] = await Promise.all([
      seedDatabase({ databaseUrl: url, production: false }),
      seedDatabase({ databaseUrl: url, production: false }),
    ]);
    expect([a.catalogueLoaded, b.catalogueLoaded].filter(Boolean)).toHaveLength(1);
    const before = await fingerprint(url);
    const again = await seedDatabase({ databaseUrl: url, production: false });
    expect(again).toEqual({ catalogueLoaded: false, demoAccounts: "present" });
    expect(await fingerprint(url)).toEqual(before);
  });

  it("creates demo accounts only outside production, and a production start disables them", async () => {
    const { url, prisma } = await database("migrated");
    await seedDatabase({ databaseUrl: url, production: true });
    expect(await prisma.user.count()).toBe(0);

    await seedDatabase({ databaseUrl: url, production: false });
    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    expect(await prisma.user.count({ where: { email: { in: emails }, disabledAt: null } })).toBe(DEMO_ACCOUNTS.length);

    const result = await seedDatabase({ databaseUrl: url, production: true });
    expect(result.demoAccounts).toBe("disabled");
    expect(await prisma.user.count({ where: { email: { in: emails }, disabledAt: null } })).toBe(0);
  });
});
