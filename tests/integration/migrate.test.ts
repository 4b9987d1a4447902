import { createHash } from "node:crypto";
import { cp, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrateDatabase, readMigrations } from "../../lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ from: "empty" });
  cleanups.push(database.drop);
  return database;
}

describe("migration runner", () => {
  it("applies every migration once and records it as Prisma does", async () => {
    const { url } = await emptyDatabase();
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await migrateDatabase({ databaseUrl: url });
    expect(first.applied).toEqual(migrations.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      const migration = migrations[index]!;
      // Prisma's checksum: sha256 (hex) of the migration.sql file's bytes.
      expect(row.checksum).toBe(createHash("sha256").update(migration.sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("changes nothing when run a second time", async () => {
    const { url } = await emptyDatabase();
    await migrateDatabase({ databaseUrl: url });
    const snapshot = () =>
      query(url, `SELECT id, checksum, finished_at, migration_name, started_at FROM "_prisma_migrations" ORDER BY id`);
    const before = await snapshot();
    const second = await migrateDatabase({ databaseUrl: url });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(before.length);
    expect(await snapshot()).toEqual(before);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const { url } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "heritage-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99990101000000_broken");
    await mkdir(broken);
    // The first statement succeeds, the second fails: neither may remain.
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "Leftover" (id INT);\nSELECT 1/0;\n`);

    await expect(migrateDatabase({ databaseUrl: url, dir })).rejects.toThrow(
      /99990101000000_broken failed and was rolled back/,
    );
    const leftover = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Leftover'`);
    expect(leftover).toHaveLength(0);
    const recorded = await query(
      url,
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    );
    expect(recorded).toHaveLength(0);
    // The good migrations before it were applied and kept.
    const applied = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(applied.length).toBe((await readMigrations()).length);
  });

  it("refuses to run when an applied migration was edited", async () => {
    const { url } = await emptyDatabase();
    await migrateDatabase({ databaseUrl: url });
    const dir = await mkdtemp(path.join(os.tmpdir(), "heritage-migrations-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited\n`);
    await expect(migrateDatabase({ databaseUrl: url, dir })).rejects.toThrow(/edited after it was applied/);
  });

  it("lets two processes migrate the same database at once without applying anything twice", async () => {
    const { url } = await emptyDatabase();
    const results = await Promise.all([migrateDatabase({ databaseUrl: url }), migrateDatabase({ databaseUrl: url })]);
    const total = (await readMigrations()).length;
    expect(results[0].applied.length + results[1].applied.length).toBe(total);
    const rows = await query(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(total);
  });
});
