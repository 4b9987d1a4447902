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

/**
 * A new published monument copied from a seeded one (new id, slug and English name), for a test
 * that needs a public page nobody has seen yet: the seeded pages are kept in the public cache as
 * soon as anything renders them (a visit, or a link prefetched from the home page).
 */
export async function copyMonument(client: pg.Client, fromSlug: string): Promise<{ id: string; slug: string }> {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const id = `e2e-copy-${suffix}`;
  const slug = `${fromSlug}-e2e-${suffix}`;
  await client.query("BEGIN");
  try {
    await client.query(`CREATE TEMP TABLE monument_copy ON COMMIT DROP AS SELECT * FROM "Monument" WHERE slug = $1`, [
      fromSlug,
    ]);
    await client.query(
      `UPDATE monument_copy SET id = $1, slug = $2, "nameEn" = "nameEn" || ' (E2E copy ' || $3 || ')', "parentId" = NULL`,
      [id, slug, suffix],
    );
    await client.query(`INSERT INTO "Monument" SELECT * FROM monument_copy`);
    // its history too (the page links its current version's permalink)
    await client.query(
      `CREATE TEMP TABLE revision_copy ON COMMIT DROP AS
         SELECT r.* FROM "Revision" r JOIN "Monument" m ON m.id = r."entityId" AND r."entityType" = 'MONUMENT'
         WHERE m.slug = $1`,
      [fromSlug],
    );
    await client.query(`UPDATE revision_copy SET id = id || '-' || $1, "entityId" = $2`, [suffix, id]);
    await client.query(`INSERT INTO "Revision" SELECT * FROM revision_copy`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return { id, slug };
}

/** Removes a copy made by copyMonument, with the photos, pairs and revisions a test gave it. */
export async function removeMonumentCopy(client: pg.Client, id: string): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM "MediaPair" WHERE "monumentId" = $1`, [id]);
    await client.query(`DELETE FROM "Media" WHERE "monumentId" = $1`, [id]);
    await client.query(`DELETE FROM "Revision" WHERE "entityType" = 'MONUMENT' AND "entityId" = $1`, [id]);
    await client.query(`DELETE FROM "Monument" WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
