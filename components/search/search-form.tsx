import { facetKeys, sortKeys, type SearchState } from "@/lib/search/params";
import { useTranslations } from "next-intl";

/**
 * The search box and the sort order: a plain GET form, so it works without JavaScript and the
 * whole state stays in the address. The active filters ride along as hidden fields.
 */
export function SearchForm({ action, state }: { action: string; state: SearchState }) {
  const t = useTranslations("search");
  return (
    <form
      action={action}
      method="get"
      role="search"
      className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end"
    >
      <div className="min-w-0">
        <label htmlFor="search-q" className="block font-semibold text-stone-800">
          {t("label")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={state.q}
            placeholder={t("placeholder")}
            maxLength={10_000}
            autoComplete="off"
            dir="auto"
            className="min-h-11 w-full min-w-0 rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-600 focus:outline-2 focus:outline-blue-700"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          >
            {t("submit")}
          </button>
        </div>
      </div>
      <div>
        <label htmlFor="search-sort" className="block font-semibold text-stone-800">
          {t("sortLabel")}
        </label>
        <select
          id="search-sort"
          name="sort"
          defaultValue={state.sort}
          className="mt-1 min-h-11 w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-stone-900"
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t(`sort.${key}`)}
            </option>
          ))}
        </select>
      </div>
      {facetKeys.flatMap((key) =>
        state.filters[key].map((value) => <input key={`${key}-${value}`} type="hidden" name={key} value={value} />),
      )}
    </form>
  );
}
