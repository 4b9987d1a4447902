// `prisma generate` needs no database and no schema engine, but the CLI insists on finding the
// engine binary first and tries to download it, which fails on a closed network. Pointing it at
// any existing file satisfies that check (see ../shared/PLATFORM.md, "Prisma 7.10").
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
