import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageShell } from "@/components/site/page-shell";
import { getSessionUser } from "@/lib/auth/session";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { safeCataloguePath } from "@/lib/i18n/routing";
import { SignInForm } from "./sign-in-form";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  return { title: t("auth.signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  const { next } = await searchParams;
  // Only a path of this site: never an absolute URL (no open redirect after sign-in).
  const nextPath = safeCataloguePath(typeof next === "string" ? next : "/edit");
  const destination = localePath(locale, nextPath === "/" ? "/edit" : nextPath);
  if (await getSessionUser()) redirect(destination);

  return (
    <PageShell locale={locale} path="/sign-in">
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-bold text-stone-900">{t("auth.signInTitle")}</h1>
        <p className="mt-2 text-stone-700">{t("auth.signInIntro")}</p>
        <SignInForm destination={destination} />
      </div>
    </PageShell>
  );
}
