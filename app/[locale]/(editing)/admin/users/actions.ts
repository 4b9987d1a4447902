"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/client-ip";
import { changeRoleSchema, createUserFormSchema, issueLinkFormSchema, setDisabledSchema } from "@/lib/auth/schemas";
import { changeUserRole, createUserWithSignUpLink, issuePasswordResetLink, setUserDisabled } from "@/lib/data/users";
import { env } from "@/lib/env";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { AccountSuccess } from "./state";

// The account forms' actions: the wrapper checks the session, `user:manage` and the form; lib/data
// checks the permission again and audits each change. Expected refusals (the last admin, an
// e-mail address taken) come back as codes the form translates.

function linkUrl(locale: Locale, purpose: "SIGN_UP" | "PASSWORD_RESET", token: string): string {
  const path = localePath(locale, purpose === "SIGN_UP" ? `/sign-up/${token}` : `/reset-password/${token}`);
  return env.NEXTAUTH_URL ? new URL(path, env.NEXTAUTH_URL).toString() : path;
}

async function ip() {
  return clientIp((await headers()).get("x-forwarded-for"));
}

export const createUserAction = defineFormAction({
  name: "createUserAction",
  permission: "user:manage",
  schema: createUserFormSchema,
  keepValues: ["name", "email", "role"],
  run: async ({ input: { locale, ...input }, user }): Promise<AccountSuccess> => {
    const created = await createUserWithSignUpLink({ actor: user, ...input, ip: await ip() });
    revalidatePath("/[locale]/admin/users", "page");
    return {
      link: {
        email: input.email,
        url: linkUrl(locale, "SIGN_UP", created.token),
        expiresAt: created.expiresAt.toISOString(),
      },
    };
  },
});

export const changeUserRoleAction = defineFormAction({
  name: "changeUserRoleAction",
  permission: "user:manage",
  schema: changeRoleSchema,
  run: async ({ input, user }): Promise<AccountSuccess> => {
    await changeUserRole({ actor: user, ...input, ip: await ip() });
    revalidatePath("/[locale]/admin/users", "page");
    return { message: "saved" };
  },
});

export const setUserDisabledAction = defineFormAction({
  name: "setUserDisabledAction",
  permission: "user:manage",
  schema: setDisabledSchema,
  run: async ({ input, user }): Promise<AccountSuccess> => {
    await setUserDisabled({ actor: user, userId: input.userId, disabled: input.disabled === "true", ip: await ip() });
    revalidatePath("/[locale]/admin/users", "page");
    return { message: "saved" };
  },
});

export const issueAccountLinkAction = defineFormAction({
  name: "issueAccountLinkAction",
  permission: "user:manage",
  schema: issueLinkFormSchema,
  run: async ({ input, user }): Promise<AccountSuccess> => {
    const issued = await issuePasswordResetLink({ actor: user, userId: input.userId, ip: await ip() });
    return {
      link: {
        email: input.email,
        url: linkUrl(input.locale, issued.purpose, issued.token),
        expiresAt: issued.expiresAt.toISOString(),
      },
    };
  },
});
