import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { locale as localeParam } from "next/root-params";
import { PageShell } from "@/components/site/page-shell";
import { defaultLocale, isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { PATH_HEADER, safeCataloguePath } from "@/lib/i18n/routing";
import { getTranslations } from "next-intl/server";

// not-found receives no params: the locale comes from the root segment, the path for the
// language switch from the header proxy.ts sets.
async function currentLocale(): Promise<Locale> {
  const value = await localeParam();
  return value && isLocale(value) ? value : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await currentLocale() });
  return { title: t("meta.notFoundTitle") };
}

export default async function NotFound() {
  const locale = await currentLocale();
  const path = safeCataloguePath((await headers()).get(PATH_HEADER));
  const t = await getTranslations({ locale });
  return (
    <PageShell locale={locale} path={path}>
      <h1 className="text-3xl font-bold">{t("notFound.heading")}</h1>
      <p className="mt-4 max-w-prose">{t("notFound.body")}</p>
      <form action={localePath(locale, "/monuments")} method="get" role="search" className="mt-6 max-w-xl">
        <label htmlFor="not-found-q" className="block font-semibold">
          {t("search404.hint")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="not-found-q"
            name="q"
            type="search"
            dir="auto"
            className="min-h-11 w-full min-w-0 rounded-md border border-stone-500 bg-white px-3 py-2 text-stone-900"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-md bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900"
          >
            {t("search.submit")}
          </button>
        </div>
      </form>
      <p className="mt-6">
        <Link href={localePath(locale, "/")} className="font-semibold text-blue-800 underline hover:text-blue-950">
          {t("notFound.backHome")}
        </Link>
      </p>
    </PageShell>
  );
}
