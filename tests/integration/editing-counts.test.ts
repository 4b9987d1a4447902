import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
let counts: typeof import("../../lib/data/editing-counts");

beforeAll(async () => {
  database = await createTestDatabase({ from: "migrated" });
  process.env.DATABASE_URL = database.url;
  counts = await import("../../lib/data/editing-counts");
});
afterAll(async () => {
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await database?.drop();
});

async function proposal(authorId: string, status: string, seen = false) {
  await database.prisma.changeRequest.create({
    data: {
      kind: "CREATE",
      entityType: "SOURCE",
      proposedData: {},
      authorId,
      status: status as "PENDING",
      decisionSeenAt: seen ? new Date() : null,
    },
  });
}

describe("the editing header's counts", () => {
  it("counts pending proposals for admins only, and each author's unseen decisions", async () => {
    const { prisma } = database;
    const admin = await createUser(prisma, { role: "ADMIN" });
    const author = await createUser(prisma);
    const other = await createUser(prisma);
    await proposal(author.id, "PENDING");
    await proposal(other.id, "PENDING");
    await proposal(author.id, "APPROVED");
    await proposal(author.id, "REJECTED");
    await proposal(author.id, "CHANGES_REQUESTED", true); // already seen
    await proposal(author.id, "WITHDRAWN"); // the author's own doing, not a decision
    await proposal(other.id, "REJECTED");

    const asAdmin = await counts.getEditingCounts({
      user: { id: admin.id, email: admin.email, name: admin.name, role: "ADMIN" },
    });
    expect(asAdmin).toEqual({ pendingReview: 2, unseenDecisions: 0 });
    const asAuthor = await counts.getEditingCounts({
      user: { id: author.id, email: author.email, name: author.name, role: "CONTRIBUTOR" },
    });
    // a contributor is not told the size of the review queue
    expect(asAuthor).toEqual({ pendingReview: null, unseenDecisions: 2 });
  });
});
