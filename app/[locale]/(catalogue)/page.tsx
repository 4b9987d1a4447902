import type { Metadata } from "next";
import { connection } from "next/server";
import { MonumentCard } from "@/components/monument/monument-card";
import { PageShell } from "@/components/site/page-shell";
import { Section } from "@/components/ui/section";
import { ConditionBadge } from "@/components/monument/condition-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import { formatDateWithPrecision } from "@/lib/format/date";
import { localePath } from "@/lib/i18n/locales";
import { orderAsTree } from "@/lib/data/monument-order";
import { cachedHome } from "@/lib/cache/public-reads";
import { formatNumber } from "@/lib/format/number";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { intlLocale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  return { title: { absolute: t("meta.homeTitle") }, description: t("meta.homeDescription") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await localeFromParams(params);
  // read the catalogue per request: `next build` never needs a database
  await connection();
  const { monuments, figures, byCondition, latest } = await cachedHome();
  const t = await getTranslations({ locale });

  // alphabetical in the page's language, each monument followed by its parts
  const collator = new Intl.Collator(intlLocale[locale]);
  const sorted = orderAsTree(monuments, (a, b) =>
    collator.compare(pick(a, "name", locale).text, pick(b, "name", locale).text),
  );
  const figureItems = [
    { label: t("home.figureMonuments"), value: figures.monuments, key: "monuments" },
    { label: t("home.figureDamageReports"), value: figures.damageReports, key: "damage-reports" },
    { label: t("home.figureRestorations"), value: figures.restorations, key: "restorations" },
  ];

  return (
    <PageShell locale={locale} path="/">
      <h1 className="text-3xl leading-tight font-bold text-stone-900 sm:text-4xl">{t("home.heading")}</h1>
      <div className="mt-4 max-w-prose space-y-3 text-lg text-stone-800">
        <p>{t("home.intro")}</p>
        <p>{t("home.introSecond")}</p>
      </div>

      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="sr-only">
          {t("home.figuresHeading")}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="figures">
          {figureItems.map((item) => (
            <div
              key={item.key}
              className="rounded-lg border border-stone-300 bg-white px-4 py-3"
              data-testid={`figure-${item.key}`}
            >
              <dt className="text-sm font-semibold text-stone-700">{item.label}</dt>
              <dd className="text-3xl font-bold text-stone-900 tabular-nums">{formatNumber(item.value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="by-condition-heading" className="mt-6">
        <h2 id="by-condition-heading" className="text-lg font-bold">
          {t("homeMore.byCondition")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3" data-testid="condition-figures">
          {byCondition.map((row) => (
            <li key={row.code}>
              <a
                href={`${localePath(locale, "/monuments")}?condition=${encodeURIComponent(row.code)}`}
                className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1 hover:border-stone-500"
              >
                <ConditionBadge
                  condition={
                    row.labelEn && row.labelAr
                      ? { code: row.code, labelEn: row.labelEn, labelAr: row.labelAr, severityRank: row.severityRank }
                      : null
                  }
                  locale={locale}
                />
                <span className="font-bold tabular-nums">{formatNumber(row.count, locale)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ways-heading" className="mt-8">
        <h2 id="ways-heading" className="text-2xl font-bold">
          {t("homeMore.waysInHeading")}
        </h2>
        <form action={localePath(locale, "/monuments")} method="get" role="search" className="mt-3 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            {t("search.label")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            dir="auto"
            placeholder={t("search.placeholder")}
            className="min-h-11 w-full min-w-0 rounded-md border border-stone-500 bg-white px-3 py-2 text-stone-900 placeholder:text-stone-600"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-md bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900"
          >
            {t("search.submit")}
          </button>
        </form>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3">
          {[
            { href: "/monuments", title: t("homeMore.waysSearch"), hint: t("homeMore.waysSearchHint") },
            { href: "/sites/palmyra#monuments", title: t("homeMore.waysMap"), hint: t("homeMore.waysMapHint") },
            { href: "/sites", title: t("homeMore.waysSites"), hint: t("homeMore.waysSitesHint") },
          ].map((way) => (
            <li key={way.href} className="rounded-lg border border-stone-300 bg-white p-4">
              <a href={localePath(locale, way.href)} className="font-bold text-blue-800 underline">
                {way.title}
              </a>
              <p className="mt-1 text-sm text-stone-700">{way.hint}</p>
            </li>
          ))}
        </ul>
      </section>

      <Section id="latest" heading={t("homeMore.latestHeading")}>
        {latest.length === 0 ? (
          <p>{t("homeMore.latestEmpty")}</p>
        ) : (
          <ul className="space-y-1" data-testid="latest-changes">
            {latest.map((entry) => (
              <li key={entry.id}>
                <a href={localePath(locale, `/monuments/${entry.monument.slug}`)} className="text-blue-800 underline">
                  <LocalizedText value={pick(entry.monument, "name", locale)} locale={locale} />
                </a>
                <span className="text-sm text-stone-700">
                  {t("common.comma")}
                  {t("homeMore.changedOn", {
                    date: formatDateWithPrecision({ date: entry.createdAt, precision: "DAY", locale }) ?? "",
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="monuments" heading={t("home.listHeading")} intro={t("home.listIntro")}>
        {sorted.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {sorted.map((monument) => (
              <li key={monument.id} data-testid="monument-card">
                <MonumentCard monument={monument} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </PageShell>
  );
}
