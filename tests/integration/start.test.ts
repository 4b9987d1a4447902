import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { runningServerPid, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { testServerUrl } from "../helpers/database";

// The start command as a user runs it (`tsx scripts/start.ts`), with --prepare-only so that it
// stops after the database is migrated and seeded instead of serving the web app.

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

// `node --import tsx` rather than the tsx binary: the binary runs the script in a child process,
// and a SIGKILL sent to it would not reach the script.
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) {
    const pid = await runningServerPid(path.join(dir, "postgres", "data"));
    if (pid) process.kill(pid, "SIGINT");
    await rm(dir, { recursive: true, force: true });
  }
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "heritage-start-"));
  // mkdtemp makes the folder private; the `postgres` OS user (when run as root) must reach it.
  await chmod(dir, 0o755);
  dirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function start(env: Record<string, string>, { killWhen }: { killWhen?: RegExp } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/start.ts", "--prepare-only"],
      {
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "development", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killWhen && killWhen.test(stdout)) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of [
      "Monument",
      "DamageReport",
      "RestorationEffort",
      "Source",
      "Citation",
      "User",
      "SeedRun",
      "_prisma_migrations",
    ]) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
      counts[table] = Number(rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** Opens the cluster a (finished) start left in DATA_DIR, to look at its rows. */
async function inspect(dataDir: string, work: (url: string) => Promise<void>): Promise<void> {
  const cluster = await startEmbeddedPostgres({
    dir: path.join(dataDir, "postgres"),
    port: await freePort(),
    fast: true,
  });
  try {
    await work(cluster.urlFor("heritage"));
  } finally {
    await cluster.stop();
  }
}

describe("start command with DATABASE_URL", () => {
  it("refuses a malformed URL in one line, creating nothing", async () => {
    const dataDir = path.join(await tempDir(), "data");
    const run = await start({ DATABASE_URL: "mysql:/nowhere", DATA_DIR: dataDir });
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("says the server is unreachable when nothing listens", async () => {
    const dataDir = path.join(await tempDir(), "data");
    const port = await freePort();
    const run = await start({
      DATABASE_URL: `postgresql://someone:secret@127.0.0.1:${port}/heritage`,
      DATA_DIR: dataDir,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/DATABASE_URL is unreachable: nothing answers at 127\.0\.0\.1:\d+/),
    ]);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("says the login was refused when the password is wrong", async () => {
    const url = new URL(testServerUrl());
    url.username = "heritage_nobody";
    url.password = "wrong-password";
    const run = await start({ DATABASE_URL: url.toString(), DATA_DIR: path.join(await tempDir(), "data") });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/DATABASE_URL was refused: .* rejected the login of user "heritage_nobody"/),
    ]);
  });
});

describe("start command with the embedded PostgreSQL", () => {
  it("initialises, migrates and seeds once; a second start changes nothing and leaves no postgres running", async () => {
    const dataDir = await tempDir();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const first = await start(env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration\(s\)/);
    expect(first.stdout).toMatch(/loaded the Palmyra catalogue/);
    expect(await runningServerPid(path.join(dataDir, "postgres", "data"))).toBeNull();

    let before: Record<string, number> = {};
    await inspect(dataDir, async (url) => {
      before = await countRows(url);
    });
    expect(before.Monument).toBeGreaterThanOrEqual(15);
    expect(before.User).toBe(2); // the demo accounts

    const second = await start(env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/database schema is up to date/);
    expect(second.stdout).not.toMatch(/loaded the Palmyra catalogue/);
    await inspect(dataDir, async (url) => {
      expect(await countRows(url)).toEqual(before);
    });
  });

  it("refuses to start when the PostgreSQL port is taken, without touching the data", async () => {
    const dataDir = await tempDir();
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(new RegExp(`Port ${port} is already in use`));
      expect(existsSync(path.join(dataDir, "postgres", "data"))).toBe(false);
    } finally {
      blocker.close();
    }
  });

  it("refuses a second start on a data folder that a running app holds", async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    // This test process plays the running app: it holds the lock and the cluster.
    const cluster = await startEmbeddedPostgres({ dir: path.join(dataDir, "postgres"), port, fast: true });
    await writeFile(path.join(dataDir, "app.pid"), String(process.pid));
    try {
      const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/Another instance of the app \(pid \d+\) is already using/);
      expect(await runningServerPid(cluster.dataDir)).not.toBeNull();
    } finally {
      await cluster.stop();
    }
  });

  it("finishes the job after being killed (SIGKILL) while seeding, with no duplicates", async () => {
    const dataDir = await tempDir();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const killed = await start(env, { killWhen: /checking the catalogue data/ });
    expect(killed.signal).toBe("SIGKILL");
    // The killed run could not stop its PostgreSQL; the next start must take it over.
    expect(await runningServerPid(path.join(dataDir, "postgres", "data"))).not.toBeNull();

    const again = await start(env);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(await runningServerPid(path.join(dataDir, "postgres", "data"))).toBeNull();
    await inspect(dataDir, async (url) => {
      const counts = await countRows(url);
      expect(counts.SeedRun).toBe(1);
      expect(counts.Monument).toBeGreaterThanOrEqual(15);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT slug FROM "Monument" GROUP BY slug HAVING count(*) > 1`);
      await client.end();
      expect(rows).toEqual([]);
    });
  });
});
