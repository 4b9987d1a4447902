/** `npm run db:seed`: loads the Palmyra catalogue (once) and, outside production, the demo accounts. */
import path from "node:path";
import { env } from "../lib/env";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDatabase } from "../prisma/seed/index";
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
  await migrateDatabase({ databaseUrl: database.url });
  const result = await seedDatabase({ databaseUrl: database.url, production: env.NODE_ENV === "production" });
  console.log(
    `[heritage] catalogue: ${result.catalogueLoaded ? "loaded" : "already loaded, nothing changed"}; demo accounts: ${result.demoAccounts}`,
  );
} catch (error) {
  console.error(`[heritage] ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
