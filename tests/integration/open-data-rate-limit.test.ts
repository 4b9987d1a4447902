import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { contractChecker } from "../helpers/openapi-contract";

// The public API's per-client limit (API_RATE_LIMIT_PER_MINUTE, 5 here) holds under a burst of
// concurrent requests: the counter is one atomic upsert in PostgreSQL, so no request slips past
// it between a read and a write. Beyond it: 429, Retry-After, a problem document.
type Handler = (
  request: Request,
  context: { params: Promise<Record<string, unknown> | undefined> },
) => Promise<Response>;

let database: TestDatabase;
let list: Handler;
let contract: ReturnType<typeof contractChecker>;

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_URL = "http://catalogue.test";
  process.env.API_RATE_LIMIT_PER_MINUTE = "5";
  process.env.API_EXPORT_COST = "3";
  ({ GET: list } = (await import(/* @vite-ignore */ path.resolve("app/api/v1/monuments/route.ts"))) as {
    GET: Handler;
  });
  const { openApiDocument } = await import("../../lib/api/openapi");
  contract = contractChecker(openApiDocument("http://catalogue.test/api/v1"));
});
afterAll(async () => {
  await database?.drop();
});

const get = (handler: Handler, url: string) =>
  handler(new Request(`http://catalogue.test/api/v1${url}`), { params: Promise.resolve(undefined) });

describe("the API rate limit", () => {
  it("lets exactly the limit through a burst of 20 concurrent requests and answers the rest 429 with Retry-After", async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => get(list, "/monuments?limit=1")));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    for (const response of responses) {
      const body = (await contract.check("listMonuments", response)) as { status?: number; detail?: string };
      if (response.status !== 429) continue;
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(response.headers.get("ratelimit-remaining")).toBe("0");
      expect(body.status).toBe(429);
    }
    const rows = await database.prisma.apiRateLimit.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBe(20);
  });

  it("counts an export as API_EXPORT_COST requests", async () => {
    await database.prisma.apiRateLimit.deleteMany();
    const { GET: geojson } = (await import(
      /* @vite-ignore */ path.resolve("app/api/v1/exports/monuments.geojson/route.ts")
    )) as { GET: Handler };
    expect((await get(geojson, "/exports/monuments.geojson")).status).toBe(200);
    // 3 of 5 used: two plain requests still fit, a second export does not
    expect((await get(list, "/monuments?limit=1")).status).toBe(200);
    expect((await get(list, "/monuments?limit=1")).status).toBe(200);
    const refused = await get(geojson, "/exports/monuments.geojson");
    expect(refused.status).toBe(429);
    await contract.check("exportMonumentsGeoJson", refused);
  });
});
