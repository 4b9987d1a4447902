import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { seedPalmyra } from "./palmyra";
import { seedRevisions } from "./revisions";
import { seedVocabularies } from "./vocabularies";

// Each data set is loaded in one transaction together with its SeedRun row: a run killed half-way
// leaves nothing, the next run loads it whole, and a run after that changes nothing.
export const CATALOGUE_SEED = "palmyra-catalogue-v1";
const SEED_LOCK_KEY = 72_707_370;

export type SeedResult = {
  catalogueLoaded: boolean;
  demoAccounts: "created" | "present" | "disabled" | "none";
};

export async function seedDatabase({
  databaseUrl,
  production,
}: {
  databaseUrl: string;
  production: boolean;
}): Promise<SeedResult> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const catalogueLoaded = await prisma.$transaction(
      async (tx) => {
        // Two processes seeding at once: the second waits, then sees the first one's SeedRun row.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
        if (await tx.seedRun.findUnique({ where: { name: CATALOGUE_SEED } })) return false;
        await seedVocabularies(tx);
        await seedPalmyra(tx);
        await seedRevisions(tx);
        await tx.seedRun.create({ data: { name: CATALOGUE_SEED } });
        return true;
      },
      { timeout: 120_000, maxWait: 60_000 },
    );

    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    let demoAccounts: SeedResult["demoAccounts"];
    if (production) {
      const { count } = await prisma.user.updateMany({
        where: { email: { in: emails }, disabledAt: null },
        data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
      });
      demoAccounts = count > 0 ? "disabled" : "none";
    } else {
      const existing = new Set(
        (await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email),
      );
      const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
      const rows = await Promise.all(
        missing.map(async ({ email, name, role, password }) => ({
          email,
          name,
          role,
          passwordHash: await hashPassword(password),
        })),
      );
      // skipDuplicates: an account someone already changed (password, role) is left as it is.
      await prisma.user.createMany({ data: rows, skipDuplicates: true });
      demoAccounts = missing.length === 0 ? "present" : "created";
    }
    return { catalogueLoaded, demoAccounts };
  } finally {
    await prisma.$disconnect();
  }
}
