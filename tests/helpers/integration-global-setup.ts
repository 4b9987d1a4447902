import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../lib/db/migrate";
import { seedDatabase } from "../../prisma/seed/index";
import { startTestCluster } from "./test-cluster";

// Once per run: a PostgreSQL server, two template databases (migrated; migrated + seeded) that
// test files clone into databases of their own, and TEST_DATABASE_URL, a migrated database for
// tests that only read the schema.
const run = `${process.pid}_${Date.now().toString(36)}`;
export const TEMPLATE = `heritage_tpl_${run}`;
export const SEEDED_TEMPLATE = `heritage_tpl_seeded_${run}`;
const SCHEMA_DB = `heritage_schema_${run}`;

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster();
  try {
    await cluster.createDatabase(TEMPLATE);
    await migrateDatabase({ databaseUrl: cluster.urlFor(TEMPLATE) });
    await cluster.createDatabase(SCHEMA_DB, TEMPLATE);
    await cluster.createDatabase(SEEDED_TEMPLATE, TEMPLATE);
    try {
      await seedDatabase({ databaseUrl: cluster.urlFor(SEEDED_TEMPLATE), production: false });
    } catch (error) {
      // Keep going: the tests that need the seeded catalogue fail with this message, and the
      // others (schema parity above all, which names a schema change made without its
      // migration) still run and say what is wrong.
      process.env.TEST_SEED_ERROR = error instanceof Error ? error.message : String(error);
    }
  } catch (error) {
    await cluster.stop();
    throw error;
  }

  process.env.TEST_DATABASE_URL = cluster.urlFor(SCHEMA_DB);
  process.env.TEST_SERVER_URL_RESOLVED = cluster.urlFor("postgres");
  process.env.TEST_TEMPLATE_DB = TEMPLATE;
  process.env.TEST_SEEDED_TEMPLATE_DB = SEEDED_TEMPLATE;
  project.provide("testDatabaseUrl", cluster.urlFor(SCHEMA_DB));

  return async () => {
    for (const name of [SCHEMA_DB, SEEDED_TEMPLATE, TEMPLATE]) await cluster.dropDatabase(name).catch(() => {});
    await cluster.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}
