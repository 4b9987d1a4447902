import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// Direct access to the e2e run's database (started by playwright.config.ts's web server), for
// fixtures a visitor cannot create: test photos and their before/after pair.
export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const credentials = JSON.parse(readFileSync(path.join(".data", "e2e", "postgres", "credentials.json"), "utf8")) as {
    user: string;
    password: string;
  };
  const client = new pg.Client({
    host: "127.0.0.1",
    port: Number(process.env.E2E_PG_PORT ?? 54339),
    user: credentials.user,
    password: credentials.password,
    database: "heritage",
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
