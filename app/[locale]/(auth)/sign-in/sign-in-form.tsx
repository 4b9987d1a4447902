"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { useTranslations } from "next-intl";
import { messageOr } from "@/lib/i18n/translator";

type Props = { destination: string };

const fieldClass =
  "mt-1 block w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-invalid:border-red-700";

export function SignInForm({ destination }: Props) {
  const t = useTranslations("auth");
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });

  const message = (key: string | undefined) => (key ? messageOr(t, key, key) : key);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (result?.ok && !result.error) {
        // A full navigation: the signed-in area's layout reads the new cookie on the server.
        window.location.assign(destination);
        return;
      }
      setFormError(result?.error === "too-many-attempts" ? t("tooManyAttempts") : t("invalidCredentials"));
    } catch {
      setFormError(t("somethingWrong"));
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-6 space-y-5"
      aria-describedby={formError ? "sign-in-error" : undefined}
    >
      <div role="alert" aria-live="assertive">
        {formError ? (
          <p
            id="sign-in-error"
            className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900"
            data-testid="sign-in-error"
          >
            {formError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="email" className="block font-semibold text-stone-900">
          {t("email")}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          className={fieldClass}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
        {errors.email ? (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {message(errors.email.message)}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold text-stone-900">
          {t("password")}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={fieldClass}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
        {errors.password ? (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {message(errors.password.message)}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 disabled:opacity-70 sm:w-auto"
      >
        {isSubmitting ? t("signingIn") : t("signInButton")}
      </button>
    </form>
  );
}
