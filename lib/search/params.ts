// The state of a search lives in the URL (/monuments?q=...&kind=temple&page=2) so a search can
// be shared. Parsing is forgiving: a malformed page number, an unknown sort or a facet value
// that is not a plausible code is dropped, never an error. Pure, for tests/unit.

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
// more values per facet than any vocabulary has: a longer list is someone's script
export const MAX_VALUES_PER_FACET = 20;

export const facetKeys = ["kind", "condition", "cause", "site", "century", "restored"] as const;
export type FacetKey = (typeof facetKeys)[number];

export const sortKeys = ["relevance", "name", "damage"] as const;
export type SortKey = (typeof sortKeys)[number];

export type SearchState = {
  q: string;
  // true when the query was longer than MAX_QUERY_LENGTH and has been cut
  truncated: boolean;
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const codePattern = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const valuePatterns: Record<FacetKey, RegExp> = {
  kind: codePattern,
  condition: codePattern,
  cause: codePattern,
  site: codePattern,
  century: /^-?[1-9][0-9]?$/,
  restored: /^(yes|no)$/,
};

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Drops unpaired UTF-16 surrogates, which a cut in the middle of an emoji would leave. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

export function parseSearchParams(params: RawParams): SearchState {
  const raw = wellFormed((first(params.q) ?? "").replace(/[\u0000-\u001F\u007F]/g, " ")).trim();
  const truncated = raw.length > MAX_QUERY_LENGTH;
  const q = truncated ? wellFormed(raw.slice(0, MAX_QUERY_LENGTH)).trim() : raw;

  const filters = Object.fromEntries(
    facetKeys.map((key) => {
      const values = [...new Set(all(params[key]).map((value) => value.trim().toLowerCase()))]
        .filter((value) => valuePatterns[key].test(value))
        .slice(0, MAX_VALUES_PER_FACET);
      // "restored" is yes or no: both at once means no filter
      return [key, key === "restored" && values.length > 1 ? [] : values];
    }),
  ) as Record<FacetKey, string[]>;

  const sortParam = first(params.sort);
  const sort: SortKey = sortKeys.includes(sortParam as SortKey) ? (sortParam as SortKey) : q ? "relevance" : "name";

  const pageParam = first(params.page);
  const parsedPage = pageParam && /^[0-9]{1,6}$/.test(pageParam) ? Number(pageParam) : 1;
  const page = parsedPage >= 1 ? parsedPage : 1;

  return { q, truncated, filters, sort: sort === "relevance" && !q ? "name" : sort, page };
}

/** The query string for a state, with `change` applied; the page goes back to 1 unless given. */
export function searchHref(
  basePath: string,
  state: SearchState,
  change: Partial<{ q: string; sort: SortKey; page: number; filters: Partial<Record<FacetKey, string[]>> }> = {},
): string {
  const params = new URLSearchParams();
  const q = change.q ?? state.q;
  if (q) params.set("q", q);
  const filters = { ...state.filters, ...change.filters };
  for (const key of facetKeys) for (const value of filters[key] ?? []) params.append(key, value);
  const sort = change.sort ?? state.sort;
  const defaultSort = q ? "relevance" : "name";
  if (sort !== defaultSort) params.set("sort", sort);
  const page = change.page ?? 1;
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** The state with one facet value switched on or off. */
export function toggleFilter(state: SearchState, key: FacetKey, value: string): Partial<Record<FacetKey, string[]>> {
  const current = state.filters[key];
  if (key === "restored") return { restored: current.includes(value) ? [] : [value] };
  return { [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] };
}
