import type { ActionResult } from "@/lib/actions/result";

// What the account forms get back from their server actions (lib/actions/result.ts): on success a
// "saved" message key or a one-time link; on failure codes, translated by the form.
export type AccountSuccess = { message?: "saved"; link?: { email: string; url: string; expiresAt: string } };
export type AccountActionState = ActionResult<AccountSuccess> | null;

/** The key in messages/auth.*.ts `users` for a code an account action returns. */
export function accountMessageKey(code: string): string {
  const keys: Record<string, string> = {
    "last-admin": "lastAdmin",
    "email-taken": "emailTaken",
    "not-found": "notFound",
    permission: "forbidden",
    invalid: "somethingWrong",
    unexpected: "somethingWrong",
  };
  return keys[code] ?? code;
}
