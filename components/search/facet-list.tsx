import { formatCentury } from "@/lib/format/century";
import { formatNumber } from "@/lib/format/number";
import type { SearchFacetValue, SearchFacets } from "@/lib/data/search";
import type { Locale } from "@/lib/i18n/locales";
import { facetKeys, searchHref, toggleFilter, type FacetKey, type SearchState } from "@/lib/search/params";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";

function label(key: FacetKey, value: SearchFacetValue, locale: Locale, t: Translator<"search">): string {
  if (key === "century") return formatCentury(Number(value.value), locale);
  if (key === "restored") return value.value === "yes" ? t("restored.yes") : t("restored.no");
  if (key === "condition" && value.value === "unknown") return t("conditionUnknown");
  return (locale === "ar" ? value.labelAr : value.labelEn) ?? value.labelEn ?? value.value;
}

/**
 * Facets as links: each value switches its filter on or off, with the number of monuments it
 * would show given the other filters. Links rather than checkboxes, so they work without
 * JavaScript and every state has an address.
 */
export function FacetList({
  basePath,
  state,
  facets,
  locale,
}: {
  basePath: string;
  state: SearchState;
  facets: SearchFacets;
  locale: Locale;
}) {
  const t = useTranslations("search");
  const anyFilter = facetKeys.some((key) => state.filters[key].length > 0);
  return (
    <nav aria-labelledby="filters-heading" data-testid="facets">
      <h2 id="filters-heading" className="text-xl font-bold">
        {t("filtersHeading")}
      </h2>
      {anyFilter ? (
        <p className="mt-2">
          <a
            href={searchHref(basePath, state, { filters: Object.fromEntries(facetKeys.map((key) => [key, []])) })}
            className="text-blue-800 underline"
          >
            {t("clearFilters")}
          </a>
        </p>
      ) : null}
      {facetKeys.map((key) => {
        const values = facets[key];
        if (values.length === 0) return null;
        const headingId = `facet-${key}`;
        const sorted = key === "century" ? values.toSorted((a, b) => Number(a.value) - Number(b.value)) : values;
        return (
          <section key={key} aria-labelledby={headingId} className="mt-5" data-testid={`facet-${key}`}>
            <h3 id={headingId} className="font-bold text-stone-800">
              {t(`facet.${key}`)}
            </h3>
            <ul className="mt-1 space-y-0.5">
              {sorted.map((value) => {
                const selected = state.filters[key].includes(value.value);
                return (
                  <li key={value.value}>
                    <a
                      href={searchHref(basePath, state, { filters: toggleFilter(state, key, value.value) })}
                      aria-current={selected ? "true" : undefined}
                      data-facet-value={value.value}
                      className={`flex min-h-11 items-center gap-2 rounded px-1 py-1 hover:bg-stone-100 sm:min-h-8 ${selected ? "font-semibold text-stone-900" : "text-blue-800"}`}
                    >
                      <span
                        aria-hidden="true"
                        className={`inline-flex size-4 shrink-0 items-center justify-center rounded-sm border border-stone-600 text-xs ${selected ? "bg-blue-800 text-white" : "bg-white"}`}
                      >
                        {selected ? "✓" : ""}
                      </span>
                      <span className="min-w-0 underline decoration-1">{label(key, value, locale, t)}</span>
                      {selected ? <span className="sr-only">({t("selected")})</span> : null}
                      <span className="ms-auto text-sm text-stone-700 tabular-nums">
                        {formatNumber(value.count, locale)}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
