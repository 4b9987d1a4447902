import { ConditionBadge } from "@/components/monument/condition-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import type { MonumentListItem } from "@/lib/data/monuments";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/** One monument on the home page: both names, kind, site and current condition. */
export function MonumentCard({ monument, locale }: { monument: MonumentListItem; locale: Locale }) {
  const t = useTranslations();
  const other = otherLocale(locale);
  const name = pick(monument, "name", locale);
  const otherName = pick(monument, "name", other);
  const headingId = `monument-${monument.slug}`;
  const condition = monument.currentCondition;
  return (
    <article
      aria-labelledby={headingId}
      className="relative flex h-full flex-col rounded-lg border border-stone-300 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-700 hover:border-stone-500"
    >
      <h3 id={headingId} className="text-lg leading-snug font-bold">
        {/* The link covers the card (after:inset-0), so the whole card is one target. A plain
            document link: the monument page is rendered per request either way, and the URL is
            the new page's as soon as the click returns. */}
        <a
          href={localePath(locale, `/monuments/${monument.slug}`)}
          className="text-blue-800 underline decoration-1 after:absolute after:inset-0 hover:text-blue-950 focus-visible:outline-none"
        >
          <LocalizedText value={name} locale={locale} />
        </a>
      </h3>
      {otherName && !otherName.fallback && otherName.text !== name.text ? (
        <p lang={other} className="mt-0.5 text-stone-700">
          {otherName.text}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-stone-700">
        <LocalizedText value={pick(monument.kind, "label", locale)} locale={locale} />
      </p>
      {monument.parent ? (
        <p className="text-sm text-stone-700">
          {t("home.partOf", { name: pick(monument.parent, "name", locale).text })}
        </p>
      ) : null}
      <dl className="mt-auto grid gap-2 pt-4 text-sm">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <dt className="font-semibold text-stone-700">{t("condition.currentHeading")}:</dt>
          <dd>
            <ConditionBadge condition={condition?.condition ?? null} locale={locale} />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="font-semibold text-stone-700">{t("condition.certainty")}:</dt>
          <dd data-testid="certainty">
            {condition ? (
              <LocalizedText value={pick(condition.certainty, "label", locale)} locale={locale} />
            ) : (
              t("condition.noReports")
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
