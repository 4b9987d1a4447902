import type { Metadata } from "next";
import { connection } from "next/server";
import { MonumentCard } from "@/components/monument/monument-card";
import { PageShell } from "@/components/site/page-shell";
import { Section } from "@/components/ui/section";
import { getCatalogueFigures } from "@/lib/data/catalogue";
import { orderAsTree } from "@/lib/data/monument-order";
import { listMonumentsWithCondition } from "@/lib/data/monuments";
import { formatNumber } from "@/lib/format/number";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { intlLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pick } from "@/lib/i18n/pick";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const t = getMessages(await localeFromParams(params));
  return { title: { absolute: t.meta.homeTitle }, description: t.meta.homeDescription };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await localeFromParams(params);
  // read the catalogue per request: `next build` never needs a database
  await connection();
  const [monuments, figures] = await Promise.all([listMonumentsWithCondition(), getCatalogueFigures()]);
  const t = getMessages(locale);

  // alphabetical in the page's language, each monument followed by its parts
  const collator = new Intl.Collator(intlLocale[locale]);
  const sorted = orderAsTree(monuments, (a, b) =>
    collator.compare(pick(a, "name", locale).text, pick(b, "name", locale).text),
  );
  const figureItems = [
    { label: t.home.figureMonuments, value: figures.monuments, key: "monuments" },
    { label: t.home.figureDamageReports, value: figures.damageReports, key: "damage-reports" },
    { label: t.home.figureRestorations, value: figures.restorations, key: "restorations" },
  ];

  return (
    <PageShell locale={locale} path="/">
      <h1 className="text-3xl leading-tight font-bold text-stone-900 sm:text-4xl">{t.home.heading}</h1>
      <div className="mt-4 max-w-prose space-y-3 text-lg text-stone-800">
        <p>{t.home.intro}</p>
        <p>{t.home.introSecond}</p>
      </div>

      <section aria-labelledby="figures-heading" className="mt-8">
        <h2 id="figures-heading" className="sr-only">
          {t.home.figuresHeading}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="figures">
          {figureItems.map((item) => (
            <div key={item.key} className="rounded-lg border border-stone-300 bg-white px-4 py-3" data-testid={`figure-${item.key}`}>
              <dt className="text-sm font-semibold text-stone-700">{item.label}</dt>
              <dd className="text-3xl font-bold text-stone-900 tabular-nums">{formatNumber(item.value, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <Section id="monuments" heading={t.home.listHeading} intro={t.home.listIntro}>
        {sorted.length === 0 ? (
          <p>{t.home.empty}</p>
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
