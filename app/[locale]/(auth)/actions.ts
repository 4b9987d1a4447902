"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/auth/client-ip";
import { revokeSession } from "@/lib/auth/credentials";
import { SESSION_COOKIE_NAME } from "@/lib/auth/options";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { getSessionClaims } from "@/lib/auth/session";
import { AccountError, redeemAccountLink } from "@/lib/data/users";
import { isLocale, localePath } from "@/lib/i18n/locales";

/** Signs out this browser: the session row is revoked, so a copy of the cookie stops working too. */
export async function signOutAction(formData: FormData): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) {
    await revokeSession({ prisma: db, sessionId: claims.sid, ip: clientIp((await headers()).get("x-forwarded-for")) });
  }
  (await cookies()).delete(SESSION_COOKIE_NAME);
  const locale = formData.get("locale");
  redirect(localePath(typeof locale === "string" && isLocale(locale) ? locale : "en", "/sign-in"));
}

export type SetPasswordState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
};

/** Sets a password through a one-time sign-up or reset link. Public: the link itself is the credential. */
export async function setPasswordWithLinkAction(
  _state: SetPasswordState,
  formData: FormData,
): Promise<SetPasswordState> {
  const parsed = setPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    if (fieldErrors.token) return { status: "error", message: "invalidBody" };
    return { status: "error", fieldErrors };
  }
  try {
    await redeemAccountLink({
      token: parsed.data.token,
      password: parsed.data.password,
      ip: clientIp((await headers()).get("x-forwarded-for")),
    });
    return { status: "ok" };
  } catch (error) {
    if (error instanceof AccountError) return { status: "error", message: "invalidBody" };
    console.error("[account link]", error);
    return { status: "error", message: "somethingWrong" };
  }
}
