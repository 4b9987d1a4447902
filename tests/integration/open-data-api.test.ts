import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsonld from "jsonld";
import type { RemoteDocument } from "jsonld/jsonld-spec";
import sharp from "sharp";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDamageReport, createMonument } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { contractChecker } from "../helpers/openapi-contract";

// The public API, its exports and IIIF against the seeded catalogue on a real PostgreSQL: each
// route handler is called as Next calls it, and every response is checked against the OpenAPI
// document the app serves (tests/helpers/openapi-contract.ts).

const BASE = "http://catalogue.test";
type Handler = (
  request: Request,
  context: { params: Promise<Record<string, unknown> | undefined> },
) => Promise<Response>;
type Route = { GET: Handler; OPTIONS: () => Response };

let database: TestDatabase;
let dataDir: string;
let contract: ReturnType<typeof contractChecker>;
const routes: Record<string, Route> = {};

const ROUTE_FILES = {
  listMonuments: "monuments/route",
  getMonument: "monuments/[slug]/route",
  getMonumentLinkedArt: "monuments/[slug]/linked-art/route",
  getLinkedArtContext: "linked-art/context.json/route",
  listSites: "sites/route",
  getSite: "sites/[slug]/route",
  listDamageReports: "damage-reports/route",
  getDamageReport: "damage-reports/[id]/route",
  listRestorationEfforts: "restoration-efforts/route",
  getRestorationEffort: "restoration-efforts/[id]/route",
  listSources: "sources/route",
  getSource: "sources/[id]/route",
  listVocabularies: "vocabularies/route",
  getVocabulary: "vocabularies/[name]/route",
  exportMonumentsGeoJson: "exports/monuments.geojson/route",
  exportMonumentsCsv: "exports/monuments.csv/route",
  exportCatalogue: "exports/catalogue.ndjson/route",
  getIiifManifest: "iiif/monuments/[slug]/manifest/route",
  getIiifImageInfo: "iiif/image/[id]/info.json/route",
  iiifImageFile: "iiif/image/[id]/[...path]/route",
  openapi: "openapi.json/route",
} as const;
type RouteName = keyof typeof ROUTE_FILES;

function call(name: RouteName, url: string, params: Record<string, unknown> = {}, init?: RequestInit) {
  // as Next calls a handler: a route without dynamic segments gets no params object
  const context = Object.keys(params).length > 0 ? params : undefined;
  return routes[name]!.GET(new Request(`${BASE}/api/v1${url}`, init), { params: Promise.resolve(context) });
}

/** Calls an operation and checks the response against the OpenAPI document. */
async function checked<T = Record<string, unknown>>(
  name: Exclude<RouteName, "iiifImageFile" | "openapi">,
  url: string,
  params: Record<string, unknown> = {},
  init?: RequestInit,
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await call(name, url, params, init);
  const body = (await contract.check(name, response)) as T;
  return { status: response.status, body, headers: response.headers };
}

let photoId: string;
let pendingPhotoId: string;

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  dataDir = mkdtempSync(path.join(tmpdir(), "heritage-open-data-"));
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_URL = BASE;
  process.env.DATA_DIR = dataDir;
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  for (const [name, file] of Object.entries(ROUTE_FILES)) {
    routes[name] = (await import(/* @vite-ignore */ path.resolve("app/api/v1", `${file}.ts`))) as Route;
  }
  const document = await (await call("openapi", "/openapi.json")).json();
  contract = contractChecker(document);

  // a published photo of the Temple of Bel, and one still waiting for its proposal's approval
  const { getStorage } = await import("../../lib/storage");
  const { newStorageBase, storageKey } = await import("../../lib/storage/keys");
  const photo = async (monumentId: string | null) => {
    const bytes = await sharp({ create: { width: 1300, height: 900, channels: 3, background: "#b58a5a" } })
      .jpeg()
      .toBuffer();
    const key = storageKey(newStorageBase(), "jpg");
    await getStorage().put(key, bytes, "image/jpeg");
    return database.prisma.media.create({
      data: {
        storageKey: key,
        mimeType: "image/jpeg",
        width: 1300,
        height: 900,
        byteSize: bytes.length,
        captionEn: "The cella after the explosion",
        captionAr: "الحرم بعد التفجير",
        credit: "Test Photographer",
        licence: "CC BY-SA 4.0",
        monumentId,
      },
    });
  };
  photoId = (await photo("mon-temple-of-bel")).id;
  pendingPhotoId = (await photo(null)).id;
});

afterAll(async () => {
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("the read API", () => {
  it("pages through every monument with the cursor, each page in the contract, none repeated", async () => {
    const seen: string[] = [];
    let url: string | null = "/monuments?limit=7";
    let pages = 0;
    while (url) {
      const page: { body: { items: { slug: string }[]; links: { next: string | null } } } = await checked(
        "listMonuments",
        url,
      );
      seen.push(...page.body.items.map((item) => item.slug));
      url = page.body.links.next ? page.body.links.next.replace(`${BASE}/api/v1`, "") : null;
      pages += 1;
    }
    const total = await database.prisma.monument.count({ where: { deletedAt: null, site: { deletedAt: null } } });
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it("filters with the search facets and finds what the site's text search finds", async () => {
    const { body } = await checked<{ items: { slug: string; kind: { code: string } }[] }>(
      "listMonuments",
      "/monuments?q=baalshamen&limit=5",
    );
    expect(body.items[0]?.slug).toBe("temple-of-baalshamin");
    const temples = await checked<{ items: { kind: { code: string } }[] }>(
      "listMonuments",
      "/monuments?kind=temple&limit=100",
    );
    const count = await database.prisma.monument.count({ where: { kindCode: "temple", deletedAt: null } });
    expect(temples.body.items).toHaveLength(count);
    expect(temples.body.items.every((item) => item.kind.code === "temple")).toBe(true);
    const destroyed = await checked<{ items: { slug: string }[] }>(
      "listMonuments",
      "/monuments?condition=destroyed&cause=deliberate_destruction_explosives&limit=100",
    );
    expect(destroyed.body.items.map((item) => item.slug)).toContain("temple-of-bel");
  });

  it("never lists a deleted monument, nor one of a deleted site", async () => {
    const gone = await createMonument(database.prisma);
    await database.prisma.monument.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    const site = await database.prisma.site.findUniqueOrThrow({ where: { id: gone.siteId } });
    const list = await checked<{ items: { slug: string }[] }>(
      "listMonuments",
      `/monuments?site=${site.slug}&limit=100`,
    );
    expect(list.body.items).toEqual([]);
    const detail = await checked("getMonument", `/monuments/${gone.slug}`, { slug: gone.slug });
    expect(detail.status).toBe(404);
  });

  it("answers every detail endpoint within the contract, and 404 for what is not published", async () => {
    const monument = await checked<{ damageReports: { id: string }[]; restorationEfforts: { id: string }[] }>(
      "getMonument",
      "/monuments/temple-of-bel",
      { slug: "temple-of-bel" },
    );
    expect(monument.status).toBe(200);
    expect(monument.body.damageReports.map((r) => r.id)).toContain("dmg-bel-2015-2016");
    expect(
      (await checked("getDamageReport", "/damage-reports/dmg-bel-2015-2016", { id: "dmg-bel-2015-2016" })).status,
    ).toBe(200);
    const effort = await database.prisma.restorationEffort.findFirstOrThrow({ where: { deletedAt: null } });
    expect((await checked("getRestorationEffort", `/restoration-efforts/${effort.id}`, { id: effort.id })).status).toBe(
      200,
    );
    const source = await database.prisma.source.findFirstOrThrow({ where: { deletedAt: null } });
    expect((await checked("getSource", `/sources/${source.id}`, { id: source.id })).status).toBe(200);
    const site = await checked<{ controlPeriods: unknown[] }>("getSite", "/sites/palmyra", { slug: "palmyra" });
    expect(site.body.controlPeriods.length).toBeGreaterThan(3);
    for (const name of ["conditions", "damage-causes", "source-reliabilities"]) {
      const vocabulary = await checked<{ terms: { code: string; labelAr: string }[] }>(
        "getVocabulary",
        `/vocabularies/${name}`,
        {
          name,
        },
      );
      expect(vocabulary.body.terms.length).toBeGreaterThan(2);
      expect(vocabulary.body.terms.every((term) => /[\u0600-\u06FF]/.test(term.labelAr))).toBe(true);
    }
    const all = await checked<{ items: { name: string }[] }>("listVocabularies", "/vocabularies");
    expect(all.body.items).toHaveLength(9);

    for (const [name, url, params] of [
      ["getMonument", "/monuments/no-such-monument", { slug: "no-such-monument" }],
      ["getSite", "/sites/no-such-site", { slug: "no-such-site" }],
      ["getDamageReport", "/damage-reports/nope", { id: "nope" }],
      ["getRestorationEffort", "/restoration-efforts/nope", { id: "nope" }],
      ["getSource", "/sources/nope", { id: "nope" }],
      ["getMonumentLinkedArt", "/monuments/nope/linked-art", { slug: "nope" }],
      ["getIiifManifest", "/iiif/monuments/nope/manifest", { slug: "nope" }],
      ["getIiifImageInfo", `/iiif/image/${pendingPhotoId}/info.json`, { id: pendingPhotoId }],
    ] as const) {
      const response = await checked<{ status: number }>(name, url, params);
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("pages damage reports, restorations and sources by cursor with their filters", async () => {
    for (const [name, url] of [
      ["listDamageReports", "/damage-reports?limit=3"],
      ["listRestorationEfforts", "/restoration-efforts?limit=1"],
      ["listSources", "/sources?limit=2"],
      ["listSites", "/sites?limit=1"],
    ] as const) {
      const first = await checked<{ items: { id: string }[]; nextCursor: string | null }>(name, url);
      expect(first.body.nextCursor, url).not.toBeNull();
      const second = await checked<{ items: { id: string }[] }>(name, `${url}&cursor=${first.body.nextCursor}`);
      expect(second.body.items.length).toBeGreaterThan(0);
      expect(second.body.items.map((i) => i.id)).not.toContain(first.body.items[0]!.id);
    }
    const bel = await checked<{ items: { monument: { slug: string } }[] }>(
      "listDamageReports",
      "/damage-reports?monument=temple-of-bel&condition=destroyed",
    );
    expect(bel.body.items.length).toBeGreaterThan(0);
    expect(bel.body.items.every((item) => item.monument.slug === "temple-of-bel")).toBe(true);
  });

  it.each([
    ["listMonuments", "/monuments?limit=0", "limit"],
    ["listMonuments", "/monuments?limit=abc", "limit"],
    ["listMonuments", "/monuments?limit=101", "limit"],
    ["listMonuments", "/monuments?limit=2.5", "limit"],
    ["listMonuments", "/monuments?limit=1&limit=2", "limit"],
    ["listMonuments", "/monuments?cursor=not-a-cursor!", "cursor"],
    ["listMonuments", `/monuments?cursor=${Buffer.from('{"x":1}').toString("base64url")}`, "cursor"],
    ["listMonuments", "/monuments?kind=Temple%20OR%201=1", "kind"],
    ["listMonuments", "/monuments?restored=maybe", "restored"],
    ["listMonuments", "/monuments?century=abc", "century"],
    ["listMonuments", `/monuments?q=${"a".repeat(201)}`, "q"],
    ["listMonuments", "/monuments?sort=name", "sort"],
    ["listMonuments", "/monuments?q=bel&q=baal", "q"],
    ["listDamageReports", "/damage-reports?monument=Temple_of_Bel", "monument"],
    ["listSources", "/sources?reliability=%00", "reliability"],
    ["exportMonumentsGeoJson", "/exports/monuments.geojson?condition=%27%3B--", "condition"],
    ["exportMonumentsCsv", "/exports/monuments.csv?limit=10", "limit"],
    ["exportCatalogue", "/exports/catalogue.ndjson?everything=yes", "everything"],
  ] as const)("%s %s is a 400 problem naming %s", async (name, url, parameter) => {
    const { status, body } = await checked<{ invalidParams: { name: string }[] }>(name, url);
    expect(status).toBe(400);
    expect(body.invalidParams.map((p) => p.name)).toContain(parameter);
  });

  it.each([
    ["getMonument", { slug: "Temple of Bel" }, "slug"],
    ["getMonument", { slug: "../etc/passwd" }, "slug"],
    ["getDamageReport", { id: "x".repeat(65) }, "id"],
    ["getSource", { id: "a'b" }, "id"],
    ["getVocabulary", { name: "colours" }, "name"],
    ["getIiifImageInfo", { id: "../../x" }, "id"],
  ] as const)("%s with path %o is a 400 problem naming %s", async (name, params, parameter) => {
    const { status, body } = await checked<{ invalidParams: { name: string }[] }>(name, "/x", params);
    expect(status).toBe(400);
    expect(body.invalidParams.map((p) => p.name)).toContain(parameter);
  });

  it("answers If-None-Match with 304 while nothing changed, and 200 with a new ETag after a change", async () => {
    const first = await checked("getMonument", "/monuments/temple-of-bel", { slug: "temple-of-bel" });
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const again = await checked(
      "getMonument",
      "/monuments/temple-of-bel",
      { slug: "temple-of-bel" },
      {
        headers: { "If-None-Match": etag! },
      },
    );
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    await database.prisma.monument.update({ where: { slug: "temple-of-bel" }, data: { periodEn: "Roman (changed)" } });
    const changed = await checked(
      "getMonument",
      "/monuments/temple-of-bel",
      { slug: "temple-of-bel" },
      {
        headers: { "If-None-Match": etag! },
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("allows any origin to GET, and answers the preflight", async () => {
    const { headers } = await checked("listSites", "/sites", {}, { headers: { Origin: "https://elsewhere.example" } });
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("access-control-expose-headers")).toMatch(/ETag/);
    const preflight = routes.listSites!.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("exports", () => {
  it("writes GeoJSON (RFC 7946) of the filtered monuments, [longitude, latitude]", async () => {
    const { status, body, headers } = await checked<{
      features: { id: string; geometry: { coordinates: [number, number] } | null }[];
    }>("exportMonumentsGeoJson", "/exports/monuments.geojson?site=palmyra");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const count = await database.prisma.monument.count({ where: { site: { slug: "palmyra" }, deletedAt: null } });
    expect(body.features).toHaveLength(count);
    const bel = body.features.find((f) => f.id === "temple-of-bel")!;
    const row = await database.prisma.monument.findUniqueOrThrow({ where: { slug: "temple-of-bel" } });
    expect(bel.geometry?.coordinates).toEqual([row.longitude, row.latitude]);
  });

  it("writes CSV with a BOM, Arabic intact and formulas neutralised", async () => {
    const monument = await createMonument(database.prisma);
    await database.prisma.monument.update({
      where: { id: monument.id },
      data: { nameEn: '=HYPERLINK("http://evil.example","click")', summaryEn: "+1 lives", periodEn: "@SUM(A1)" },
    });
    const response = await call("exportMonumentsCsv", "/exports/monuments.csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="monuments.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text).toContain("معبد بل");
    const line = text.split("\r\n").find((l) => l.includes(monument.slug))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(line).toContain("'+1 lives");
    expect(line).toContain("'@SUM(A1)");
    expect(line).not.toMatch(/,=|,\+|,@/);
    // a negative number is a number, not a formula
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFid,slug,name_en,name_ar/);
  });

  it("dumps the whole catalogue as NDJSON, one record a line", async () => {
    const response = await call("exportCatalogue", "/exports/catalogue.ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string });
    const count = (type: string) => lines.filter((l) => l.type === type).length;
    expect(count("vocabulary")).toBe(9);
    expect(count("monument")).toBe(
      await database.prisma.monument.count({ where: { deletedAt: null, site: { deletedAt: null } } }),
    );
    expect(count("damageReport")).toBe(
      await database.prisma.damageReport.count({ where: { deletedAt: null, monument: { deletedAt: null } } }),
    );
    expect(count("source")).toBe(await database.prisma.source.count({ where: { deletedAt: null } }));
  });

  it("writes Linked Art of the Temple of Bel that expands offline and names its destruction, window and sources", async () => {
    const { body } = await checked<Record<string, unknown>>(
      "getMonumentLinkedArt",
      "/monuments/temple-of-bel/linked-art",
      {
        slug: "temple-of-bel",
      },
    );
    const contextUrl = `${BASE}/api/v1/linked-art/context.json`;
    expect(body["@context"]).toBe(contextUrl);
    const served = await checked<object>("getLinkedArtContext", "/linked-art/context.json");
    const fetched: string[] = [];
    // offline: the only document the processor may load is the context the app ships
    const documentLoader = async (url: string) => {
      fetched.push(url);
      if (url !== contextUrl) throw new Error(`offline: refused to load ${url}`);
      return { document: served.body, documentUrl: url, contextUrl: undefined } as unknown as RemoteDocument;
    };
    const expand = jsonld.expand as unknown as (
      input: unknown,
      options: { documentLoader: (url: string) => Promise<RemoteDocument> },
    ) => Promise<Record<string, unknown>[]>;
    const expanded = await expand(body, { documentLoader });
    expect(fetched).toEqual([contextUrl]);
    const crm = (term: string) => `http://www.cidoc-crm.org/cidoc-crm/${term}`;
    const object = expanded[0]!;
    expect(object["@type"]).toEqual([crm("E22_Human-Made_Object")]);
    const destruction = (object[crm("P13i_was_destroyed_by")] as Record<string, unknown>[])[0]!;
    expect(destruction["@type"]).toEqual([crm("E6_Destruction")]);
    expect(destruction["@id"]).toBe(`${BASE}/api/v1/damage-reports/dmg-bel-2015-2016`);
    const span = (destruction[crm("P4_has_time-span")] as Record<string, unknown>[])[0]!;
    const xsdDateTime = "http://www.w3.org/2001/XMLSchema#dateTime";
    expect(span[crm("P82a_begin_of_the_begin")]).toEqual([{ "@value": "2015-05-01T00:00:00Z", "@type": xsdDateTime }]);
    expect(span[crm("P82b_end_of_the_end")]).toEqual([{ "@value": "2016-03-27T23:59:59Z", "@type": xsdDateTime }]);
    const sources = (destruction[crm("P129i_is_subject_of")] as { "@id": string }[]).map((s) => s["@id"]);
    expect(sources).toEqual(
      expect.arrayContaining([
        `${BASE}/api/v1/sources/src-afp-2016-03-28`,
        `${BASE}/api/v1/sources/src-atlas-times-2016-03`,
      ]),
    );
  });
});

describe("IIIF", () => {
  it("writes a Presentation 3 manifest of the published photos that type-checks, and serves every image it names", async () => {
    const { body: manifest } = await checked<Record<string, unknown>>(
      "getIiifManifest",
      "/iiif/monuments/temple-of-bel/manifest",
      {
        slug: "temple-of-bel",
      },
    );
    const text = JSON.stringify(manifest);
    expect(text).toContain(photoId);
    expect(text).not.toContain(pendingPhotoId);
    expect(manifest.label).toEqual({ en: ["Temple of Bel"], ar: [expect.stringMatching(/بل/)] });

    // the manifest as served, as a TypeScript value of @iiif/presentation-3's Manifest type
    const dir = path.join(process.cwd(), ".test-results", `iiif-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "manifest-check.ts");
    writeFileSync(
      file,
      `import type { Manifest } from "@iiif/presentation-3";\nexport const manifest: Manifest = ${text};\n`,
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    rmSync(dir, { recursive: true, force: true });
    expect(diagnostics).toEqual([]);

    const imageUrls = [...text.matchAll(/"id":"([^"]+\/iiif\/image\/[^"]+)"/g)].map((m) => m[1]!);
    expect(imageUrls.length).toBeGreaterThanOrEqual(3);
    for (const url of new Set(imageUrls)) {
      const rest = url.replace(`${BASE}/api/v1/iiif/image/`, "");
      const [id, ...parts] = rest.split("/");
      const response =
        parts.length === 0
          ? await call("getIiifImageInfo", `/iiif/image/${id}/info.json`, { id })
          : await call("iiifImageFile", `/iiif/image/${rest}`, { id, path: parts });
      expect(response.status, url).toBe(200);
      if (parts.length > 0) {
        expect(response.headers.get("content-type")).toBe("image/jpeg");
        const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        expect(meta.exif, "no EXIF (so no GPS) in a served image").toBeUndefined();
      }
    }
    // every tile and size info.json lists answers too
    const info = await checked<{
      width: number;
      height: number;
      tiles: { width: number; scaleFactors: number[] }[];
      sizes: { width: number; height: number }[];
    }>("getIiifImageInfo", `/iiif/image/${photoId}/info.json`, { id: photoId });
    const { width, height, tiles, sizes } = info.body;
    for (const size of sizes) {
      const response = await call("iiifImageFile", "/x", {
        id: photoId,
        path: ["full", `${size.width},${size.height}`, "0", "default.jpg"],
      });
      expect(response.status).toBe(200);
    }
    for (const scale of tiles[0]!.scaleFactors) {
      const step = tiles[0]!.width * scale;
      for (let x = 0; x < width; x += step) {
        for (let y = 0; y < height; y += step) {
          const w = Math.min(step, width - x);
          const h = Math.min(step, height - y);
          // a region that is the whole image is written "full" (its canonical form)
          const region = w === width && h === height ? "full" : `${x},${y},${w},${h}`;
          const size = `${Math.ceil(w / scale)},${Math.ceil(h / scale)}`;
          const response = await call("iiifImageFile", "/x", { id: photoId, path: [region, size, "0", "default.jpg"] });
          expect(response.status, `${region}/${size}`).toBe(200);
        }
      }
    }
    // level 0: a region it did not write is a 404, and a path outside the service a 404 too
    expect(
      (await call("iiifImageFile", "/x", { id: photoId, path: ["1,1,10,10", "10,10", "0", "default.jpg"] })).status,
    ).toBe(404);
    expect((await call("iiifImageFile", "/x", { id: photoId, path: ["..", "..", "image.json"] })).status).toBe(404);
    expect(
      (await call("iiifImageFile", "/x", { id: pendingPhotoId, path: ["full", "max", "0", "default.jpg"] })).status,
    ).toBe(404);
  });
});

describe("a sensitive monument", () => {
  it("appears only with its coarsened position in the API, GeoJSON, CSV, the dump, JSON-LD and IIIF", async () => {
    const monument = await createMonument(database.prisma, { isSensitive: true });
    await database.prisma.monument.update({
      where: { id: monument.id },
      data: {
        latitude: 34.5731927,
        longitude: 38.2914373,
        locationPrecision: "EXACT",
        siteId: (await database.prisma.site.findUniqueOrThrow({ where: { slug: "palmyra" } })).id,
      },
    });
    await createDamageReport(database.prisma, { monumentId: monument.id });
    const slug = monument.slug;
    const outputs: Record<string, string> = {};
    const read = async (name: RouteName, url: string, params: Record<string, unknown> = {}) => {
      const response = await call(name, url, params);
      expect(response.status, name).toBe(200);
      return response.text();
    };
    outputs.list = await read("listMonuments", `/monuments?q=${slug}`);
    outputs.listAll = await read("listMonuments", "/monuments?site=palmyra&limit=100");
    outputs.detail = await read("getMonument", `/monuments/${slug}`, { slug });
    outputs.geojson = await read("exportMonumentsGeoJson", "/exports/monuments.geojson");
    outputs.csv = await read("exportMonumentsCsv", "/exports/monuments.csv");
    outputs.dump = await read("exportCatalogue", "/exports/catalogue.ndjson");
    outputs.linkedArt = await read("getMonumentLinkedArt", `/monuments/${slug}/linked-art`, { slug });
    outputs.iiif = await read("getIiifManifest", `/iiif/monuments/${slug}/manifest`, { slug });
    outputs.damage = await read("listDamageReports", `/damage-reports?monument=${slug}`);

    for (const [name, output] of Object.entries(outputs)) {
      // neither the precise value nor any rounding of it finer than the 0.1° grid (no other
      // monument of the catalogue lies near enough to share these digits)
      expect(output, name).not.toMatch(/34\.57\d*|38\.29\d*/);
      expect(output, name).not.toContain('EXACT","coarsened":true');
    }
    for (const name of ["list", "detail", "geojson", "csv", "dump", "linkedArt", "iiif"]) {
      expect(outputs[name], name).toMatch(/34\.6\b/);
      expect(outputs[name], name).toMatch(/38\.3\b/);
    }
    const detail = JSON.parse(outputs.detail!) as { location: unknown };
    expect(detail.location).toEqual({ latitude: 34.6, longitude: 38.3, precision: "SITE", coarsened: true });
  });
});

describe("the contract", () => {
  it("was checked for every operation of the document", () => {
    const seen = new Set([...contract.checked].map((entry) => entry.split(" ")[0]));
    expect(contract.operations.filter((op) => !seen.has(op))).toEqual([]);
  });
});
