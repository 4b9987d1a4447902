/** `npm run audit:verify`: walks the audit log's hash chain; exit 1 at the first altered, inserted or removed entry. */
import path from "node:path";
import { verifyAuditChain } from "../lib/audit/verify";
import { env } from "../lib/env";
import { openAppDatabase } from "./lib/database";

const database = await openAppDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: path.resolve(env.DATA_DIR),
  port: env.EMBEDDED_PG_PORT,
}).catch((error: unknown) => {
  console.error(`[audit] ${(error as Error).message}`);
  process.exit(1);
});
let exitCode = 0;
try {
  const result = await verifyAuditChain(database.url);
  if (result.problem) {
    console.error(`[audit] TAMPERED: entry ${result.problem.id} ${result.problem.kind}: ${result.problem.detail}`);
    exitCode = 1;
  } else {
    console.log(`[audit] OK: ${result.entries} entries, chain intact`);
  }
} catch (error) {
  console.error(`[audit] ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await database.close();
}
// explicit: an exit hook of the database helper would otherwise end the process with 0
process.exit(exitCode);
