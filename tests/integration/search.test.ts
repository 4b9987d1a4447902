import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "../../lib/search/params";
import { createDamageReport, createMonument } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// The search function against the seeded Palmyra catalogue on a real PostgreSQL.
type SearchModule = typeof import("../../lib/data/search");
let database: TestDatabase;
let searchMonuments: SearchModule["searchMonuments"];

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  // lib/db reads DATABASE_URL when first imported
  process.env.DATABASE_URL = database.url;
  ({ searchMonuments } = await import("../../lib/data/search"));
});
afterAll(async () => {
  await database?.drop();
});

const search = (params: Record<string, string | string[]>, locale: "en" | "ar" = "en") =>
  searchMonuments({ state: parseSearchParams(params), locale });
const slugs = async (params: Record<string, string | string[]>) =>
  (await search(params)).items.map((item) => item.slug);

describe("search over the catalogue", () => {
  it.each([
    ["Baalshamin"],
    ["Baal Shamin"],
    ["baalshamen"],
    ["BAALSHAMIN"],
    ["Baal-Shamin"],
    ["معبد بعل شمين"],
    ["معبد بعلشمين"],
    ["مَعْبَد بَعْل شَمِين"],
  ])("finds the Temple of Baalshamin first for %s", async (q) => {
    const found = await slugs({ q });
    expect(found[0]).toMatch(/baalshamin/);
  });

  it("ignores Latin diacritics and normalises Arabic letter forms", async () => {
    expect((await slugs({ q: "Bâalshâmïn" }))[0]).toMatch(/baalshamin/);
    // alef with hamza written as bare alef, taa marbuta as haa
    expect(await slugs({ q: "اسد اللات" })).toContainEqual(expect.stringMatching(/lion/));
    expect(await slugs({ q: "قلعه تدمر" })).toContainEqual(expect.stringMatching(/castle/));
  });

  it("searches descriptions and damage reports, not only names", async () => {
    const found = await slugs({ q: "magnets" });
    expect(found.some((slug) => slug.includes("bust"))).toBe(true);
  });

  // What hostile or odd input must find: punctuation is ignored, operators and wildcards are plain
  // characters (so they match nothing), input that normalises to nothing is no query at all.
  it("ignores quotes around a name: finds the Temple of Bel as for Bel", async () => {
    const found = await slugs({ q: `"'Bel` });
    expect(found).toEqual(await slugs({ q: "Bel" }));
    expect(found.slice(0, 2).sort()).toEqual(["temple-of-bel", "temple-of-bel-cella"]);
  });

  it.each([
    ["SQL", '\'; DROP TABLE "Monument"; --'],
    ["LIKE wildcards", "%_%\\"],
    ["tsquery syntax", "!(& | :* <->"],
    ["emoji", "🏛️🔥"],
    ["mixed scripts", "Bel بل 神殿"],
    ["10,000 characters", "a".repeat(10_000)],
  ])("finds nothing, and changes nothing, for %s", async (_, q) => {
    const monuments = await database.prisma.monument.count();
    expect(monuments).toBeGreaterThan(0);
    const result = await search({ q });
    expect(result.total).toBe(0);
    expect(result.items).toEqual([]);
    // the catalogue is still all there
    expect(await database.prisma.monument.count()).toBe(monuments);
  });

  it("treats lone diacritics as no query: the whole catalogue", async () => {
    const everything = await search({});
    const result = await search({ q: "\u064E\u064F\u0650" });
    expect(result.total).toBe(everything.total);
    expect(result.items.map((item) => item.slug)).toEqual(everything.items.map((item) => item.slug));
  });

  it("cuts an overlong query and says so", () => {
    const state = parseSearchParams({ q: "b".repeat(10_000) });
    expect(state.truncated).toBe(true);
    expect(state.q.length).toBe(200);
  });

  it("gives nothing for nonsense rather than everything", async () => {
    expect((await search({ q: "zzqxvw" })).total).toBe(0);
  });

  it("counts facets, and each facet's counts ignore its own filter", async () => {
    const all = await search({});
    expect(all.total).toBeGreaterThanOrEqual(16);
    const kinds = all.facets.kind;
    expect(kinds.reduce((sum, value) => sum + value.count, 0)).toBe(all.total);
    const temple = kinds.find((value) => value.value === "temple");
    expect(temple?.count).toBeGreaterThan(0);
    const filtered = await search({ kind: "temple" });
    expect(filtered.total).toBe(temple?.count);
    expect(filtered.items.every((item) => item.kind.code === "temple")).toBe(true);
    // the kind facet still offers the other kinds with their full counts
    expect(filtered.facets.kind.reduce((sum, value) => sum + value.count, 0)).toBe(all.total);
    const destroyed = filtered.facets.condition.find((value) => value.value === "destroyed");
    const both = await search({ kind: "temple", condition: "destroyed" });
    expect(both.total).toBe(destroyed?.count);
  });

  it("filters by restoration, cause, site and century", async () => {
    const restored = await search({ restored: "yes" });
    expect(restored.total).toBeGreaterThan(0);
    expect(restored.items.every((item) => item.hasRestoration)).toBe(true);
    const explosives = await search({ cause: "deliberate_destruction_explosives" });
    const all = await search({});
    const explosivesCount =
      all.facets.cause.find((value) => value.value === "deliberate_destruction_explosives")?.count ?? 0;
    expect(explosives.total).toBe(explosivesCount);
    const site = all.facets.site[0]!;
    expect((await search({ site: site.value })).total).toBe(site.count);
    const century = all.facets.century[0]!;
    expect((await search({ century: century.value })).total).toBe(century.count);
  });

  it("ignores malformed page numbers and facet values", async () => {
    const all = await search({});
    const malformed: Record<string, string>[] = [
      { page: "abc" },
      { page: "-3" },
      { page: "1e9" },
      { kind: "'; DROP" },
      { century: "x" },
      { restored: "maybe" },
    ];
    for (const params of malformed) {
      const result = await search(params);
      expect(result.total).toBe(all.total);
      expect(result.page).toBe(1);
    }
    // past the last page: the last page
    expect((await search({ page: "999" })).page).toBe(all.pageCount);
  });

  it("sorts by name and by latest damage", async () => {
    const byName = (await search({ sort: "name" })).items.map((item) => item.nameEn);
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byDamage = (await search({ sort: "damage" })).items.map((item) => item.latestDamageOn);
    const dated = byDamage.filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it("follows changes to the published tables: a new report, a soft delete", async () => {
    const { prisma } = database;
    const monument = await createMonument(prisma);
    expect((await search({ q: monument.slug })).items.map((item) => item.slug)).toContain(monument.slug);
    const before = (await search({ q: monument.slug })).items.find((item) => item.slug === monument.slug);
    expect(before?.condition).toBeNull();
    await createDamageReport(prisma, { monumentId: monument.id });
    const after = (await search({ q: monument.slug })).items.find((item) => item.slug === monument.slug);
    expect(after?.condition?.code).toBe("destroyed");
    await prisma.monument.update({ where: { id: monument.id }, data: { deletedAt: new Date() } });
    expect((await search({ q: monument.slug })).items.map((item) => item.slug)).not.toContain(monument.slug);
  });
});
