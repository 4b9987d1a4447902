"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/auth/client-ip";
import { revokeSession } from "@/lib/auth/credentials";
import { SESSION_COOKIE_NAME } from "@/lib/auth/options";
import { getSessionClaims } from "@/lib/auth/session";
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
