import { connection } from "next/server";
import { PageShell } from "@/components/site/page-shell";
import { findAccountLink } from "@/lib/data/users";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { SetPasswordForm } from "./set-password-form";
import { getTranslations } from "next-intl/server";

/** The page behind a one-time sign-up or password-reset link. */
export async function AccountLinkPage({ locale, token, path }: { locale: Locale; token: string; path: string }) {
  await connection();
  const t = await getTranslations({ locale });
  const link = await findAccountLink({ token });
  return (
    <PageShell locale={locale} path={path}>
      <div className="mx-auto max-w-md">
        {link ? (
          <>
            <h1 className="text-3xl font-bold">
              {link.purpose === "SIGN_UP" ? t("link.signUpTitle") : t("link.resetTitle")}
            </h1>
            <p className="mt-2 text-stone-700">{t("link.intro", { email: link.email })}</p>
            <SetPasswordForm token={token} signInHref={localePath(locale, "/sign-in")} />
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold">{t("link.invalidTitle")}</h1>
            <p className="mt-2 text-stone-700" data-testid="link-invalid">
              {t("link.invalidBody")}
            </p>
          </>
        )}
      </div>
    </PageShell>
  );
}
