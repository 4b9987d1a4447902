import { ConditionBadge } from "@/components/monument/condition-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import type { SearchResultItem } from "@/lib/data/search";
import { formatDateWithPrecision } from "@/lib/format/date";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

export function ResultList({ items, locale }: { items: SearchResultItem[]; locale: Locale }) {
  const t = useTranslations();
  const other = otherLocale(locale);
  return (
    <ol className="space-y-3" data-testid="search-results">
      {items.map((item) => {
        const name = pick(item, "name", locale);
        const otherName = pick(item, "name", other);
        const date = item.latestDamageOn
          ? formatDateWithPrecision({ date: new Date(`${item.latestDamageOn}T00:00:00Z`), precision: "DAY", locale })
          : null;
        return (
          <li key={item.id} data-testid="search-result" className="rounded-lg border border-stone-300 bg-white p-4">
            <h3 className="text-lg leading-snug font-bold">
              <a
                href={localePath(locale, `/monuments/${item.slug}`)}
                className="text-blue-800 underline hover:text-blue-950"
              >
                <LocalizedText value={name} locale={locale} />
              </a>
            </h3>
            {otherName && !otherName.fallback && otherName.text !== name.text ? (
              <p lang={other} className="text-stone-700">
                {otherName.text}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-stone-700">
              <LocalizedText value={pick(item.kind, "label", locale)} locale={locale} />
              {t("common.comma")}
              <LocalizedText value={pick(item.site, "name", locale)} locale={locale} />
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <ConditionBadge condition={item.condition} locale={locale} />
              {date ? <span className="text-stone-700">{t("search.latestDamage", { date })}</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
