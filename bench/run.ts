// `npm run bench`: the public catalogue's speed at 10,000 and 100,000 monuments (ten damage
// reports each), measured against the production build. Not part of `npm test`.
//
// For each size: a database of its own on an embedded PostgreSQL in .data/bench (migrated, the
// Palmyra seed for vocabularies, then generated monuments in both scripts via generate_series
// with the row triggers off and the search rows rebuilt in one statement), `next start` on it,
// then autocannon on a monument page (50 connections) and on a search with a query and two
// facets (10 connections), a bare Node http server serving that monument page's exact HTML
// from memory as the ceiling, the first-load JS of the monument page (gzipped), and its LCP in
// headless Chromium; on the first size, a bulk import of 10,000 rows (bench/import-run.ts).
// Writes bench/results/<date>.json and .md.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { chromium } from "@playwright/test";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDatabase } from "../prisma/seed/index";
import { startEmbeddedPostgres, isPortFree } from "../scripts/lib/embedded-postgres";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54400);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3400);
const CEILING_PORT = WEB_PORT + 1;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const say = (message: string) => console.log(`[bench] ${message}`);

async function fill(url: string, size: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const table of ["Monument", "DamageReport"]) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    // names in both scripts from word lists, so trigram and full-text indexes see realistic text
    await client.query(
      `INSERT INTO "Monument" (id, slug, "siteId", "kindCode", "nameEn", "nameAr", "altNames", "periodEn", "builtFromYear",
                               "summaryEn", "summaryAr", latitude, longitude, "locationPrecision", "isSensitive", "updatedAt")
       SELECT 'bm-' || i, 'bench-monument-' || i, 'site-palmyra',
              (ARRAY['temple','tomb','tower_tomb','arch','theatre','statue','funerary_bust','colonnade','shrine','relief'])[1 + i % 10],
              (ARRAY['Temple','Tomb','Tower tomb','Arch','Theatre','Statue','Funerary bust','Colonnade','Shrine','Relief'])[1 + i % 10]
                || ' of ' || (ARRAY['Bel','Baalshamin','Nabu','Allat','Elahbel','Iamliku','Atenatan','Zenobia','Odaenathus','Malakbel','Yarhibol','Aglibol'])[1 + (i / 10) % 12]
                || ' ' || i,
              (ARRAY['معبد','مدفن','برج جنائزي','قوس','مسرح','تمثال','تمثال نصفي','رواق','مقام','نقش'])[1 + i % 10]
                || ' ' || (ARRAY['بل','بعل شمين','نبو','اللات','إلحبل','يمليكو','أتناتان','زنوبيا','أذينة','ملكبل','يرحبول','عجليبول'])[1 + (i / 10) % 12]
                || ' ' || i,
              ARRAY['Bench ' || i, 'بنش ' || i],
              'Roman period', 1 + i % 300,
              'A generated monument for the benchmark, number ' || i || '.',
              'أثر مولَّد لقياس الأداء، رقمه ' || i || '.',
              34.55 + (i % 100) * 0.0003, 38.26 + (i / 100 % 100) * 0.0003, 'APPROXIMATE', i % 17 = 0, now()
       FROM generate_series(1, $1::int) AS i`,
      [size],
    );
    await client.query(
      `INSERT INTO "DamageReport" (id, "monumentId", "occurredOn", "datePrecision", "causeCode", "conditionAfterCode",
                                   "certaintyCode", "descriptionEn", "descriptionAr", "updatedAt")
       SELECT 'bd-' || i || '-' || j, 'bm-' || i, date '2015-05-21' + ((i * 7 + j * 31) % 700), 'DAY',
              (ARRAY['deliberate_destruction_explosives','looting','armed_conflict','military_use','neglect'])[1 + (i + j) % 5],
              (ARRAY['minor_damage','moderate_damage','severe_damage','destroyed','intact'])[1 + (i * j) % 5],
              (ARRAY['confirmed','probable','reported','disputed'])[1 + j % 4],
              'Generated damage report ' || j || ' of monument ' || i || ': shelling, looting or explosives.',
              'تقرير ضرر مولَّد رقم ' || j || ' للأثر ' || i || '.', now()
       FROM generate_series(1, $1::int) AS i, generate_series(1, 10) AS j`,
      [size],
    );
    await client.query(
      `INSERT INTO "Revision" (id, "entityType", "entityId", version, data)
       SELECT 'br-' || i, 'MONUMENT', 'bm-' || i, 1, '{"fields":{},"citations":[]}'::jsonb FROM generate_series(1, $1::int) AS i`,
      [size],
    );
    for (const table of ["Monument", "DamageReport"]) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await client.query("SELECT catalogue_refresh_all_monument_search()");
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** A cursor half-way through the monuments (slugs sort as text), so the page is not the first. */
function apiCursor(size: number): string {
  return Buffer.from(JSON.stringify({ k: `bench-monument-${Math.floor(size / 2)}` })).toString("base64url");
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startNext(databaseUrl: string): ChildProcess {
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(WEB_PORT), "-H", "localhost"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0000",
      NEXTAUTH_URL: `http://localhost:${WEB_PORT}`,
      // one client (autocannon) makes every request: the API's per-client limit would refuse most
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      API_EXPORT_COST: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

type Load = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

async function load(url: string, connections: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: DURATION });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, "utf8"));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

type ExportRun = { seconds: number; bytes: number; rssBeforeMb: number; rssPeakMb: number; rssGrowthMb: number };

/** Downloads an export while sampling the server's memory every 100 ms. */
async function exportRun(url: string, pid: number): Promise<ExportRun> {
  const before = treeRss(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 100);
  const started = Date.now();
  let bytes = 0;
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.length;
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, treeRss(pid));
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return {
    seconds: (Date.now() - started) / 1000,
    bytes,
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peak),
    rssGrowthMb: mb(peak - before),
  };
}

type ImportBench = {
  rows: number;
  fileBytes: number;
  dryRunSeconds: number;
  importSeconds: number;
  batchRows: number;
  roundTripRows: number;
  roundTripSeconds: number;
  roundTripProposals: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
};

/**
 * A bulk import of IMPORT_ROWS new monuments (bench/import-run.ts) in a process of its own, its
 * memory sampled from here every 100 ms from the moment its file is ready: the dry run, the
 * import as one batch, and the catalogue's CSV export read back.
 */
async function importRun(databaseUrl: string): Promise<ImportBench> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "bench/import-run.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, IMPORT_ROWS: process.env.BENCH_IMPORT_ROWS ?? "10000" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let before = 0;
  let peak = 0;
  let sampler: NodeJS.Timeout | null = null;
  let output = "";
  const result = await new Promise<Record<string, number>>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      for (const line of output.split("\n").slice(0, -1)) {
        const parsed = JSON.parse(line) as { type: string } & Record<string, number>;
        if (parsed.type === "ready" && sampler === null) {
          before = treeRss(child.pid!);
          peak = before;
          sampler = setInterval(() => {
            peak = Math.max(peak, treeRss(child.pid!));
          }, 100);
        }
        if (parsed.type === "result") resolve(parsed);
      }
    });
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`import run exited ${code}`))));
  });
  if (sampler) clearInterval(sampler);
  await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return {
    rows: result.rows!,
    fileBytes: result.fileBytes!,
    dryRunSeconds: result.dryRunSeconds!,
    importSeconds: result.importSeconds!,
    batchRows: result.batchRows!,
    roundTripRows: result.roundTripRows!,
    roundTripSeconds: result.roundTripSeconds!,
    roundTripProposals: result.roundTripProposals!,
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peak),
    rssGrowthMb: mb(peak - before),
  };
}

async function ceiling(html: string): Promise<Load> {
  const body = Buffer.from(html);
  const server = http.createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(CEILING_PORT, "127.0.0.1", resolve));
  try {
    return await load(`http://127.0.0.1:${CEILING_PORT}/`, 50);
  } finally {
    server.close();
  }
}

async function firstLoadJs(html: string, base: string): Promise<number> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((match) => match[1]!);
  let total = 0;
  for (const source of new Set(sources)) {
    const response = await fetch(new URL(source, base));
    total += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return total;
}

async function lcp(url: string): Promise<number> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const values: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: "load" });
      values.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1]!.startTime);
              }).observe({ type: "largest-contentful-paint", buffered: true });
            }),
        ),
      );
      await page.close();
    }
    return values.sort((a, b) => a - b)[1]!;
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!(await isPortFree(WEB_PORT)) || !(await isPortFree(CEILING_PORT)))
    throw new Error(`ports ${WEB_PORT}/${CEILING_PORT} are in use`);
  say("building the app (production)…");
  execFileSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      // lib/db creates its client when first imported, which `next build` does; it never connects
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build@127.0.0.1:1/build",
    },
  });

  const dataDir = path.resolve(".data", "bench", "postgres");
  await mkdir(path.dirname(dataDir), { recursive: true });
  const postgres = await startEmbeddedPostgres({ dir: dataDir, port: PG_PORT, fast: true });
  const results: Record<string, unknown>[] = [];
  try {
    for (const size of SIZES) {
      const name = `bench_${size}`;
      await postgres.dropDatabase(name).catch(() => {});
      await postgres.ensureDatabase(name);
      const url = postgres.urlFor(name);
      say(`${size}: migrating and seeding…`);
      await migrateDatabase({ databaseUrl: url, log: () => {} });
      await seedDatabase({ databaseUrl: url, production: true });
      let started = Date.now();
      await fill(url, size);
      const fillSeconds = (Date.now() - started) / 1000;
      say(`${size}: ${size} monuments and ${size * 10} damage reports in ${fillSeconds.toFixed(1)} s`);

      const server = startNext(url);
      try {
        // bound to "localhost", not 127.0.0.1: Next treats a loopback address as another origin for proxy.ts rewrites (see scripts/start.ts)
        const base = `http://localhost:${WEB_PORT}`;
        const monumentPath = `/monuments/bench-monument-${Math.floor(size / 2)}`;
        const searchPath = `/monuments?q=${encodeURIComponent("temple of nabu")}&kind=temple&condition=destroyed`;
        await waitFor(`${base}${monumentPath}`);
        const html = await (await fetch(`${base}${monumentPath}`)).text();
        // the first, uncached request of a new search: the database's own time
        started = Date.now();
        await fetch(`${base}/monuments?q=${encodeURIComponent("baalshamen")}&kind=temple&cause=looting`);
        const uncachedSearchMs = Date.now() - started;
        say(`${size}: monument page (50 connections)…`);
        const monument = await load(`${base}${monumentPath}`, 50);
        say(`${size}: search with a query and two facets (10 connections)…`);
        const search = await load(`${base}${searchPath}`, 10);
        say(`${size}: ceiling (bare http server, same HTML)…`);
        const bare = await ceiling(html);
        say(`${size}: API list page and its reference (a static JSON answer of the same wrapper)…`);
        const apiList = await load(`${base}/api/v1/monuments?limit=20&cursor=${apiCursor(size)}`, 10);
        const apiFiltered = await load(`${base}/api/v1/monuments?kind=temple&condition=destroyed&limit=20`, 10);
        const apiReference = await load(`${base}/api/v1/linked-art/context.json`, 10);
        say(`${size}: full GeoJSON and CSV exports, sampling the server's memory…`);
        const geojsonExport = await exportRun(`${base}/api/v1/exports/monuments.geojson`, server.pid!);
        const csvExport = await exportRun(`${base}/api/v1/exports/monuments.csv`, server.pid!);
        const js = await firstLoadJs(html, base);
        const lcpMs = await lcp(`${base}${monumentPath}`);
        // the import once, on the smallest catalogue (it adds its monuments to this database)
        let bulkImport: ImportBench | null = null;
        if (size === SIZES[0]) {
          say(
            `${size}: bulk import of ${process.env.BENCH_IMPORT_ROWS ?? "10000"} rows (dry run, import, export read back)…`,
          );
          bulkImport = await importRun(url);
        }
        results.push({
          size,
          fillSeconds,
          monumentPage: monument,
          search,
          uncachedSearchMs,
          ceiling: bare,
          throughputShareOfCeiling: monument.requestsPerSecond / bare.requestsPerSecond,
          firstLoadJsGzipBytes: js,
          lcpMs,
          htmlBytes: Buffer.byteLength(html),
          apiList,
          apiFiltered,
          apiReference,
          geojsonExport,
          csvExport,
          bulkImport,
        });
        // written after each size, so a failure at 100,000 keeps the 10,000 figures
        await writeResults(results);
      } finally {
        server.kill("SIGTERM");
        await new Promise((resolve) => server.once("exit", resolve));
      }
    }
  } finally {
    await postgres.stop();
  }
}

async function writeResults(results: Record<string, unknown>[]) {
  const date = new Date().toISOString().slice(0, 10);
  const out = {
    date,
    machine: {
      cpus: (await import("node:os")).cpus().length,
      node: process.version,
      loadAverage: (await import("node:os")).loadavg(),
    },
    durationSeconds: DURATION,
    results,
  };
  await mkdir(path.join("bench", "results"), { recursive: true });
  await writeFile(path.join("bench", "results", `${date}.json`), `${JSON.stringify(out, null, 2)}\n`);
  const rows = results.map((r) => {
    const m = r.monumentPage as Load;
    const s = r.search as Load;
    const c = r.ceiling as Load;
    return `| ${r.size} | ${m.requestsPerSecond.toFixed(0)} | ${m.p99} | ${c.requestsPerSecond.toFixed(0)} | ${((r.throughputShareOfCeiling as number) * 100).toFixed(1)}% | ${s.p95} | ${r.uncachedSearchMs} | ${((r.firstLoadJsGzipBytes as number) / 1024).toFixed(1)} | ${(r.lcpMs as number).toFixed(0)} |`;
  });
  const table = [
    `# Benchmark ${date}`,
    "",
    `${out.machine.cpus} cores (load average ${out.machine.loadAverage.map((l) => l.toFixed(1)).join(" / ")} when written: the machine is shared), Node ${out.machine.node}, ${DURATION} s per load test. The search column is autocannon's p97.5 (it reports no p95). Targets at 100,000: monument page ≥ 15% of the ceiling and p99 ≤ 50 ms (50 connections); search p95 ≤ 100 ms (10 connections); first-load JS ≤ 130 kB gzipped; LCP < 1 s.`,
    "",
    "| monuments | monument page req/s | monument p99 ms | ceiling req/s | share of ceiling | search p97.5 ms | first uncached search ms | first-load JS kB gz | LCP ms |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Open data (10 connections; p97.5 ms as above). Targets at 100,000: API list p95 ≤ 50 ms; full exports streamed with the server's memory flat.",
    "",
    "| monuments | API list p97.5 | API filtered p97.5 | reference (static JSON) p97.5 | GeoJSON export s / MB / server RSS growth MB | CSV export s / MB / server RSS growth MB |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map((r) => {
      const a = r.apiList as Load | undefined;
      const f = r.apiFiltered as Load | undefined;
      const ref = r.apiReference as Load | undefined;
      const g = r.geojsonExport as ExportRun | undefined;
      const c = r.csvExport as ExportRun | undefined;
      const exp = (e?: ExportRun) =>
        e
          ? `${e.seconds.toFixed(1)} / ${(e.bytes / 1024 / 1024).toFixed(1)} / ${e.rssGrowthMb} (from ${e.rssBeforeMb})`
          : "–";
      return `| ${r.size} | ${a?.p95 ?? "–"} | ${f?.p95 ?? "–"} | ${ref?.p95 ?? "–"} | ${exp(g)} | ${exp(c)} |`;
    }),
    "",
    "Bulk import (a file of new monuments; measured in a process of its own, its resident memory sampled every 100 ms). Goals on 2 cores: dry run of 10,000 rows ≤ 10 s, import ≤ 30 s, memory growth ≤ 150 MB; the CSV export read back proposes nothing.",
    "",
    "| catalogue | rows | file MB | dry run s | import s | rows in the batch | memory MB before / peak / growth | export read back: rows / s / proposals |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results
      .filter((r) => r.bulkImport)
      .map((r) => {
        const b = r.bulkImport as ImportBench;
        return `| ${r.size} | ${b.rows} | ${(b.fileBytes / 1024 / 1024).toFixed(1)} | ${b.dryRunSeconds.toFixed(1)} | ${b.importSeconds.toFixed(1)} | ${b.batchRows} | ${b.rssBeforeMb} / ${b.rssPeakMb} / ${b.rssGrowthMb} | ${b.roundTripRows} / ${b.roundTripSeconds.toFixed(1)} / ${b.roundTripProposals} |`;
      }),
    "",
  ].join("\n");
  await writeFile(path.join("bench", "results", `${date}.md`), table);
  console.log(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
