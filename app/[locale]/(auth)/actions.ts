"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/client-ip";
import { revokeSession } from "@/lib/auth/credentials";
import { SESSION_COOKIE_NAME } from "@/lib/auth/options";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { getSessionClaims } from "@/lib/auth/session";
import { redeemAccountLink } from "@/lib/data/users";
import { localePath } from "@/lib/i18n/locales";

/**
 * Signs out this browser: the session row is revoked, so a copy of the cookie stops working too.
 * "public" to the wrapper: it acts only on the caller's own cookie, and must also clear a cookie
 * whose session already ended (a disabled account), which no longer counts as signed in.
 */
const signOut = defineAction({
  name: "signOutAction",
  permission: "public",
  schema: z.strictObject({ locale: z.enum(["en", "ar"]).catch("en") }),
  run: async ({ input }) => {
    const claims = await getSessionClaims();
    if (claims) {
      await revokeSession({
        prisma: db,
        sessionId: claims.sid,
        ip: clientIp((await headers()).get("x-forwarded-for")),
      });
    }
    (await cookies()).delete(SESSION_COOKIE_NAME);
    redirect(localePath(input.locale, "/sign-in"));
  },
});

// The sign-out button is a plain <form action>, which takes no result: it redirects when done.
export async function signOutAction(formData: FormData): Promise<void> {
  await signOut(formData);
}

/** Sets a password through a one-time sign-up or reset link. Public: the link itself is the credential. */
export const setPasswordWithLinkAction = defineFormAction({
  name: "setPasswordWithLinkAction",
  permission: "public",
  schema: setPasswordSchema,
  run: async ({ input }) => {
    await redeemAccountLink({
      token: input.token,
      password: input.password,
      ip: clientIp((await headers()).get("x-forwarded-for")),
    });
  },
});
