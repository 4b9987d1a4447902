import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { attemptSignIn, findSessionUser, revokeSession } from "../../lib/auth/credentials";
import { createSignInThrottle, MAX_FAILURES, type SignInThrottle } from "../../lib/auth/throttle";
import { createUser } from "../factories";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
let throttle: SignInThrottle;
beforeAll(async () => {
  database = await createTestDatabase({ from: "migrated" });
  throttle = createSignInThrottle(database.url);
});
afterAll(async () => {
  await throttle?.close();
  await database?.drop();
});

// A distinct address per test, so the per-IP counter of one test does not block another.
let ipCounter = 10;
const freshIp = () => `198.51.100.${ipCounter++}`;

describe("signing in", () => {
  it("signs in with the right password, creates a session and audits it", async () => {
    const { prisma } = database;
    const user = await createUser(prisma);
    const ip = freshIp();
    const result = await attemptSignIn({
      prisma,
      throttle,
      email: user.email.toUpperCase(),
      password: user.password,
      ip,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: "CONTRIBUTOR",
      sessionVersion: 1,
    });
    expect(result.user).not.toHaveProperty("passwordHash");
    const session = await prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.signIn.success", actorId: user.id },
    });
    expect(audit.ip).toBe(ip);
  });

  it("refuses the 11th attempt within 15 minutes even with the right password, per account", async () => {
    const { prisma } = database;
    const user = await createUser(prisma);
    for (let i = 0; i < MAX_FAILURES; i++) {
      // a different address each time: the account's own counter must block
      const result = await attemptSignIn({
        prisma,
        throttle,
        email: user.email,
        password: "wrong password",
        ip: freshIp(),
      });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const eleventh = await attemptSignIn({
      prisma,
      throttle,
      email: user.email,
      password: user.password,
      ip: freshIp(),
    });
    expect(eleventh).toEqual({ ok: false, reason: "throttled" });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "auth.signIn.failure", actorId: user.id } })).toBe(
      MAX_FAILURES,
    );
    expect(await prisma.auditLog.count({ where: { action: "auth.signIn.throttled", actorId: user.id } })).toBe(1);
  });

  it("refuses the 11th attempt from one address across different accounts, existing or not", async () => {
    const { prisma } = database;
    const ip = freshIp();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const result = await attemptSignIn({
        prisma,
        throttle,
        email: `nobody-${i}@test.heritage.local`,
        password: "x",
        ip,
      });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const user = await createUser(prisma);
    expect(await attemptSignIn({ prisma, throttle, email: user.email, password: user.password, ip })).toEqual({
      ok: false,
      reason: "throttled",
    });
    // the account itself is not blocked from another address
    const elsewhere = await attemptSignIn({
      prisma,
      throttle,
      email: user.email,
      password: user.password,
      ip: freshIp(),
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("answers the same for an unknown account, a wrong password and a disabled account", async () => {
    const { prisma } = database;
    const user = await createUser(prisma);
    const disabled = await createUser(prisma);
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const unknown = await attemptSignIn({
      prisma,
      throttle,
      email: "nobody@test.heritage.local",
      password: "x",
      ip: freshIp(),
    });
    const wrong = await attemptSignIn({ prisma, throttle, email: user.email, password: "not it", ip: freshIp() });
    const off = await attemptSignIn({
      prisma,
      throttle,
      email: disabled.email,
      password: disabled.password,
      ip: freshIp(),
    });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(off).toEqual(unknown);
  });

  it("counts failures in the PostgreSQL store, shared by every app instance", async () => {
    const { prisma } = database;
    const user = await createUser(prisma);
    const other = createSignInThrottle(database.url); // a second instance of the app
    onTestFinished(() => other.close());
    for (let i = 0; i < MAX_FAILURES / 2; i++) {
      await attemptSignIn({ prisma, throttle, email: user.email, password: "no", ip: freshIp() });
      await attemptSignIn({ prisma, throttle: other, email: user.email, password: "no", ip: freshIp() });
    }
    const rows = await prisma.signInThrottle.findMany({ where: { key: { contains: user.email } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.points).toBe(MAX_FAILURES);
    expect(
      await attemptSignIn({ prisma, throttle, email: user.email, password: user.password, ip: freshIp() }),
    ).toEqual({
      ok: false,
      reason: "throttled",
    });
  });
});

describe("sessions", () => {
  async function signedIn() {
    const { prisma } = database;
    const user = await createUser(prisma);
    const result = await attemptSignIn({ prisma, throttle, email: user.email, password: user.password, ip: freshIp() });
    if (!result.ok) throw new Error("sign-in failed");
    return { user, claims: { sid: result.sessionId, uid: user.id, sv: result.user.sessionVersion } };
  }

  it("a revoked session (sign-out) no longer resolves to its user", async () => {
    const { prisma } = database;
    const { user, claims } = await signedIn();
    expect(await findSessionUser(prisma, claims)).toMatchObject({ id: user.id });
    await revokeSession({ prisma, sessionId: claims.sid });
    expect(await findSessionUser(prisma, claims)).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "auth.signOut", actorId: user.id } })).toBe(1);
  });

  it("disabling the account or bumping its session version ends the session at once", async () => {
    const { prisma } = database;
    const a = await signedIn();
    await prisma.user.update({ where: { id: a.user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(prisma, a.claims)).toBeNull();
    const b = await signedIn();
    await prisma.user.update({ where: { id: b.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findSessionUser(prisma, b.claims)).toBeNull();
  });

  it("a role change applies at the next request: the role comes from the database", async () => {
    const { prisma } = database;
    const { user, claims } = await signedIn();
    await prisma.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    expect(await findSessionUser(prisma, claims)).toMatchObject({ role: "ADMIN" });
  });

  it("claims naming another user's session are refused", async () => {
    const { prisma } = database;
    const a = await signedIn();
    const b = await signedIn();
    expect(await findSessionUser(prisma, { ...a.claims, uid: b.user.id })).toBeNull();
  });
});
