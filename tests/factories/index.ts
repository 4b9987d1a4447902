import { randomBytes } from "node:crypto";
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";

// Factories make unique records (fresh slugs and e-mails) so any test can run alone or in any
// order. They need the vocabulary rows, i.e. a database cloned from the seeded template.

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function createUser(
  prisma: PrismaClient,
  { role = "CONTRIBUTOR", password = "correct horse battery staple" }: { role?: Role; password?: string } = {},
) {
  const email = `${unique(role.toLowerCase())}@test.heritage.local`;
  const user = await prisma.user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, passwordHash: await hashPassword(password) },
  });
  return { ...user, password };
}

export async function createSite(prisma: PrismaClient) {
  const slug = unique("site");
  return prisma.site.create({
    data: {
      slug,
      nameEn: `Site ${slug}`,
      nameAr: `موقع ${slug}`,
      countryCode: "SY",
      latitude: 34.55,
      longitude: 38.27,
    },
  });
}

export async function createSource(prisma: PrismaClient) {
  return prisma.source.create({
    data: {
      title: `Report ${unique("src")}`,
      outlet: "Test Gazette",
      publishedOn: new Date("2016-03-28"),
      publishedPrecision: "DAY",
      kindCode: "news_article",
      reliabilityCode: (await prisma.sourceReliability.findFirstOrThrow({ orderBy: { rank: "asc" } })).code,
    },
  });
}

export async function createMonument(prisma: PrismaClient, overrides: { siteId?: string; isSensitive?: boolean } = {}) {
  const siteId = overrides.siteId ?? (await createSite(prisma)).id;
  const slug = unique("monument");
  const kind = await prisma.monumentKind.findFirstOrThrow();
  return prisma.monument.create({
    data: {
      slug,
      siteId,
      kindCode: kind.code,
      nameEn: `Monument ${slug}`,
      nameAr: `معلم ${slug}`,
      latitude: 34.5478,
      longitude: 38.2667,
      locationPrecision: "EXACT",
      isSensitive: overrides.isSensitive ?? false,
    },
  });
}

export async function createDamageReport(prisma: PrismaClient, { monumentId }: { monumentId: string }) {
  const source = await createSource(prisma);
  const [cause, condition, certainty] = await Promise.all([
    prisma.damageCause.findFirstOrThrow(),
    prisma.condition.findFirstOrThrow({ where: { code: "destroyed" } }),
    prisma.certainty.findFirstOrThrow({ where: { code: "confirmed" } }),
  ]);
  return prisma.damageReport.create({
    data: {
      monumentId,
      occurredOn: new Date("2015-08-30"),
      datePrecision: "DAY",
      causeCode: cause.code,
      conditionAfterCode: condition.code,
      certaintyCode: certainty.code,
      descriptionEn: "Test damage report.",
      citations: { create: [{ sourceId: source.id, claimEn: "Test claim." }] },
    },
  });
}
