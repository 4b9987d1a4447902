import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchParams } from "../../lib/search/params";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Issue 11: a facet value that names nothing is ignored instead of finding nothing, and the
// "unknown" condition finds what its count says.
type SearchModule = typeof import("../../lib/data/search");
let database: TestDatabase;
let searchMonuments: SearchModule["searchMonuments"];

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  process.env.DATABASE_URL = database.url;
  ({ searchMonuments } = await import("../../lib/data/search"));
});
afterAll(async () => {
  await database?.drop();
});

const total = async (params: Record<string, string | string[]>) =>
  (await searchMonuments({ state: parseSearchParams(params), locale: "en" })).total;

describe("facet values", () => {
  it("ignores a value that names nothing (condition=bogus gave 0 results)", async () => {
    const all = await total({});
    expect(all).toBeGreaterThan(10);
    for (const key of ["condition", "kind", "cause", "site"]) {
      expect({ key, total: await total({ [key]: "bogus" }) }).toEqual({ key, total: all });
    }
  });

  it("still filters by the known values among unknown ones", async () => {
    const destroyed = await total({ condition: "destroyed" });
    expect(destroyed).toBeGreaterThan(0);
    expect(await total({ condition: ["destroyed", "bogus"] })).toBe(destroyed);
  });

  it("finds as many for a condition as its facet counts, 'unknown' included", async () => {
    const { facets } = await searchMonuments({ state: parseSearchParams({}), locale: "en" });
    expect(facets.condition.length).toBeGreaterThan(2);
    for (const facet of facets.condition) {
      expect({ value: facet.value, total: await total({ condition: facet.value }) }).toEqual({
        value: facet.value,
        total: facet.count,
      });
    }
  });
});
