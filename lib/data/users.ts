import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { clientOf, inTransaction, type Tx, type WithTx } from "@/lib/data/client";
import type { AccountTokenPurpose, Role } from "@/lib/generated/prisma/enums";
import { ExpectedError } from "@/lib/validations/errors";

// Accounts: created by an admin with a one-time sign-up link, roles, disabling, reset links.
// Every write checks `user:manage` itself and is audited in the same transaction.

export class AccountError extends ExpectedError {
  constructor(
    public readonly code: "last-admin" | "email-taken" | "not-found" | "self" | "invalid-link",
    message: string,
    fields: string[] = [],
  ) {
    super(code, message, fields);
    this.name = "AccountError";
  }
}

export const LINK_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  SIGN_UP: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 24 * 60 * 60 * 1000,
};

// Any constant shared by every writer that can reduce the number of active admins.
const ADMIN_SET_LOCK = 727_002;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function listUsers({ actor, tx }: { actor: Actor } & WithTx) {
  assertCan(actor.role, "user:manage");
  const users = await clientOf(tx).user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      createdAt: true,
      passwordHash: true,
    },
  });
  // A password hash never leaves lib/data: only whether the account has set one.
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}

async function issueToken(
  tx: Tx,
  { userId, purpose, actorId }: { userId: string; purpose: AccountTokenPurpose; actorId: string },
) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS[purpose]);
  // an earlier unused link of the same kind stops working
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { expiresAt: new Date() } });
  await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt, createdById: actorId },
  });
  return { token, expiresAt };
}

export async function createUserWithSignUpLink({
  actor,
  email,
  name,
  role,
  ip,
  tx: client,
}: {
  actor: Actor;
  email: string;
  name: string;
  role: Role;
  ip?: string | null;
} & WithTx) {
  assertCan(actor.role, "user:manage");
  const normalised = email.trim().toLowerCase();
  return inTransaction(client, async (tx) => {
    if (await tx.user.findUnique({ where: { email: normalised }, select: { id: true } })) {
      throw new AccountError("email-taken", "An account with this email address already exists.", ["email"]);
    }
    const user = await tx.user.create({
      data: { email: normalised, name: name.trim(), role },
      select: { id: true, email: true },
    });
    const link = await issueToken(tx, { userId: user.id, purpose: "SIGN_UP", actorId: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entityId: user.id,
      details: { email: user.email, role },
      ip,
    });
    return { userId: user.id, ...link };
  });
}

/** Fails unless, after the change, at least one enabled admin remains. Call inside the transaction. */
async function assertAdminRemains(tx: Tx, { losingAdmin }: { losingAdmin: string }) {
  // Serialises every change that can remove an admin, so two admins demoting each other at the
  // same moment cannot both see "one other admin left" and leave none.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_SET_LOCK})`;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: losingAdmin } } });
  if (others === 0) throw new AccountError("last-admin", "The last admin cannot be demoted or disabled.");
}

export async function changeUserRole({
  actor,
  userId,
  role,
  ip,
  tx: client,
}: {
  actor: Actor;
  userId: string;
  role: Role;
  ip?: string | null;
} & WithTx) {
  assertCan(actor.role, "user:manage");
  return inTransaction(client, async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (!target) throw new AccountError("not-found", "This account does not exist.");
    if (target.role === role) return;
    if (target.role === "ADMIN" && !target.disabledAt) await assertAdminRemains(tx, { losingAdmin: userId });
    // the role is read from the database on every request, so this applies at the next one
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.roleChange",
      entityId: userId,
      details: { from: target.role, to: role },
      ip,
    });
  });
}

export async function setUserDisabled({
  actor,
  userId,
  disabled,
  ip,
  tx: client,
}: {
  actor: Actor;
  userId: string;
  disabled: boolean;
  ip?: string | null;
} & WithTx) {
  assertCan(actor.role, "user:manage");
  return inTransaction(client, async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
    if (!target) throw new AccountError("not-found", "This account does not exist.");
    if (Boolean(target.disabledAt) === disabled) return;
    if (disabled) {
      if (target.role === "ADMIN") await assertAdminRemains(tx, { losingAdmin: userId });
      // every session of this account ends at its next request
      await tx.user.update({
        where: { id: userId },
        data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
      });
      await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    } else {
      await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? "user.disable" : "user.enable",
      entityId: userId,
      ip,
    });
  });
}

export async function issuePasswordResetLink({
  actor,
  userId,
  ip,
  tx: client,
}: {
  actor: Actor;
  userId: string;
  ip?: string | null;
} & WithTx) {
  assertCan(actor.role, "user:manage");
  return inTransaction(client, async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, passwordHash: true } });
    if (!target) throw new AccountError("not-found", "This account does not exist.");
    // an account that never signed up gets a fresh sign-up link instead
    const purpose: AccountTokenPurpose = target.passwordHash ? "PASSWORD_RESET" : "SIGN_UP";
    const link = await issueToken(tx, { userId, purpose, actorId: actor.id });
    await recordAudit(tx, { actorId: actor.id, action: "user.linkIssued", entityId: userId, details: { purpose }, ip });
    return { ...link, purpose };
  });
}

/** What a one-time link page shows before the password is chosen; null for a used, expired or unknown link. */
export async function findAccountLink({ token, tx }: { token: string } & WithTx) {
  const row = await clientOf(tx).accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, name: true, disabledAt: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt) return null;
  return { purpose: row.purpose, email: row.user.email, name: row.user.name };
}

/**
 * Sets the password through a one-time link (sign-up or reset). The link is the credential: it is
 * used once, in the same transaction, and every existing session of the account ends.
 */
export async function redeemAccountLink({
  token,
  password,
  ip,
  tx: client,
}: {
  token: string;
  password: string;
  ip?: string | null;
} & WithTx) {
  const passwordHash = await hashPassword(password);
  return inTransaction(client, async (tx) => {
    const now = new Date();
    const claimed = await tx.accountToken.updateManyAndReturn({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      data: { usedAt: now },
      select: { userId: true, purpose: true },
    });
    const link = claimed[0];
    if (!link) throw new AccountError("invalid-link", "This link has expired or has already been used.");
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId: link.userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actorId: link.userId,
      action: link.purpose === "SIGN_UP" ? "user.signUp" : "user.passwordReset",
      entityId: link.userId,
      ip,
    });
    return { userId: link.userId, purpose: link.purpose };
  });
}
