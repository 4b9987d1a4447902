import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/site/language-switch";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { useTranslations } from "next-intl";

/**
 * Skip link, header, main landmark and footer of every public page. Each page renders it with
 * its own path, so the language switch points at the same page in the other language even
 * after a client-side navigation (a shared layout would keep the first page's path).
 */
export function PageShell({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  const t = useTranslations();
  const home = localePath(locale, "/");
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-blue-800 focus:shadow-lg"
      >
        {t("site.skipToContent")}
      </a>
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
          <Link href={home} className="text-lg leading-tight font-bold text-stone-900 no-underline hover:underline">
            {t("site.name")}
          </Link>
          <nav aria-label={t("site.headerNav")}>
            <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <li>
                <Link
                  href={localePath(locale, "/monuments")}
                  className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
                >
                  {t("nav.search")}
                </Link>
              </li>
              <li>
                <Link
                  href={localePath(locale, "/sites")}
                  className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
                >
                  {t("nav.sites")}
                </Link>
              </li>
              <li>
                <LanguageSwitch locale={locale} path={path} />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-stone-300 bg-white">
        <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-stone-700">
          <p>{t("site.footerSources")}</p>
          <p>{t("site.footerCoordinates")}</p>
          <p>
            <Link href={localePath(locale, "/open-data")} className="text-blue-800 underline hover:text-blue-950">
              {t("openData.footerLink")}
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
