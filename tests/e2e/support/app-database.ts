import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";

// The database of the app Playwright started (playwright.config.ts: DATA_DIR .data/e2e, the
// embedded PostgreSQL on E2E_PG_PORT), for arranging accounts and reading rows back.
export function appDatabaseUrl(): string {
  const credentials = JSON.parse(readFileSync(path.join(".data", "e2e", "postgres", "credentials.json"), "utf8")) as {
    user: string;
    password: string;
  };
  const port = process.env.E2E_PG_PORT ?? "54339";
  return `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/heritage`;
}

export async function withAppDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: appDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh account of its own, so a test that throttles or disables it cannot disturb another. */
export async function createAppUser({ role = "CONTRIBUTOR" }: { role?: "CONTRIBUTOR" | "ADMIN" } = {}) {
  const suffix = randomBytes(4).toString("hex");
  const email = `e2e-${role.toLowerCase()}-${suffix}@test.heritage.local`;
  const name = `E2E ${role === "ADMIN" ? "Admin" : "Archaeologist"} ${suffix}`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const id = `e2e${suffix}${randomBytes(6).toString("hex")}`;
  const passwordHash = await hashPassword(password);
  await withAppDatabase((client) =>
    client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, $4, $5::"Role", now())`,
      [id, email, name, passwordHash, role],
    ),
  );
  return { id, email, name, password, role };
}

/** A made-up client address (TEST-NET-3), so each test's per-IP sign-in counter is its own. */
export function testIp(): string {
  return `203.0.113.${1 + (randomBytes(1)[0]! % 254)}`;
}
