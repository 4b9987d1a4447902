import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ConditionBadge } from "@/components/monument/condition-badge";
import { PageShell } from "@/components/site/page-shell";
import { SourceTitle } from "@/components/source/source-title";
import { Fact, FactList } from "@/components/ui/fact-list";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import { Section } from "@/components/ui/section";
import type { SourcePage as SourceData } from "@/lib/data/sources";
import { cachedSource } from "@/lib/cache/public-reads";
import { formatDateWithPrecision } from "@/lib/format/date";
import { safeExternalUrl } from "@/lib/format/url";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";

type Props = PageProps<"/[locale]/sources/[id]">;

async function load(params: Props["params"]) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  await connection();
  const source = await cachedSource(id);
  if (!source) notFound();
  return { locale, source };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, source } = await load(params);
  const t = await getTranslations({ locale });
  const title = locale === "ar" && source.titleAr ? source.titleAr : source.title;
  return { title: t("sourcePage.title", { title }), description: t("sourcePage.claimsIntro") };
}

type Citation = SourceData["citations"][number];

function Target({ citation, locale }: { citation: Citation; locale: Locale }) {
  const t = useTranslations();
  const link = (slug: string, hash = "") => localePath(locale, `/monuments/${slug}${hash}`);
  if (citation.damageReport) {
    const report = citation.damageReport;
    const monument = report.monument;
    return (
      <>
        <span className="text-sm font-semibold text-stone-700">{t("sourcePage.damageReport")}</span>{" "}
        <Link href={link(monument.slug, `#damage-${report.id}`)} className="font-semibold text-blue-800 underline">
          <LocalizedText value={pick(monument, "name", locale)} locale={locale} />
        </Link>
        <span className="ms-2 inline-flex flex-wrap items-center gap-2 text-sm">
          {formatDateWithPrecision({
            date: report.occurredOn,
            end: report.occurredOnEnd,
            precision: report.datePrecision,
            startPrecision: report.windowStartPrecision,
            endPrecision: report.windowEndPrecision,
            locale,
          })}
          <ConditionBadge condition={report.conditionAfter} locale={locale} />
        </span>
      </>
    );
  }
  if (citation.restorationEffort) {
    const effort = citation.restorationEffort;
    return (
      <>
        <span className="text-sm font-semibold text-stone-700">{t("sourcePage.restoration")}</span>{" "}
        <Link href={link(effort.monument.slug, "#restoration")} className="font-semibold text-blue-800 underline">
          <LocalizedText value={pick(effort, "title", locale)} locale={locale} />
        </Link>
      </>
    );
  }
  if (citation.monument) {
    return (
      <>
        <span className="text-sm font-semibold text-stone-700">{t("sourcePage.monumentRecord")}</span>{" "}
        <Link href={link(citation.monument.slug)} className="font-semibold text-blue-800 underline">
          <LocalizedText value={pick(citation.monument, "name", locale)} locale={locale} />
        </Link>
      </>
    );
  }
  const site = citation.site ?? citation.controlPeriod?.site;
  if (site) {
    return (
      <>
        <span className="text-sm font-semibold text-stone-700">
          {citation.controlPeriod ? t("sourcePage.controlPeriod") : t("sourcePage.site")}
        </span>{" "}
        <Link
          href={localePath(locale, `/sites/${site.slug}${citation.controlPeriod ? "#control" : ""}`)}
          className="font-semibold text-blue-800 underline"
        >
          <LocalizedText value={pick(site, "name", locale)} locale={locale} />
        </Link>
      </>
    );
  }
  return null;
}

export default async function SourcePage({ params }: Props) {
  const { locale, source } = await load(params);
  const t = await getTranslations({ locale });
  const url = safeExternalUrl(source.url);
  return (
    <PageShell locale={locale} path={`/sources/${source.id}`}>
      <h1 className="text-3xl leading-tight font-bold">
        <SourceTitle source={source} locale={locale} />
      </h1>
      <Section id="details" heading={t("sourcePage.details")}>
        <FactList>
          <Fact label={t("sourcePage.outlet")}>{source.outlet ? <bdi>{source.outlet}</bdi> : null}</Fact>
          <Fact label={t("sourcePage.author")}>{source.author ? <bdi>{source.author}</bdi> : null}</Fact>
          <Fact label={t("sourcePage.published")}>
            {formatDateWithPrecision({ date: source.publishedOn, precision: source.publishedPrecision, locale })}
          </Fact>
          <Fact label={t("source.kind")}>
            <LocalizedText value={pick(source.kind, "label", locale)} locale={locale} />
          </Fact>
          <Fact label={t("source.reliability")}>
            <LocalizedText value={pick(source.reliability, "label", locale)} locale={locale} />
          </Fact>
          <Fact label={t("sourcePage.notes")}>{localized(pick(source, "notes", locale), locale)}</Fact>
          <Fact label={t("source.link")}>
            {url ? (
              <a href={url} rel="noopener noreferrer external" className="break-all text-blue-800 underline">
                {url}
              </a>
            ) : null}
          </Fact>
        </FactList>
      </Section>
      <Section id="claims" heading={t("sourcePage.claimsHeading")} intro={t("sourcePage.claimsIntro")}>
        {source.citations.length === 0 ? (
          <p>{t("sourcePage.claimsEmpty")}</p>
        ) : (
          <ul className="space-y-4" data-testid="source-claims">
            {source.citations.map((citation) => {
              const claim = pick(citation, "claim", locale);
              return (
                <li
                  key={citation.id}
                  className="rounded-lg border border-stone-300 bg-white p-4"
                  data-testid="source-claim"
                >
                  <p>
                    <Target citation={citation} locale={locale} />
                  </p>
                  {claim ? (
                    <p className="mt-2">
                      <q>
                        <LocalizedText value={claim} locale={locale} />
                      </q>
                    </p>
                  ) : null}
                  {citation.locator ? (
                    <p className="mt-1 text-sm text-stone-700">
                      {t("source.locator")}: <bdi>{citation.locator}</bdi>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </PageShell>
  );
}
