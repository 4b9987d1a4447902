import { recordAudit } from "@/lib/audit/log";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SignInThrottle } from "@/lib/auth/throttle";

// How long a sign-in lasts; the session row and the cookie's JWT expire together.
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
      sessionId: string;
    }
  // "invalid" covers unknown account, wrong password, disabled account and no password set:
  // the visitor is told the same thing in every case so an account's existence does not leak.
  | { ok: false; reason: "invalid" | "throttled" };

// Verified against when the account does not exist, so that both cases take as long.
let dummyHash: Promise<string> | undefined;

export async function attemptSignIn({
  prisma,
  throttle,
  email: rawEmail,
  password,
  ip,
  userAgent,
}: {
  prisma: PrismaClient;
  throttle: SignInThrottle;
  email: string;
  password: string;
  ip: string | null;
  userAgent?: string | null;
}): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 320);
  const keys = { email, ip };

  // Checked before the password: once blocked, even the right password is refused.
  if (await throttle.isBlocked(keys)) {
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    await recordAudit(prisma, {
      actorId: user?.id ?? null,
      action: "auth.signIn.throttled",
      details: { email },
      ip,
    });
    return { ok: false, reason: "throttled" };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      sessionVersion: true,
      passwordHash: true,
      disabledAt: true,
    },
  });
  dummyHash ??= hashPassword("not-a-real-password-only-for-timing");
  const passwordOk = await verifyPassword({ hash: user?.passwordHash ?? (await dummyHash), password });
  const valid = Boolean(user && user.passwordHash && passwordOk && !user.disabledAt);

  if (!valid || !user) {
    await throttle.recordFailure(keys);
    await recordAudit(prisma, {
      actorId: user?.id ?? null,
      action: "auth.signIn.failure",
      details: { email, reason: !user ? "unknown-account" : user.disabledAt ? "disabled" : "wrong-password" },
      ip,
    });
    return { ok: false, reason: "invalid" };
  }

  await throttle.recordSuccess(keys);
  const session = await prisma.$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      },
      select: { id: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "auth.signIn.success", details: { sessionId: created.id }, ip });
    return created;
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    sessionId: session.id,
  };
}

/** Ends one session (sign-out): the row is revoked, so its cookie is refused from now on. */
export async function revokeSession({
  prisma,
  sessionId,
  ip,
}: {
  prisma: PrismaClient;
  sessionId: string;
  ip?: string | null;
}) {
  await prisma.$transaction(async (tx) => {
    const revoked = await tx.session.updateManyAndReturn({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { userId: true },
    });
    if (revoked[0])
      await recordAudit(tx, { actorId: revoked[0].userId, action: "auth.signOut", details: { sessionId }, ip });
  });
}

export type SessionClaims = { sid: string; uid: string; sv: number };

/** The signed-in user behind a session cookie's claims, or null when revoked, expired, disabled or outdated. */
export async function findSessionUser(prisma: PrismaClient, claims: SessionClaims) {
  const session = await prisma.session.findFirst({
    where: {
      id: claims.sid,
      userId: claims.uid,
      revokedAt: null,
      expiresAt: { gt: new Date() },
      user: { disabledAt: null, sessionVersion: claims.sv },
    },
    select: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  return session?.user ?? null;
}
