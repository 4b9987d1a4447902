import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { recordRefusal } from "@/lib/audit/refusal";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { clientIp } from "@/lib/auth/client-ip";
import { authOptions, claimsOf, SESSION_COOKIE_NAME } from "@/lib/auth/options";
import { can, PermissionError, type Permission } from "@/lib/auth/permissions";
import { PATH_HEADER, safeCataloguePath } from "@/lib/i18n/routing";
import { localePath, type Locale } from "@/lib/i18n/locales";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The session cookie's claims (signature checked, database not consulted): for signing out. */
export const getSessionClaims = cache(async () => {
  const raw = (await cookies()).get(SESSION_COOKIE_NAME)?.value;
  if (!raw || !authOptions.secret) return null;
  try {
    return claimsOf(await decode({ token: raw, secret: authOptions.secret }));
  } catch {
    return null;
  }
});

/**
 * The signed-in user, checked against the database on every request (the session callback in
 * lib/auth/options.ts): null when signed out, when the session was revoked (sign-out), the
 * account disabled or its session version bumped. The role is the database's, so a role change
 * applies at the next request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { user?: Partial<SessionUser> } | null;
  const user = session?.user;
  if (
    !user ||
    typeof user.id !== "string" ||
    typeof user.email !== "string" ||
    typeof user.name !== "string" ||
    !user.role
  ) {
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

async function currentPath(): Promise<string> {
  return safeCataloguePath((await headers()).get(PATH_HEADER));
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page (then back here); a signed-in
 * user without `permission` gets the not-found page, which does not reveal what exists.
 */
export async function requireUser(
  permission?: Permission,
  { locale = "en" }: { locale?: Locale } = {},
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const next = await currentPath();
    redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(next)}`);
  }
  if (permission && !can(user.role, permission)) notFound();
  return user;
}

/**
 * For server actions and route handlers: the signed-in user holding `permission`, or a
 * PermissionError. A signed-in user refused is recorded in the audit log ("action.refused").
 */
export async function requireActionUser(
  permission: Permission,
  context: { action?: string } = {},
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new PermissionError(permission);
  if (!can(user.role, permission)) {
    await recordRefusal({
      tx: db,
      actorId: user.id,
      attempted: context.action ?? "unknown",
      reason: "permission",
      permission,
      role: user.role,
      ip: clientIp((await headers()).get("x-forwarded-for")),
    });
    throw new PermissionError(permission);
  }
  return user;
}
