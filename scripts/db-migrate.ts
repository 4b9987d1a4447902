/** `npm run db:migrate`: applies pending migrations to the app's database; a second run changes nothing. */
import path from "node:path";
import { env } from "../lib/env";
import { migrateDatabase } from "../lib/db/migrate";
import { openAppDatabase } from "./lib/database";

const database = await openAppDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: path.resolve(env.DATA_DIR),
  port: env.EMBEDDED_PG_PORT,
}).catch((error: unknown) => {
  console.error(`[heritage] ${(error as Error).message}`);
  process.exit(1);
});
try {
  const result = await migrateDatabase({ databaseUrl: database.url, log: (m) => console.log(`[heritage] ${m}`) });
  console.log(`[heritage] ${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied`);
} catch (error) {
  console.error(`[heritage] ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
