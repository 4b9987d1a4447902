import type { Locale } from "@/lib/i18n/locales";
import { getMessages, interpolate } from "@/lib/i18n/messages";
import { searchHref, type SearchState } from "@/lib/search/params";

export function Pagination({
  basePath,
  state,
  page,
  pageCount,
  locale,
}: {
  basePath: string;
  state: SearchState;
  page: number;
  pageCount: number;
  locale: Locale;
}) {
  if (pageCount <= 1) return null;
  const t = getMessages(locale).search;
  const linkClass =
    "inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 font-medium text-blue-800 underline";
  return (
    <nav aria-label={t.pagination} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <a href={searchHref(basePath, state, { page: page - 1 })} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="me-1 rtl:rotate-180">
            ←
          </span>
          {t.previous}
        </a>
      ) : null}
      <span aria-current="page">{interpolate(t.pageOf, { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={searchHref(basePath, state, { page: page + 1 })} rel="next" className={linkClass}>
          {t.next}
          <span aria-hidden="true" className="ms-1 inline-block rtl:rotate-180">
            →
          </span>
        </a>
      ) : null}
    </nav>
  );
}
