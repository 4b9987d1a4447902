import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import {
  EmbeddedPostgresError,
  runningServerPid,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "./embedded-postgres";

export const APP_DATABASE = "heritage";

export class DatabaseConfigError extends Error {}

/** Turns a connection failure into one line that says which of the three things went wrong. */
export function describeConnectionError(error: unknown, url: string): string {
  const { hostname, port, pathname, username } = new URL(url);
  const where = `${hostname}:${port || 5432}`;
  const err = error as NodeJS.ErrnoException & { code?: string };
  switch (err.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `DATABASE_URL is unreachable: nothing answers at ${where} (${err.code}).`;
    case "28P01":
    case "28000":
      return `DATABASE_URL was refused: the server at ${where} rejected the login of user "${decodeURIComponent(username)}".`;
    case "3D000":
      return `DATABASE_URL names a database that does not exist: ${decodeURIComponent(pathname.slice(1))} on ${where}.`;
    default:
      return `DATABASE_URL could not be used (${where}): ${err.message ?? String(error)}`;
  }
}

export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 8_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseConfigError(describeConnectionError(error, url));
  } finally {
    await client.end().catch(() => {});
  }
}

export type OpenDatabase = {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
  close: () => Promise<void>;
};

/**
 * The app's database: DATABASE_URL when it is set (nothing is started), otherwise the embedded
 * PostgreSQL in DATA_DIR, started here, or the one a running `npm start` already serves.
 */
export async function openAppDatabase({
  databaseUrl,
  dataDir,
  port,
}: {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
}): Promise<OpenDatabase> {
  if (databaseUrl) {
    await checkConnection(databaseUrl);
    return { url: databaseUrl, embedded: null, close: async () => {} };
  }
  const root = path.resolve(dataDir, "postgres");
  const runningPid = await runningServerPid(path.join(root, "data"));
  if (runningPid !== null && existsSync(path.join(root, "credentials.json"))) {
    // The app is running: talk to its server rather than starting a second one on the same data.
    const pidLines = (await readFile(path.join(root, "data", "postmaster.pid"), "utf8")).split("\n");
    const runningPort = Number(pidLines[3]);
    const { user, password } = JSON.parse(await readFile(path.join(root, "credentials.json"), "utf8")) as {
      user: string;
      password: string;
    };
    const url = `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${runningPort}/${APP_DATABASE}`;
    await checkConnection(url);
    return { url, embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dir: root, port });
  try {
    await embedded.ensureDatabase(APP_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.urlFor(APP_DATABASE), embedded, close: () => embedded.stop() };
}

export { EmbeddedPostgresError };
