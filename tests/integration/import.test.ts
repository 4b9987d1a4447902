import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PermissionError } from "@/lib/auth/permissions";
import type * as Imports from "@/lib/data/imports";
import { defaultMapping, type ColumnMapping, type ImportEntity } from "@/lib/import/fields";
import { ImportFileError, readSpreadsheet } from "@/lib/import/read-file";
import { createMonument, createSource, createUser } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Bulk import on a real PostgreSQL: a file becomes one batch of change requests through the
// change-request pipeline; the catalogue's own CSV export reads back as no change; the same file
// twice proposes nothing new; bad rows are reported row by row and nothing is proposed; an admin
// approves some of a batch and rejects the rest with a reason.

let database: TestDatabase;
let admin: { id: string; role: string };
let author: { id: string; role: string };
type Route = { GET: (request: Request, context: { params: Promise<undefined> }) => Promise<Response> };
let csvExport: Route;
// imported once the environment names the test database (lib/env reads it on first import)
let analyseImport: typeof Imports.analyseImport;
let approveImportBatch: typeof Imports.approveImportBatch;
let collectRows: typeof Imports.collectRows;
let commitImport: typeof Imports.commitImport;
let dryRunImport: typeof Imports.dryRunImport;
let getImportBatch: typeof Imports.getImportBatch;
let rejectImportBatch: typeof Imports.rejectImportBatch;
let rememberedMapping: typeof Imports.rememberedMapping;

const LIMITS = { maxBytes: 5_000_000, maxRows: 1000 };

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_URL = "http://catalogue.test";
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  ({
    analyseImport,
    approveImportBatch,
    collectRows,
    commitImport,
    dryRunImport,
    getImportBatch,
    rejectImportBatch,
    rememberedMapping,
  } = await import("@/lib/data/imports"));
  csvExport = (await import(/* @vite-ignore */ path.resolve("app/api/v1/exports/monuments.csv/route.ts"))) as Route;
  const [a, b] = await Promise.all([
    createUser(database.prisma, { role: "ADMIN" }),
    createUser(database.prisma, { role: "CONTRIBUTOR" }),
  ]);
  admin = { id: a.id, role: a.role };
  author = { id: b.id, role: b.role };
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

function streamOf(bytes: Uint8Array | string, chunk = 4096): ReadableStream<Uint8Array> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= data.byteLength) return controller.close();
      controller.enqueue(data.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

async function read(bytes: Uint8Array | string, limits = LIMITS) {
  return collectRows(readSpreadsheet(streamOf(bytes), limits));
}

async function analyse(
  bytes: Uint8Array | string,
  entityType: ImportEntity = "MONUMENT",
  mapping?: ColumnMapping,
  actor = author,
) {
  const file = await read(bytes);
  return analyseImport({
    actor,
    entityType,
    file,
    mapping: mapping ?? defaultMapping(entityType, file.headers),
    tx: database.prisma,
  });
}

async function commit(bytes: Uint8Array | string, entityType: ImportEntity = "MONUMENT", fileName = "test.csv") {
  const file = await read(bytes);
  return commitImport({
    actor: author,
    entityType,
    file,
    mapping: defaultMapping(entityType, file.headers),
    fileName,
    tx: database.prisma,
  });
}

const csv = (rows: (string | number)[][]) =>
  rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";

const HEADER = [
  "external_id",
  "name_en",
  "name_ar",
  "kind",
  "site",
  "latitude",
  "longitude",
  "built_from_year",
  "built_to_year",
];

async function publicCounts() {
  return {
    monuments: await database.prisma.monument.count(),
    damageReports: await database.prisma.damageReport.count(),
    sources: await database.prisma.source.count(),
  };
}

describe("the catalogue's CSV export read back", () => {
  it("proposes no change at all, sensitive (coarsened) places included", async () => {
    const sensitive = await createMonument(database.prisma, { isSensitive: true });
    const response = await csvExport.GET(new Request("http://catalogue.test/api/v1/exports/monuments.csv"), {
      params: Promise.resolve(undefined),
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { report, proposals } = await analyse(bytes);
    const live = await database.prisma.monument.count({ where: { deletedAt: null } });
    expect(report.fileProblems).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.rowCount).toBe(live);
    expect(report.counts).toEqual({ create: 0, update: 0, unchanged: live, pending: 0, error: 0 });
    expect(proposals).toEqual([]);
    expect(report.rows.find((r) => r.recordId === sensitive.id)?.status).toBe("unchanged");

    const before = await database.prisma.changeRequest.count();
    const result = await commitImport({
      actor: author,
      entityType: "MONUMENT",
      file: await read(bytes),
      mapping: defaultMapping("MONUMENT", report.headers),
      fileName: "monuments.csv",
      tx: database.prisma,
    });
    expect(result).toMatchObject({ ok: true, batchId: null });
    expect(await database.prisma.changeRequest.count()).toBe(before);
  });

  it("an edited cell of the export becomes one UPDATE against the record's version", async () => {
    const monument = await createMonument(database.prisma);
    const response = await csvExport.GET(new Request("http://catalogue.test/api/v1/exports/monuments.csv"), {
      params: Promise.resolve(undefined),
    });
    const text = (await response.text()).replace(`Monument ${monument.slug}`, `Monument ${monument.slug} (surveyed)`);
    const { report, proposals } = await analyse(text);
    expect(report.counts.update).toBe(1);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.target).toMatchObject({ kind: "UPDATE", entityId: monument.id, baseVersion: 1 });
  });
});

describe("a new file of monuments", () => {
  it("becomes one batch of pending change requests; the public tables do not change; twice proposes nothing new", async () => {
    const site = await database.prisma.site.findFirstOrThrow({ where: { deletedAt: null } });
    const kind = await database.prisma.monumentKind.findFirstOrThrow({ where: { retiredAt: null } });
    const file = csv([
      HEADER,
      ["ext-1", "North gate", "البوابة الشمالية", kind.code, site.slug, 34.55, 38.26, 100, 150],
      ["ext-2", "South gate", "البوابة الجنوبية", kind.labelEn, site.nameEn, "", "", "", ""],
      ["ext-3", "West tower", "البرج الغربي", kind.labelAr, site.slug, 34.5, 38.2, -50, ""],
    ]);
    const before = await publicCounts();
    const first = await commit(file);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.report.counts).toMatchObject({ create: 3, error: 0 });
    const batch = await getImportBatch({ actor: admin, id: first.batchId! });
    expect(batch?.rows.map((r) => [r.rowNumber, r.externalId, r.kind, r.status])).toEqual([
      [2, "ext-1", "CREATE", "PENDING"],
      [3, "ext-2", "CREATE", "PENDING"],
      [4, "ext-3", "CREATE", "PENDING"],
    ]);
    // nothing public before approval
    expect(await publicCounts()).toEqual(before);
    // another contributor does not see the batch
    const other = await createUser(database.prisma, { role: "CONTRIBUTOR" });
    expect(await getImportBatch({ actor: { id: other.id, role: other.role }, id: first.batchId! })).toBeNull();

    const requestsBefore = await database.prisma.changeRequest.count();
    const second = await commit(file);
    expect(second).toMatchObject({ ok: true, batchId: null });
    expect(second.report.counts).toMatchObject({ create: 0, pending: 3 });
    expect(await database.prisma.changeRequest.count()).toBe(requestsBefore);

    // approved: the same file again is unchanged (its external ids now name the records)
    const approved = await approveImportBatch({ actor: admin, batchId: first.batchId!, changeRequestIds: "all" });
    expect(approved).toMatchObject({ approved: 3, outOfDate: 0, held: 0 });
    expect((await publicCounts()).monuments).toBe(before.monuments + 3);
    const third = await commit(file);
    expect(third).toMatchObject({ ok: true, batchId: null });
    expect(third.report.counts).toMatchObject({ unchanged: 3, create: 0, update: 0 });

    // and a changed cell becomes an UPDATE of the record the external id names
    const edited = file.replace("South gate", "South gate (rebuilt)");
    const fourth = await commit(edited);
    expect(fourth.ok && fourth.report.counts).toMatchObject({ update: 1, unchanged: 2 });
  });

  it("two imports of one file at the same moment propose it once", async () => {
    const site = await database.prisma.site.findFirstOrThrow({ where: { deletedAt: null } });
    const file = csv([
      HEADER,
      ["race-1", "Race gate", "بوابة السباق", "arch", site.slug, 34.5, 38.2, "", ""],
      ["race-2", "Race tower", "برج السباق", "tower_tomb", site.slug, 34.5, 38.2, "", ""],
    ]);
    const results = await Promise.all([commit(file), commit(file), commit(file)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.batchId !== null)).toHaveLength(1);
    const rows = await database.prisma.importRow.findMany({ where: { externalId: { in: ["race-1", "race-2"] } } });
    expect(rows).toHaveLength(2);
  });

  it("remembers the mapping for the next file of the same shape", async () => {
    const headers = ["Identifier", "English name", "Arabic name", "Type", "Where", "lat", "lon"];
    const mapping = ["externalId", "nameEn", "nameAr", "kind", "site", "latitude", "longitude"];
    const file = await read(csv([headers, ["x-1", "Well", "بئر", "temple", "palmyra", 34, 38]]));
    expect(await rememberedMapping({ actor: author, entityType: "MONUMENT", headers, tx: database.prisma })).toBeNull();
    await dryRunImport({ actor: author, entityType: "MONUMENT", file, mapping, tx: database.prisma });
    expect(await rememberedMapping({ actor: author, entityType: "MONUMENT", headers, tx: database.prisma })).toEqual(
      mapping,
    );
  });
});

describe("bad rows", () => {
  it("each gets its message on its row, with the nearest term for unknown ones; nothing is proposed", async () => {
    const site = await database.prisma.site.findFirstOrThrow({ where: { deletedAt: null } });
    const gone = await createMonument(database.prisma);
    await database.prisma.monument.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    const file = csv([
      ["id", ...HEADER],
      ["", "bad-1", "Good row", "صف جيد", "temple", site.slug, 34.5, 38.2, "", ""],
      ["", "bad-2", "Unknown kind", "نوع", "tempel", site.slug, 34.5, 38.2, "", ""],
      ["", "bad-3", "Far north", "شمال", "temple", site.slug, 134.5, 38.2, "", ""],
      ["", "bad-4", "Years reversed", "سنوات", "temple", site.slug, 34.5, 38.2, 200, 100],
      [gone.id, "bad-5", "Deleted", "محذوف", "temple", site.slug, 34.5, 38.2, "", ""],
      ["", "bad-6", "", "بلا اسم", "temple", "palmira", 34.5, 38.2, "", ""],
      ["", "bad-1", "Duplicate", "مكرر", "temple", site.slug, 34.5, 38.2, "", ""],
    ]);
    const before = await database.prisma.changeRequest.count();
    const result = await commit(file);
    expect(result.ok).toBe(false);
    const { report } = result;
    const problems = report.problems.map((p) => [p.row, p.column, p.reason, p.suggestion ?? null]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [3, "kind", "unknownTerm", expect.stringContaining("temple")],
        [4, "latitude", "latitudeRange", null],
        [5, "built_to_year", "yearOrder", null],
        [6, "id", "recordDeleted", null],
        [7, "name_en", "required", null],
        [7, "site", "unknownRecord", site.slug === "palmyra" ? "palmyra" : expect.any(String)],
        [8, "external_id", "duplicateRow", "2"],
      ]),
    );
    expect(report.problems.find((p) => p.row === 3)?.value).toBe("tempel");
    expect(report.problems.some((p) => p.row === 2)).toBe(false);
    expect(report.counts).toMatchObject({ create: 1, error: 6 });
    expect(await database.prisma.changeRequest.count()).toBe(before);
  });

  it("a file without a required column is refused as a whole, naming it", async () => {
    const { report } = await analyse(
      csv([
        ["name_en", "name_ar"],
        ["A", "ب"],
      ]),
    );
    expect(report.fileProblems).toEqual(
      expect.arrayContaining([
        { reason: "missingColumn", params: { column: "site" } },
        { reason: "missingColumn", params: { column: "kind" } },
      ]),
    );
  });

  it("refuses a wrong encoding, a file over the byte limit while streaming, too many rows, a binary file", async () => {
    // "Palmyra" and a Latin-1 é: not UTF-8
    const latin1 = new Uint8Array([...new TextEncoder().encode("name_en\r\nCaf"), 0xe9, 0x0d, 0x0a]);
    await expect(read(latin1)).rejects.toMatchObject({ code: "wrongEncoding" });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6e, 0x00]);
    await expect(read(utf16)).rejects.toMatchObject({ code: "wrongEncoding" });

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("a,b,c\r\n".repeat(1000)));
      },
    });
    const error = await collectRows(readSpreadsheet(endless, { maxBytes: 100_000, maxRows: 1_000_000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe("fileTooLarge");
    // it stopped reading soon after the limit (7,000 bytes a chunk)
    expect(pulled).toBeLessThan(30);

    await expect(read("a\r\n" + "1\r\n".repeat(11), { maxBytes: 1000, maxRows: 10 })).rejects.toMatchObject({
      code: "tooManyRows",
    });
    await expect(read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toMatchObject({
      code: "fileType",
    });
  });

  it("an XLSX formula cell is refused on its row, never evaluated; values and dates are read", async () => {
    const site = await database.prisma.site.findFirstOrThrow({ where: { deletedAt: null } });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Monuments");
    sheet.addRow(HEADER);
    sheet.addRow(["x-ok", "Colonnade", "الرواق", "temple", site.slug, 34.5, 38.2, 100, 120]);
    sheet.addRow([
      "x-formula",
      { formula: 'HYPERLINK("http://evil.example","click")', result: "click" },
      "صيغة",
      "temple",
      site.slug,
      34.5,
      38.2,
      "",
      "",
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { report } = await analyse(bytes);
    expect(report.format).toBe("xlsx");
    expect(report.counts).toMatchObject({ create: 1, error: 1 });
    expect(report.problems).toEqual([
      { row: 3, column: "name_en", value: '=HYPERLINK("http://evil.example","click")', reason: "formula" },
    ]);
  });

  it("refuses an import by someone who may not propose", async () => {
    await expect(
      analyse(csv([HEADER]), "MONUMENT", undefined, { id: author.id, role: "VISITOR" }),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});

describe("damage reports with their sources", () => {
  it("cites an existing source by id or a new one by title, and proposes nothing new the second time", async () => {
    const monument = await createMonument(database.prisma);
    const source = await createSource(database.prisma);
    const header = [
      "external_id",
      "monument",
      "occurred_on",
      "date_precision",
      "cause",
      "condition_after",
      "certainty",
      "description_en",
      "source_ids",
      "source_locator",
      "source_title",
      "source_kind",
      "source_reliability",
    ];
    const reliability = await database.prisma.sourceReliability.findFirstOrThrow();
    const file = csv([
      header,
      [
        "d-1",
        monument.slug,
        "2015-08-30",
        "DAY",
        "deliberate_destruction_explosives",
        "destroyed",
        "confirmed",
        "Blown up.",
        source.id,
        "p. 2",
        "",
        "",
        "",
      ],
      [
        "d-2",
        monument.id,
        "2015-09",
        "MONTH",
        "deliberate_destruction_explosives",
        "destroyed",
        "confirmed",
        "Wrong date.",
        source.id,
        "",
        "",
        "",
        "",
      ],
      [
        "d-3",
        monument.slug,
        "",
        "",
        "deliberate_destruction_explosives",
        "severe_damage",
        "reported",
        "No source.",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "d-4",
        monument.slug,
        "2015-08-31",
        "DAY",
        "deliberate_destruction_explosives",
        "destroyed",
        "confirmed",
        "New source.",
        "",
        "",
        "Satellite survey 2015",
        "news_article",
        reliability.code,
      ],
    ]);
    const bad = await analyse(file, "DAMAGE_REPORT");
    const causes = await database.prisma.damageCause.count({ where: { code: "deliberate_destruction_explosives" } });
    expect(causes).toBe(1);
    expect(bad.report.problems.map((p) => [p.row, p.column, p.reason])).toEqual(
      expect.arrayContaining([
        [3, "occurred_on", "invalidDate"],
        [4, "source_title", "sourceRequired"],
      ]),
    );

    const fixed = file
      .replace('"2015-09","MONTH"', '"2015-09-01","MONTH"')
      .replace('"No source.","",', `"No source.","${source.id}",`);
    const first = await commit(fixed, "DAMAGE_REPORT");
    expect(first.ok && first.report.counts).toMatchObject({ create: 4, error: 0 });
    const again = await commit(fixed, "DAMAGE_REPORT");
    expect(again).toMatchObject({ ok: true, batchId: null });

    // approve two, reject the others with a reason
    const batch = (await getImportBatch({ actor: admin, id: (first as { batchId: string }).batchId }))!;
    const [r1, r2, r3, r4] = batch.rows;
    const approved = await approveImportBatch({
      actor: admin,
      batchId: batch.id,
      changeRequestIds: [r1!.changeRequestId, r4!.changeRequestId],
    });
    expect(approved).toMatchObject({ approved: 2 });
    await expect(
      rejectImportBatch({ actor: admin, batchId: batch.id, changeRequestIds: "all", reason: "  " }),
    ).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    const rejected = await rejectImportBatch({
      actor: admin,
      batchId: batch.id,
      changeRequestIds: "all",
      reason: "Not confirmed by a second source.",
    });
    expect(rejected).toMatchObject({ rejected: 2 });
    const after = (await getImportBatch({ actor: admin, id: batch.id }))!;
    expect(after.rows.map((r) => r.status)).toEqual(["APPROVED", "REJECTED", "REJECTED", "APPROVED"]);
    expect(after.rows[1]!.reviewReason).toBe("Not confirmed by a second source.");
    void r2;
    void r3;
    const reports = await database.prisma.damageReport.findMany({
      where: { monumentId: monument.id },
      include: { citations: { include: { source: true } } },
      orderBy: { occurredOn: "asc" },
    });
    expect(reports.map((r) => [r.descriptionEn, r.citations.map((c) => c.source.title)])).toEqual([
      ["Blown up.", [source.title]],
      ["New source.", ["Satellite survey 2015"]],
    ]);
    // a contributor cannot decide a batch
    await expect(
      approveImportBatch({ actor: author, batchId: batch.id, changeRequestIds: "all" }),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});
