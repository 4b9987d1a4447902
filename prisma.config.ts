import { defineConfig } from "prisma/config";

// Only the CLI reads this file (for `prisma generate`, and for `migrate deploy` / `migrate status`
// on machines where Prisma's schema engine is available). The app itself connects through
// lib/db.ts and applies migrations with scripts/db-migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused",
  },
});
