import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { clusterFromUrl } from "./test-cluster";

export type TestDatabase = { url: string; prisma: PrismaClient; drop: () => Promise<void> };

export function testServerUrl(): string {
  const url = process.env.TEST_SERVER_URL_RESOLVED;
  if (!url) throw new Error("Integration tests need the global setup (run them with `npm test`).");
  return url;
}

/**
 * A database of this test's own, cloned from the migrated (or migrated and seeded) template made
 * by the global setup: tests never share rows, and each can run alone.
 */
export async function createTestDatabase({
  from = "migrated",
}: { from?: "empty" | "migrated" | "seeded" } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_SERVER_URL_RESOLVED;
  const template =
    from === "seeded"
      ? process.env.TEST_SEEDED_TEMPLATE_DB
      : from === "migrated"
        ? process.env.TEST_TEMPLATE_DB
        : undefined;
  if (!serverUrl || (from !== "empty" && !template)) {
    throw new Error("Integration tests need the global setup (run them with `npm test`).");
  }
  if (from === "seeded" && process.env.TEST_SEED_ERROR) {
    throw new Error(`The seeded template could not be made: ${process.env.TEST_SEED_ERROR}`);
  }
  const cluster = clusterFromUrl(serverUrl);
  const name = `heritage_t_${randomBytes(6).toString("hex")}`;
  await cluster.createDatabase(name, template);
  const url = cluster.urlFor(name);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await cluster.dropDatabase(name);
    },
  };
}
