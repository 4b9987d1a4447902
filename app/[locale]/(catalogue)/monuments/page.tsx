import type { Metadata } from "next";
import { FacetList } from "@/components/search/facet-list";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-list";
import { SearchForm } from "@/components/search/search-form";
import { PageShell } from "@/components/site/page-shell";
import { cachedSearch } from "@/lib/cache/public-reads";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { MAX_QUERY_LENGTH, facetKeys, parseSearchParams, searchHref, type SearchState } from "@/lib/search/params";
import { getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/open-data/download-links";
import { exportPaths } from "@/lib/api/links";

type Props = PageProps<"/[locale]/monuments">;

/** The export of exactly these results: the query and the facets (an export has no sort or page). */
function exportQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of facetKeys) for (const value of state.filters[key]) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  const state = parseSearchParams(await searchParams);
  return {
    title: state.q ? `${state.q} · ${t("search.title")}` : t("search.title"),
    description: t("search.intro"),
    alternates: { canonical: localePath(locale, "/monuments"), languages: { en: "/monuments", ar: "/ar/monuments" } },
    // result pages of arbitrary queries are not worth indexing; the unfiltered list is
    robots: state.q || state.page > 1 ? { index: false, follow: true } : undefined,
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  const state = parseSearchParams(await searchParams);
  const result = await cachedSearch(state, locale);
  const basePath = localePath(locale, "/monuments");
  const count = result.total;
  const pageState = { ...state, page: result.page };

  return (
    <PageShell locale={locale} path={searchHref("/monuments", pageState, { page: result.page })}>
      <h1 className="text-3xl leading-tight font-bold sm:text-4xl">{t("search.heading")}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t("search.intro")}</p>
      <div className="mt-6">
        <SearchForm action={basePath} state={state} />
      </div>
      {state.truncated ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-950"
          data-testid="truncated-notice"
        >
          {t("search.truncated", { max: MAX_QUERY_LENGTH })}
        </p>
      ) : null}
      {state.q && !result.normalizedQuery ? (
        <p role="status" className="mt-3 text-stone-700">
          {t("search.nothingSearchable")}
        </p>
      ) : null}
      <div className="mt-8 grid gap-8 md:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="order-2 md:order-1">
          <FacetList basePath={basePath} state={pageState} facets={result.facets} locale={locale} />
        </div>
        <section aria-labelledby="results-heading" className="order-1 min-w-0 md:order-2">
          <h2 id="results-heading" className="text-xl font-bold" data-testid="result-count" aria-live="polite">
            {result.normalizedQuery
              ? t("search.resultsFor", { count, query: state.q })
              : t("search.results", { count })}
          </h2>
          <div className="mt-4">
            {result.items.length === 0 ? (
              <p data-testid="no-results">{t("search.noResults")}</p>
            ) : (
              <ResultList items={result.items} locale={locale} />
            )}
          </div>
          <Pagination basePath={basePath} state={pageState} page={result.page} pageCount={result.pageCount} />
          {result.total > 0 ? (
            <div className="mt-6">
              <DownloadLinks
                intro={t("openData.searchIntro")}
                locale={locale}
                links={[
                  { href: exportPaths.geojson(exportQuery(state)), label: "GeoJSON", type: "application/geo+json" },
                  { href: exportPaths.csv(exportQuery(state)), label: "CSV", type: "text/csv" },
                ]}
              />
            </div>
          ) : null}
        </section>
      </div>
    </PageShell>
  );
}
