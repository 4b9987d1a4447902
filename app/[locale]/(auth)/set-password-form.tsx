"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { messageOr } from "@/lib/i18n/translator";
import { setPasswordWithLinkAction } from "./actions";

const input =
  "mt-1 block w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-invalid:border-red-700";

export function SetPasswordForm({ token, signInHref }: { token: string; signInHref: string }) {
  const t = useTranslations("link");
  const somethingWrong = useTranslations("auth")("somethingWrong");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setPasswordWithLinkAction, null);
  // a bad or used link, whichever way it shows, is "this link does not work"
  const message =
    state && !state.ok
      ? state.fieldErrors.token || state.formError === "invalid-link"
        ? "invalidBody"
        : state.formError === "invalid"
          ? undefined
          : (state.formError ?? undefined)
      : undefined;
  const say = (key: string | undefined) => (key ? messageOr(t, key, somethingWrong) : somethingWrong);
  if (state?.ok) {
    return (
      <div role="status" className="mt-6 space-y-3">
        <p data-testid="password-saved">{t("done")}</p>
        <Link href={signInHref} className="inline-flex min-h-11 items-center font-medium text-blue-800 underline">
          {t("goToSignIn")}
        </Link>
      </div>
    );
  }
  const field = (name: "password" | "confirm", label: string, autoComplete: string) => {
    const error = state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
    return (
      <div>
        <label htmlFor={name} className="block font-semibold">
          {label}
        </label>
        <input
          id={name}
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          minLength={12}
          className={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
        />
        {error ? (
          <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
            {say(error)}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form action={action} noValidate className="mt-6 space-y-4">
      <input type="hidden" name="token" value={token} />
      <div role="alert">{message ? <p className="text-red-800">{say(message)}</p> : null}</div>
      {field("password", t("password"), "new-password")}
      {field("confirm", t("confirm"), "new-password")}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
      >
        {t("submit")}
      </button>
    </form>
  );
}
