/**
 * `npm start`: the whole app on one machine.
 * 1. the database: DATABASE_URL, or an embedded PostgreSQL whose data lives in DATA_DIR;
 * 2. migrations, then the Palmyra catalogue and (outside production) the demo accounts;
 * 3. a production build when the sources changed since the last one;
 * 4. `next start`, until Ctrl-C / SIGTERM, which stops the server and PostgreSQL cleanly.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import { buildIsCurrent, FINGERPRINT_FILE, sourceFingerprint } from "./lib/build";
import { openAppDatabase, type OpenDatabase } from "./lib/database";
import { isPortFree, stopOrphanedServer } from "./lib/embedded-postgres";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDatabase } from "../prisma/seed/index";
import { DEMO_ACCOUNTS } from "../prisma/seed/demo-accounts";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const startedAt = Date.now();
// --prepare-only: database, migrations and seed, then exit (used by tests and deploy scripts).
const prepareOnly = process.argv.includes("--prepare-only");
const say = (message: string) => console.log(`[heritage] ${message}`);

class StartError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One app per data folder: a second start is refused, a lock left by a killed run is taken over. */
async function takeAppLock(lockFile: string): Promise<{ stale: boolean }> {
  if (existsSync(lockFile)) {
    const pid = Number.parseInt(await readFile(lockFile, "utf8"), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new StartError(
        `Another instance of the app (pid ${pid}) is already using ${path.dirname(lockFile)}. ` +
          `Stop it first, or give this one its own DATA_DIR. Nothing was changed.`,
      );
    }
    await writeFile(lockFile, String(process.pid));
    return { stale: true };
  }
  await writeFile(lockFile, String(process.pid));
  return { stale: false };
}

async function authSecret(dataDir: string, configured: string | undefined, production: boolean): Promise<string> {
  if (configured) return configured;
  if (production) throw new StartError("NEXTAUTH_SECRET must be set (at least 32 characters) in production.");
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StartError(`The web server exited during start (code ${child.exitCode}).`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartError(`The web server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

async function main(): Promise<void> {
  let envModule: typeof import("../lib/env");
  try {
    envModule = await import("../lib/env");
  } catch (error) {
    throw new StartError((error as Error).message);
  }
  const { env } = envModule;
  // `next start` always runs with NODE_ENV=production; "production mode" is what the operator
  // asked for when starting this script.
  const production = env.NODE_ENV === "production";
  const dataDir = path.resolve(env.DATA_DIR);

  if (!prepareOnly && !(await isPortFree(env.PORT, env.HOSTNAME === "0.0.0.0" ? "0.0.0.0" : env.HOSTNAME))) {
    throw new StartError(`Port ${env.PORT} is already in use. Stop what uses it or set PORT to another port.`);
  }

  let database: OpenDatabase | null = null;
  let server: ChildProcess | null = null;
  let lockFile: string | null = null;
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    await database
      ?.close()
      .catch((error: unknown) => console.error(`[heritage] stopping PostgreSQL: ${String(error)}`));
    if (lockFile) await rm(lockFile, { force: true });
    if (code !== -1) process.exit(code);
  };
  // Ctrl-C and SIGTERM: stop the web server and PostgreSQL, and leave no process behind.
  exitHook((done: () => void) => {
    say("stopping…");
    void shutdown(-1).then(done);
  });

  try {
    if (!env.DATABASE_URL) {
      await mkdir(dataDir, { recursive: true });
      lockFile = path.join(dataDir, "app.pid");
      const { stale } = await takeAppLock(lockFile);
      if (stale && (await stopOrphanedServer(path.join(dataDir, "postgres", "data")))) {
        say("stopped a PostgreSQL left running by an earlier run that was killed");
      }
      say(`starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || "."}/postgres)…`);
    }
    database = await openAppDatabase({ databaseUrl: env.DATABASE_URL, dataDir, port: env.EMBEDDED_PG_PORT });

    const migrated = await migrateDatabase({ databaseUrl: database.url, log: say });
    say(migrated.applied.length ? `applied ${migrated.applied.length} migration(s)` : "database schema is up to date");

    say("checking the catalogue data…");
    const seeded = await seedDatabase({ databaseUrl: database.url, production });
    if (seeded.catalogueLoaded) say("loaded the Palmyra catalogue");
    if (prepareOnly) {
      say("database ready (--prepare-only: not starting the web server)");
      await shutdown(0);
      return;
    }

    await mkdir(dataDir, { recursive: true });
    const secret = await authSecret(dataDir, env.NEXTAUTH_SECRET, production);
    const publicUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: publicUrl,
    };

    if (!buildIsCurrent()) {
      say("building the app (first start, or the sources changed)…");
      const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: childEnv });
      if (build.status !== 0) throw new StartError("The build failed (see above).");
      await writeFile(FINGERPRINT_FILE, sourceFingerprint());
    }

    // Next normalises a loopback address in request URLs to "localhost"; bound to 127.0.0.1 it
    // would then treat proxy.ts's rewrites (/ -> /en) as another origin and proxy them over HTTP.
    const bindHost = env.HOSTNAME === "127.0.0.1" || env.HOSTNAME === "::1" ? "localhost" : env.HOSTNAME;
    const web = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(env.PORT), "-H", bindHost], {
      stdio: ["ignore", "inherit", "inherit"],
      env: childEnv,
    });
    server = web;
    web.on("exit", (code) => {
      if (!shuttingDown) {
        console.error(`[heritage] the web server stopped (code ${code ?? "signal"}); stopping PostgreSQL`);
        void shutdown(code ?? 1);
      }
    });
    await waitForHttp(`http://127.0.0.1:${env.PORT}/`, web, 60_000);

    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log("");
    say(`ready in ${seconds} s: ${publicUrl}`);
    if (!production) {
      say("demo sign-ins (local use only; not created in production):");
      for (const account of DEMO_ACCOUNTS) {
        say(
          `  ${account.role === "ADMIN" ? "admin        " : "archaeologist"}  ${account.email}  /  ${account.password}`,
        );
      }
    }
    say("press Ctrl-C to stop");
  } catch (error) {
    await shutdown(-1);
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const expected =
    error instanceof StartError ||
    (error instanceof Error && /DATABASE_URL|PostgreSQL|Port|configuration/.test(message));
  console.error(`[heritage] ${expected ? "" : "start failed: "}${message}`);
  if (!expected && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
