import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CurrentCondition } from "@/components/monument/current-condition";
import { DamageTimeline } from "@/components/monument/damage-timeline";
import { RestorationList } from "@/components/restoration/restoration-list";
import { PageShell } from "@/components/site/page-shell";
import { CitationList } from "@/components/source/citation-list";
import { SourceList } from "@/components/source/source-list";
import { Fact, FactList } from "@/components/ui/fact-list";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import { Section } from "@/components/ui/section";
import { DisagreementList } from "@/components/monument/disagreement-list";
import { PhotoGallery } from "@/components/monument/photo-gallery";
import { Locator } from "@/components/map/locator";
import { findDisagreements } from "@/lib/catalogue/disagreements";
import type { MonumentPage } from "@/lib/data/monuments";
import { cachedMonument, cachedRelated, cachedRevision, cachedSiteLocator } from "@/lib/cache/public-reads";
import { formatDateWithPrecision } from "@/lib/format/date";
import { absoluteUrl, jsonLd } from "@/lib/format/site-url";
import { formatYearSpan } from "@/lib/format/year";
import { formatCoordinates } from "@/lib/geo/format";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { DownloadLinks } from "@/components/open-data/download-links";
import { exportPaths } from "@/lib/api/links";

type Props = PageProps<"/[locale]/monuments/[slug]">;

async function load(params: Props["params"]) {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  // read per request: `next build` never needs a database
  await connection();
  const monument = await cachedMonument(slug);
  if (!monument) notFound();
  return { locale, monument };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, monument } = await load(params);
  const t = await getTranslations({ locale });
  const name = pick(monument, "name", locale).text;
  const summary = pick(monument, "summary", locale);
  const description = summary && !summary.fallback ? summary.text : t("meta.monumentDescription", { name });
  const path = `/monuments/${monument.slug}`;
  return {
    title: name,
    description,
    alternates: {
      canonical: absoluteUrl(localePath(locale, path)),
      languages: { en: absoluteUrl(localePath("en", path)), ar: absoluteUrl(localePath("ar", path)) },
    },
    openGraph: {
      type: "article",
      title: name,
      description,
      url: absoluteUrl(localePath(locale, path)),
      siteName: t("site.name"),
      locale: locale === "ar" ? "ar_SY" : "en_GB",
    },
  };
}

function Location({ monument, locale }: { monument: MonumentPage; locale: Locale }) {
  const t = useTranslations();
  const { latitude, longitude, precision, coarsened } = monument.location;
  if (latitude === null || longitude === null) return null;
  return (
    <>
      <span data-testid="coordinates">{formatCoordinates({ latitude, longitude, locale })}</span> (
      {t(`monument.locationPrecision.${precision}`)})
      {coarsened ? <span className="mt-1 block text-sm text-stone-700">{t("monument.coarsenedLocation")}</span> : null}
    </>
  );
}

export default async function MonumentPage({ params }: Props) {
  const { locale, monument } = await load(params);
  const [related, revision, locator] = await Promise.all([
    cachedRelated(monument.id),
    cachedRevision(monument.id, monument.version),
    cachedSiteLocator(monument.siteId, monument.id),
  ]);
  const disagreements = findDisagreements(monument.damageReports);
  const t = await getTranslations({ locale });
  const other = otherLocale(locale);
  const name = pick(monument, "name", locale);
  const otherName = pick(monument, "name", other);
  const summary = pick(monument, "summary", locale);
  const description = pick(monument, "description", locale);
  const monumentPath = (slug: string) => localePath(locale, `/monuments/${slug}`);
  const built = formatYearSpan({ from: monument.builtFromYear, to: monument.builtToYear, locale });

  return (
    <PageShell locale={locale} path={`/monuments/${monument.slug}`}>
      <nav aria-label={t("monument.breadcrumb")} className="text-sm">
        <ol className="flex flex-wrap gap-x-2 text-stone-700">
          <li>
            <Link href={localePath(locale, "/")} className="text-blue-800 underline hover:text-blue-950">
              {t("site.monumentsLink")}
            </Link>
          </li>
          {monument.parent ? (
            <li className="before:me-2 before:content-['/']">
              <Link href={monumentPath(monument.parent.slug)} className="text-blue-800 underline hover:text-blue-950">
                <LocalizedText value={pick(monument.parent, "name", locale)} locale={locale} />
              </Link>
            </li>
          ) : null}
          <li aria-current="page" className="before:me-2 before:content-['/']">
            <LocalizedText value={name} locale={locale} />
          </li>
        </ol>
      </nav>

      <header className="mt-4">
        <p className="text-sm font-semibold tracking-wide text-stone-700 uppercase">
          <LocalizedText value={pick(monument.kind, "label", locale)} locale={locale} />
          {t("common.comma")}
          <LocalizedText value={pick(monument.site, "name", locale)} locale={locale} />
        </p>
        <h1 className="mt-1 text-3xl leading-tight font-bold text-stone-900 sm:text-4xl">
          <LocalizedText value={name} locale={locale} />
        </h1>
        {otherName && !otherName.fallback && otherName.text !== name.text ? (
          <p className="mt-1 text-xl text-stone-700">
            <span className="sr-only">{t("monument.otherLanguageName")}: </span>
            <span lang={other}>{otherName.text}</span>
          </p>
        ) : null}
        {monument.altNames.length > 0 ? (
          <p className="mt-2 text-stone-700" data-testid="alt-names">
            {t("monument.alsoKnownAs")}:{" "}
            {monument.altNames.map((altName, index) => (
              <span key={altName}>
                {index > 0 ? t("common.comma") : null}
                <bdi>{altName}</bdi>
              </span>
            ))}
          </p>
        ) : null}
        {summary ? (
          <p className="mt-4 max-w-prose text-lg text-stone-800">
            <LocalizedText value={summary} locale={locale} />
          </p>
        ) : null}
      </header>

      <Section id="condition" heading={t("condition.currentHeading")}>
        <CurrentCondition current={monument.currentCondition} locale={locale} />
      </Section>

      <Section id="facts" heading={t("monument.factsHeading")}>
        <FactList>
          <Fact label={t("monument.kind")}>
            <LocalizedText value={pick(monument.kind, "label", locale)} locale={locale} />
          </Fact>
          <Fact label={t("monument.period")}>{localized(pick(monument, "period", locale), locale)}</Fact>
          <Fact label={t("monument.built")}>{built}</Fact>
          <Fact label={t("monument.site")}>
            <LocalizedText value={pick(monument.site, "name", locale)} locale={locale} />
          </Fact>
          <Fact label={t("monument.partOf")}>
            {monument.parent ? (
              <Link href={monumentPath(monument.parent.slug)} className="text-blue-800 underline hover:text-blue-950">
                <LocalizedText value={pick(monument.parent, "name", locale)} locale={locale} />
              </Link>
            ) : null}
          </Fact>
          <Fact label={t("monument.parts")}>
            {monument.parts.length > 0 ? (
              <ul className="space-y-1">
                {monument.parts.map((part) => (
                  <li key={part.slug}>
                    <Link href={monumentPath(part.slug)} className="text-blue-800 underline hover:text-blue-950">
                      <LocalizedText value={pick(part, "name", locale)} locale={locale} />
                    </Link>
                    <span className="text-stone-700">
                      {t("common.comma")}
                      <LocalizedText value={pick(part.kind, "label", locale)} locale={locale} />
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </Fact>
          <Fact label={t("monument.currentLocation")}>
            {localized(pick(monument, "currentLocation", locale), locale)}
          </Fact>
          <Fact label={t("monument.location")}>
            {monument.location.latitude !== null ? <Location monument={monument} locale={locale} /> : null}
          </Fact>
        </FactList>
        {description ? (
          <div className="mt-6">
            <h3 className="text-lg font-bold">{t("monument.description")}</h3>
            <p className="mt-2 max-w-prose whitespace-pre-line">
              <LocalizedText value={description} locale={locale} />
            </p>
          </div>
        ) : null}
        {monument.citations.length > 0 ? (
          <div className="mt-6">
            <h3 className="text-lg font-bold">{t("source.monumentSources")}</h3>
            <div className="mt-2">
              <CitationList citations={monument.citations} locale={locale} />
            </div>
          </div>
        ) : null}
      </Section>

      {disagreements.length > 0 ? (
        <Section id="disagreements" heading={t("disagreement.heading")} intro={t("disagreement.intro")}>
          <DisagreementList pairs={disagreements} locale={locale} />
        </Section>
      ) : null}

      <Section id="damage" heading={t("damage.heading")} intro={t("damage.intro")}>
        <DamageTimeline reports={monument.damageReports} locale={locale} />
      </Section>

      <Section id="restoration" heading={t("restoration.heading")}>
        <RestorationList efforts={monument.restorations} locale={locale} />
      </Section>

      {monument.media.length > 0 || monument.mediaPairs.length > 0 ? (
        <Section id="photos" heading={t("photos.heading")}>
          <PhotoGallery media={monument.media} pairs={monument.mediaPairs} locale={locale} />
        </Section>
      ) : null}

      <Section id="sources" heading={t("source.heading")} intro={t("source.intro")}>
        <SourceList sources={monument.sources} locale={locale} />
      </Section>

      {locator.some((point) => point.location.latitude !== null && !point.location.coarsened) ? (
        <Section id="map" heading={t("map.heading")}>
          <Locator
            points={locator}
            highlight={monument.location.coarsened ? undefined : monument.slug}
            label={t("map.monumentLocator", {
              name: name.text,
              site: pick(monument.site, "name", locale).text,
            })}
            locale={locale}
          />
        </Section>
      ) : null}

      {related.length > 0 ? (
        <Section id="related" heading={t("related.heading")} intro={t("related.intro")}>
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="related">
            {related.map((item) => (
              <li key={item.slug}>
                <Link href={monumentPath(item.slug)} className="text-blue-800 underline hover:text-blue-950">
                  <LocalizedText value={pick(item, "name", locale)} locale={locale} />
                </Link>
                <span className="text-stone-700">
                  {t("common.comma")}
                  <LocalizedText value={pick(item.kind, "label", locale)} locale={locale} />
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="download" heading={t("openData.downloadHeading")}>
        <DownloadLinks
          intro={t("openData.monumentIntro")}
          locale={locale}
          links={[
            {
              href: exportPaths.linkedArt(monument.slug),
              label: t("openData.monumentLinkedArt"),
              type: "application/ld+json",
            },
            {
              href: exportPaths.iiifManifest(monument.slug),
              label: t("openData.monumentIiif"),
              type: "application/ld+json",
            },
            {
              href: exportPaths.monumentJson(monument.slug),
              label: t("openData.monumentJson"),
              type: "application/json",
            },
          ]}
        />
      </Section>

      <Section id="cite" heading={t("cite.heading")} intro={t("cite.intro")}>
        <CiteThisPage monument={monument} revision={revision} locale={locale} />
      </Section>

      <script
        type="application/ld+json"
        // data, not code: JSON-LD is never executed, and jsonLd() escapes "<"
        dangerouslySetInnerHTML={{ __html: jsonLd(monumentJsonLd(monument, locale)) }}
      />
    </PageShell>
  );
}

function CiteThisPage({
  monument,
  revision,
  locale,
}: {
  monument: MonumentPage;
  revision: { version: number; createdAt: Date } | null;
  locale: Locale;
}) {
  const t = useTranslations();
  const history = localePath(locale, `/monuments/${monument.slug}/history`);
  if (!revision) {
    return (
      <p>
        {t("cite.noVersion")}{" "}
        <Link href={history} className="text-blue-800 underline">
          {t("cite.history")}
        </Link>
      </p>
    );
  }
  const permalink = absoluteUrl(localePath(locale, `/monuments/${monument.slug}/v/${revision.version}`));
  const date = formatDateWithPrecision({ date: revision.createdAt, precision: "DAY", locale }) ?? "";
  const citation = t("cite.citation", {
    name: pick(monument, "name", locale).text,
    site: pick(monument.site, "name", locale).text,
    version: revision.version,
    date,
    url: permalink,
  });
  return (
    <div className="space-y-2" data-testid="cite">
      <p>{t("cite.version", { version: revision.version, date })}</p>
      <p>
        {t("cite.permalink")}:{" "}
        <a href={permalink} className="break-all text-blue-800 underline" data-testid="permalink">
          {permalink}
        </a>
      </p>
      <blockquote className="border-s-4 border-stone-300 bg-white p-3 text-sm break-words">{citation}</blockquote>
      <p>
        <Link href={history} className="text-blue-800 underline">
          {t("cite.history")}
        </Link>
      </p>
    </div>
  );
}

function monumentJsonLd(monument: MonumentPage, locale: Locale) {
  const { latitude, longitude } = monument.location;
  return {
    "@context": "https://schema.org",
    "@type": "LandmarksOrHistoricalBuildings",
    name: pick(monument, "name", locale).text,
    alternateName: [pick(monument, "name", otherLocale(locale))?.text, ...monument.altNames].filter(Boolean),
    description: pick(monument, "summary", locale)?.text,
    url: absoluteUrl(localePath(locale, `/monuments/${monument.slug}`)),
    inLanguage: locale,
    containedInPlace: {
      "@type": "Place",
      name: pick(monument.site, "name", locale).text,
      url: absoluteUrl(localePath(locale, `/sites/${monument.site.slug}`)),
    },
    ...(latitude !== null && longitude !== null ? { geo: { "@type": "GeoCoordinates", latitude, longitude } } : {}),
  };
}
