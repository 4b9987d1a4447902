// One bulk import measured in a process of its own (bench/run.ts samples this process's memory
// from outside): a generated 10,000-row spreadsheet of new monuments, its dry run and its import
// as one batch, then the catalogue's own CSV export read back (which must propose nothing).
// Prints one JSON line. Run by bench/run.ts with DATABASE_URL and IMPORT_ROWS set.
import { stringify } from "csv-stringify/sync";

const ROWS = Number(process.env.IMPORT_ROWS ?? 10_000);

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 65_536));
      offset += 65_536;
    },
  });
}

async function main() {
  const { db } = await import("../lib/db");
  const { analyseImport, collectRows, commitImport } = await import("../lib/data/imports");
  const { defaultMapping } = await import("../lib/import/fields");
  const { readSpreadsheet } = await import("../lib/import/read-file");
  const { iteratePublicMonuments } = await import("../lib/data/open-data");
  const { monumentCsv } = await import("../lib/export/csv");

  const user = await db.user.create({
    data: { email: `bench-import-${Date.now()}@bench.local`, name: "Bench importer", role: "CONTRIBUTOR" },
  });
  const actor = { id: user.id, role: user.role };
  const kinds = ["temple", "tomb", "tower_tomb", "arch", "theatre"];
  const rows = [["external_id", "name_en", "name_ar", "kind", "site", "latitude", "longitude", "built_from_year"]];
  for (let i = 1; i <= ROWS; i++) {
    rows.push([
      `bench-ext-${i}`,
      `Imported monument ${i}`,
      `معلم مستورد ${i}`,
      kinds[i % 5]!,
      "palmyra",
      String(34.5 + (i % 100) * 0.001),
      String(38.2 + (i % 97) * 0.001),
      String(100 + (i % 200)),
    ]);
  }
  const bytes = new TextEncoder().encode("\uFEFF" + stringify(rows, { record_delimiter: "\r\n" }));
  const limits = { maxBytes: 100_000_000, maxRows: 1_000_000 };
  process.stdout.write(`${JSON.stringify({ type: "ready" })}\n`);

  let started = performance.now();
  const file = await collectRows(readSpreadsheet(streamOf(bytes), limits));
  const mapping = defaultMapping("MONUMENT", file.headers);
  const { report } = await analyseImport({ actor, entityType: "MONUMENT", file, mapping, fileName: "bench.csv" });
  const dryRunSeconds = (performance.now() - started) / 1000;
  if (report.counts.create !== ROWS) throw new Error(`dry run: ${JSON.stringify(report.counts)}`);

  started = performance.now();
  const again = await collectRows(readSpreadsheet(streamOf(bytes), limits));
  const result = await commitImport({ actor, entityType: "MONUMENT", file: again, mapping, fileName: "bench.csv" });
  const importSeconds = (performance.now() - started) / 1000;
  if (!result.ok || !result.batchId) throw new Error(`import refused: ${JSON.stringify(result.report.counts)}`);
  const batchRows = await db.importRow.count({ where: { batchId: result.batchId } });

  // the export read back: no change proposed
  let csv = "";
  for await (const chunk of monumentCsv(iteratePublicMonuments({ filters: {} }))) csv += chunk;
  started = performance.now();
  const exported = await collectRows(readSpreadsheet(streamOf(new TextEncoder().encode(csv)), limits));
  const roundTrip = await analyseImport({
    actor,
    entityType: "MONUMENT",
    file: exported,
    mapping: defaultMapping("MONUMENT", exported.headers),
  });
  const roundTripSeconds = (performance.now() - started) / 1000;

  process.stdout.write(
    `${JSON.stringify({
      type: "result",
      rows: ROWS,
      fileBytes: bytes.byteLength,
      dryRunSeconds,
      importSeconds,
      batchRows,
      roundTripRows: exported.rows.length,
      roundTripSeconds,
      roundTripProposals: roundTrip.report.counts.create + roundTrip.report.counts.update,
    })}\n`,
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
