import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// lib/data/users.ts uses the app's one client (lib/db.ts), which reads DATABASE_URL when first
// imported: point it at this file's own database, then import.
let database: TestDatabase;
let users: typeof import("../../lib/data/users");
let credentials: typeof import("../../lib/auth/credentials");

beforeAll(async () => {
  database = await createTestDatabase({ from: "migrated" });
  process.env.DATABASE_URL = database.url;
  users = await import("../../lib/data/users");
  credentials = await import("../../lib/auth/credentials");
});
afterAll(async () => {
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await database?.drop();
});

const actorOf = (user: { id: string; role: "ADMIN" | "CONTRIBUTOR" }) => ({ id: user.id, role: user.role });

describe("accounts", () => {
  it("creates a user with a one-time sign-up link stored hashed, usable once", async () => {
    const { prisma } = database;
    const admin = await createUser(prisma, { role: "ADMIN" });
    const { userId, token, expiresAt } = await users.createUserWithSignUpLink({
      actor: actorOf(admin),
      email: "New.Person@Test.Heritage.Local",
      name: "New Person",
      role: "CONTRIBUTOR",
    });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    const stored = await prisma.accountToken.findFirstOrThrow({ where: { userId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await users.findAccountLink({ token: token })).toMatchObject({
      purpose: "SIGN_UP",
      email: "new.person@test.heritage.local",
    });

    await users.redeemAccountLink({ token, password: "a long enough password" });
    await expect(users.redeemAccountLink({ token, password: "another password!" })).rejects.toMatchObject({
      code: "invalid-link",
    });
    expect(await users.findAccountLink({ token: token })).toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const actions = (await prisma.auditLog.findMany({ where: { entityId: userId }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["user.create", "user.signUp"]);
  });

  it("refuses a contributor and an expired link", async () => {
    const { prisma } = database;
    const contributor = await createUser(prisma);
    await expect(
      users.createUserWithSignUpLink({
        actor: actorOf(contributor),
        email: "x@test.heritage.local",
        name: "X",
        role: "ADMIN",
      }),
    ).rejects.toThrow(/permission/);
    expect(await prisma.user.count({ where: { email: "x@test.heritage.local" } })).toBe(0);

    const admin = await createUser(prisma, { role: "ADMIN" });
    const { token } = await users.issuePasswordResetLink({ actor: actorOf(admin), userId: contributor.id });
    await prisma.accountToken.updateMany({
      where: { userId: contributor.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(users.redeemAccountLink({ token, password: "whatever password" })).rejects.toMatchObject({
      code: "invalid-link",
    });
  });

  it("disabling ends the user's sessions at once; a role change applies at the next request", async () => {
    const { prisma } = database;
    const admin = await createUser(prisma, { role: "ADMIN" });
    const target = await createUser(prisma);
    const session = await prisma.session.create({
      data: { userId: target.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const claims = { sid: session.id, uid: target.id, sv: 1 };
    await users.changeUserRole({ actor: actorOf(admin), userId: target.id, role: "ADMIN" });
    expect(await credentials.findSessionUser(prisma, claims)).toMatchObject({ role: "ADMIN" });
    await users.setUserDisabled({ actor: actorOf(admin), userId: target.id, disabled: true });
    expect(await credentials.findSessionUser(prisma, claims)).toBeNull();
    const audit = await prisma.auditLog.findMany({ where: { entityId: target.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.roleChange", "user.disable"]);
    expect(audit[0]?.details).toEqual({ from: "CONTRIBUTOR", to: "ADMIN" });
  });

  it("a password reset ends the account's other sessions", async () => {
    const { prisma } = database;
    const admin = await createUser(prisma, { role: "ADMIN" });
    const target = await createUser(prisma);
    const session = await prisma.session.create({
      data: { userId: target.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const { token, purpose } = await users.issuePasswordResetLink({ actor: actorOf(admin), userId: target.id });
    expect(purpose).toBe("PASSWORD_RESET");
    await users.redeemAccountLink({ token, password: "a brand new password" });
    expect(await credentials.findSessionUser(prisma, { sid: session.id, uid: target.id, sv: 1 })).toBeNull();
  });
});

describe("the last admin", () => {
  it("cannot be demoted or disabled", async () => {
    const { prisma } = database;
    // this database's only enabled admin
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { disabledAt: new Date() } });
    const admin = await createUser(prisma, { role: "ADMIN" });
    await expect(
      users.changeUserRole({ actor: actorOf(admin), userId: admin.id, role: "CONTRIBUTOR" }),
    ).rejects.toMatchObject({
      code: "last-admin",
    });
    await expect(
      users.setUserDisabled({ actor: actorOf(admin), userId: admin.id, disabled: true }),
    ).rejects.toMatchObject({
      code: "last-admin",
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      disabledAt: null,
    });
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    const { prisma } = database;
    for (let round = 0; round < 5; round++) {
      await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { disabledAt: new Date() } });
      const a = await createUser(prisma, { role: "ADMIN" });
      const b = await createUser(prisma, { role: "ADMIN" });
      const results = await Promise.allSettled([
        users.changeUserRole({ actor: actorOf(a), userId: b.id, role: "CONTRIBUTOR" }),
        users.changeUserRole({ actor: actorOf(b), userId: a.id, role: "CONTRIBUTOR" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
  });

  it("an admin disabling the other while being demoted leaves one admin", async () => {
    const { prisma } = database;
    await prisma.user.updateMany({ where: { role: "ADMIN" }, data: { disabledAt: new Date() } });
    const a = await createUser(prisma, { role: "ADMIN" });
    const b = await createUser(prisma, { role: "ADMIN" });
    await Promise.allSettled([
      users.setUserDisabled({ actor: actorOf(a), userId: b.id, disabled: true }),
      users.changeUserRole({ actor: actorOf(b), userId: a.id, role: "CONTRIBUTOR" }),
    ]);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});
