// What the account forms get back from their server actions. Messages are keys of
// messages/auth.*.ts `users` (or "forbidden"/"somethingWrong"), translated by the form.
export type AccountActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  reference?: string;
  fieldErrors?: Record<string, string>;
  link?: { email: string; url: string; expiresAt: string };
};

export const initialAccountState: AccountActionState = { status: "idle" };
