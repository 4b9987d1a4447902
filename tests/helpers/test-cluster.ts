import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../scripts/lib/embedded-postgres";

// A PostgreSQL server for tests: the one in TEST_SERVER_URL / DATABASE_URL if given (tests then
// create and drop databases of their own on it, never touching the app's), otherwise a throwaway
// embedded cluster in a temporary folder.

export type TestCluster = {
  /** URL of `database` on this server. */
  urlFor: (database: string) => string;
  createDatabase: (name: string, template?: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export function clusterFromUrl(serverUrl: string, stop: () => Promise<void> = async () => {}): TestCluster {
  const urlFor = (database: string) => {
    const url = new URL(serverUrl);
    url.pathname = `/${encodeURIComponent(database)}`;
    return url.toString();
  };
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    urlFor,
    createDatabase: (name, template) =>
      admin(async (client) => {
        await client.query(
          `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ""}`,
        );
      }),
    dropDatabase: (name) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    stop,
  };
}

export async function startTestCluster(): Promise<TestCluster> {
  const external = process.env.TEST_SERVER_URL ?? process.env.DATABASE_URL;
  if (external) return clusterFromUrl(external);
  const dir = await mkdtemp(path.join(os.tmpdir(), "heritage-test-pg-"));
  let embedded: EmbeddedPostgresHandle;
  try {
    embedded = await startEmbeddedPostgres({ dir, port: await freePort(), fast: true });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return clusterFromUrl(embedded.urlFor("postgres"), async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  });
}
