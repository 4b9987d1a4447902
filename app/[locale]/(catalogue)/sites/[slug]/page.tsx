import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ConditionBadge } from "@/components/monument/condition-badge";
import { Locator } from "@/components/map/locator";
import { PageShell } from "@/components/site/page-shell";
import { CitationList } from "@/components/source/citation-list";
import { Fact, FactList } from "@/components/ui/fact-list";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import { Section } from "@/components/ui/section";
import type { SitePage as SiteData } from "@/lib/data/sites";
import { cachedSite } from "@/lib/cache/public-reads";
import { formatDateWithPrecision } from "@/lib/format/date";
import { absoluteUrl, jsonLd } from "@/lib/format/site-url";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/open-data/download-links";
import { exportPaths } from "@/lib/api/links";

type Props = PageProps<"/[locale]/sites/[slug]">;

async function load(params: Props["params"]) {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const site = await cachedSite(slug);
  if (!site) notFound();
  return { locale, site };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, site } = await load(params);
  const name = pick(site, "name", locale).text;
  const description = pick(site, "description", locale)?.text.slice(0, 300);
  const path = `/sites/${site.slug}`;
  return {
    title: name,
    description,
    alternates: {
      canonical: absoluteUrl(localePath(locale, path)),
      languages: { en: absoluteUrl(localePath("en", path)), ar: absoluteUrl(localePath("ar", path)) },
    },
    openGraph: { type: "website", title: name, description, url: absoluteUrl(localePath(locale, path)) },
  };
}

function siteJsonLd(site: SiteData, locale: Locale) {
  return {
    "@context": "https://schema.org",
    "@type": "TouristAttraction",
    name: pick(site, "name", locale).text,
    alternateName: site.altNames,
    description: pick(site, "description", locale)?.text,
    url: absoluteUrl(localePath(locale, `/sites/${site.slug}`)),
    ...(site.latitude !== null && site.longitude !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: site.latitude, longitude: site.longitude } }
      : {}),
  };
}

export default async function SitePage({ params }: Props) {
  const { locale, site } = await load(params);
  const t = await getTranslations({ locale });
  const name = pick(site, "name", locale);
  return (
    <PageShell locale={locale} path={`/sites/${site.slug}`}>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">
        <LocalizedText value={name} locale={locale} />
      </h1>
      <Section id="overview" heading={t("sitePage.overview")}>
        <FactList>
          <Fact label={t("sitePage.region")}>{localized(pick(site, "region", locale), locale)}</Fact>
          <Fact label={t("sitePage.designation")}>
            {localized(pick(site, "designation", locale), locale)}
            {site.unescoInscribedYear ? (
              <span className="block text-sm text-stone-700">
                {t("sitePage.unescoYear", { year: site.unescoInscribedYear })}
              </span>
            ) : null}
          </Fact>
        </FactList>
        {site.descriptionEn ? (
          <p className="mt-4 max-w-prose whitespace-pre-line">{localized(pick(site, "description", locale), locale)}</p>
        ) : null}
        {site.citations.length > 0 ? (
          <div className="mt-4">
            <CitationList citations={site.citations} locale={locale} />
          </div>
        ) : null}
      </Section>

      <Section id="control" heading={t("sitePage.controlHeading")} intro={t("sitePage.controlIntro")}>
        {site.controlPeriods.length === 0 ? (
          <p>{t("sitePage.controlEmpty")}</p>
        ) : (
          <ol className="space-y-4 border-s-2 border-stone-300 ps-5" data-testid="control-periods">
            {site.controlPeriods.map((period) => {
              const start = formatDateWithPrecision({
                date: period.startDate,
                precision: period.startPrecision,
                locale,
              });
              const end = formatDateWithPrecision({ date: period.endDate, precision: period.endPrecision, locale });
              return (
                <li key={period.id} className="rounded-lg border border-stone-300 bg-white p-4">
                  <h3 className="font-bold">
                    <span className="block text-sm font-semibold text-stone-700">
                      {start} – {end ?? t("sitePage.ongoing")}
                    </span>
                    <LocalizedText value={pick(period, "controller", locale)} locale={locale} />
                  </h3>
                  {period.notesEn ? <p className="mt-2">{localized(pick(period, "notes", locale), locale)}</p> : null}
                  {period.citations.length > 0 ? (
                    <div className="mt-3">
                      <CitationList citations={period.citations} locale={locale} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </Section>

      <Section id="damage" heading={t("sitePage.damageHeading")} intro={t("sitePage.damageIntro")}>
        <ol className="space-y-2" data-testid="site-damage">
          {site.damage.map((report) => (
            <li key={report.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-stone-200 pb-2">
              <span className="w-full text-sm font-semibold text-stone-700 sm:w-52">
                {formatDateWithPrecision({
                  date: report.occurredOn,
                  end: report.occurredOnEnd,
                  precision: report.datePrecision,
                  startPrecision: report.windowStartPrecision,
                  endPrecision: report.windowEndPrecision,
                  locale,
                }) ?? t("damage.dateUnknown")}
              </span>
              <Link
                href={localePath(locale, `/monuments/${report.monument.slug}#damage-${report.id}`)}
                className="text-blue-800 underline"
              >
                <LocalizedText value={pick(report.monument, "name", locale)} locale={locale} />
              </Link>
              <span className="text-sm text-stone-700">
                <LocalizedText value={pick(report.cause, "label", locale)} locale={locale} />
              </span>
              <ConditionBadge condition={report.conditionAfter} locale={locale} />
            </li>
          ))}
        </ol>
      </Section>

      <Section id="monuments" heading={t("sitePage.monumentsHeading")}>
        <Locator points={site.monuments} label={t("map.locatorLabel", { name: name.text })} locale={locale} />
        {site.monumentCount > site.monuments.length ? (
          <p className="mt-4">
            <Link
              href={`${localePath(locale, "/monuments")}?site=${encodeURIComponent(site.slug)}`}
              className="font-semibold text-blue-800 underline"
            >
              {t("sitePage.monumentCount", { count: site.monumentCount })}
            </Link>
          </p>
        ) : null}
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {site.monuments.map((monument) => (
            <li key={monument.slug}>
              <Link href={localePath(locale, `/monuments/${monument.slug}`)} className="text-blue-800 underline">
                <LocalizedText value={pick(monument, "name", locale)} locale={locale} />
              </Link>
              <span className="text-stone-700">
                {t("common.comma")}
                <LocalizedText value={pick(monument.kind, "label", locale)} locale={locale} />
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(siteJsonLd(site, locale)) }} />
      <Section id="download" heading={t("openData.downloadHeading")}>
        <DownloadLinks
          intro={t("openData.siteIntro")}
          locale={locale}
          links={[
            {
              href: exportPaths.geojson(`?site=${encodeURIComponent(site.slug)}`),
              label: "GeoJSON",
              type: "application/geo+json",
            },
            { href: exportPaths.csv(`?site=${encodeURIComponent(site.slug)}`), label: "CSV", type: "text/csv" },
          ]}
        />
      </Section>
    </PageShell>
  );
}
