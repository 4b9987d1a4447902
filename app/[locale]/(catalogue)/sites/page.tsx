import type { Metadata } from "next";
import { connection } from "next/server";
import { PageShell } from "@/components/site/page-shell";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import { cachedSites } from "@/lib/cache/public-reads";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/sites">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  return { title: t("sitePage.sitesHeading"), description: t("sitePage.sitesIntro") };
}

export default async function SitesPage({ params }: PageProps<"/[locale]/sites">) {
  const locale = await localeFromParams(params);
  await connection();
  const sites = await cachedSites();
  const t = await getTranslations({ locale });
  return (
    <PageShell locale={locale} path="/sites">
      <h1 className="text-3xl font-bold">{t("sitePage.sitesHeading")}</h1>
      <p className="mt-2 text-stone-700">{t("sitePage.sitesIntro")}</p>
      <ul className="mt-6 space-y-3">
        {sites.map((site) => (
          <li key={site.slug} className="rounded-lg border border-stone-300 bg-white p-4">
            <a href={localePath(locale, `/sites/${site.slug}`)} className="text-lg font-bold text-blue-800 underline">
              <LocalizedText value={pick(site, "name", locale)} locale={locale} />
            </a>
            <p className="text-stone-700">
              {localized(pick(site, "region", locale), locale)}
              {site.regionEn ? t("common.comma") : null}
              {t("sitePage.monumentCount", { count: site._count.monuments })}
            </p>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
