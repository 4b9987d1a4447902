"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientIp } from "@/lib/auth/client-ip";
import { PermissionError } from "@/lib/auth/permissions";
import { changeRoleSchema, createUserSchema, issueLinkSchema, setDisabledSchema } from "@/lib/auth/schemas";
import { requireActionUser } from "@/lib/auth/session";
import {
  AccountError,
  changeUserRole,
  createUserWithSignUpLink,
  issuePasswordResetLink,
  setUserDisabled,
} from "@/lib/data/users";
import { env } from "@/lib/env";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import type { AccountActionState } from "./state";

function formObject(formData: FormData, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

const localeOf = (formData: FormData): Locale => {
  const value = formData.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "en";
};

function linkUrl(locale: Locale, purpose: "SIGN_UP" | "PASSWORD_RESET", token: string): string {
  const path = localePath(locale, purpose === "SIGN_UP" ? `/sign-up/${token}` : `/reset-password/${token}`);
  return env.NEXTAUTH_URL ? new URL(path, env.NEXTAUTH_URL).toString() : path;
}

async function ip() {
  return clientIp((await headers()).get("x-forwarded-for"));
}

// Expected failures become a message key for the form; anything else is logged and reported
// as "something went wrong" with a reference, never the error itself.
function failure(error: unknown): AccountActionState {
  if (error instanceof PermissionError) return { status: "error", message: "forbidden" };
  if (error instanceof AccountError) {
    const key = ({ "last-admin": "lastAdmin", "email-taken": "emailTaken", "not-found": "notFound" } as const)[
      error.code as "last-admin" | "email-taken" | "not-found"
    ];
    return { status: "error", message: key ?? "somethingWrong" };
  }
  const reference = crypto.randomUUID().slice(0, 8);
  console.error(`[accounts] ${reference}`, error);
  return { status: "error", message: "somethingWrong", reference };
}

export async function createUserAction(_state: AccountActionState, formData: FormData): Promise<AccountActionState> {
  try {
    const actor = await requireActionUser("user:manage", { action: "createUserAction" });
    const values = formObject(formData, ["name", "email", "role"]);
    const parsed = createUserSchema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      return { status: "error", fieldErrors, values };
    }
    let created;
    try {
      created = await createUserWithSignUpLink({ actor, ...parsed.data, ip: await ip() });
    } catch (error) {
      if (error instanceof AccountError && error.code === "email-taken") {
        return { status: "error", fieldErrors: { email: "emailTaken" }, values };
      }
      throw error;
    }
    revalidatePath("/[locale]/admin/users", "page");
    return {
      status: "ok",
      link: {
        email: parsed.data.email,
        url: linkUrl(localeOf(formData), "SIGN_UP", created.token),
        expiresAt: created.expiresAt.toISOString(),
      },
    };
  } catch (error) {
    return failure(error);
  }
}

export async function changeUserRoleAction(
  _state: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  try {
    const actor = await requireActionUser("user:manage", { action: "changeUserRoleAction" });
    const parsed = changeRoleSchema.safeParse(formObject(formData, ["userId", "role"]));
    if (!parsed.success) return { status: "error", message: "somethingWrong" };
    await changeUserRole({ actor, ...parsed.data, ip: await ip() });
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "ok", message: "saved" };
  } catch (error) {
    return failure(error);
  }
}

export async function setUserDisabledAction(
  _state: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  try {
    const actor = await requireActionUser("user:manage", { action: "setUserDisabledAction" });
    const parsed = setDisabledSchema.safeParse(formObject(formData, ["userId", "disabled"]));
    if (!parsed.success) return { status: "error", message: "somethingWrong" };
    await setUserDisabled({
      actor,
      userId: parsed.data.userId,
      disabled: parsed.data.disabled === "true",
      ip: await ip(),
    });
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "ok", message: "saved" };
  } catch (error) {
    return failure(error);
  }
}

export async function issueAccountLinkAction(
  _state: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  try {
    const actor = await requireActionUser("user:manage", { action: "issueAccountLinkAction" });
    const parsed = issueLinkSchema.safeParse(formObject(formData, ["userId"]));
    if (!parsed.success) return { status: "error", message: "somethingWrong" };
    const email = formData.get("email");
    const issued = await issuePasswordResetLink({ actor, userId: parsed.data.userId, ip: await ip() });
    return {
      status: "ok",
      link: {
        email: typeof email === "string" ? email : "",
        url: linkUrl(localeOf(formData), issued.purpose, issued.token),
        expiresAt: issued.expiresAt.toISOString(),
      },
    };
  } catch (error) {
    return failure(error);
  }
}
