import { searchHref, type SearchState } from "@/lib/search/params";
import { useTranslations } from "next-intl";

export function Pagination({
  basePath,
  state,
  page,
  pageCount,
}: {
  basePath: string;
  state: SearchState;
  page: number;
  pageCount: number;
}) {
  const t = useTranslations("search");
  if (pageCount <= 1) return null;
  const linkClass =
    "inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-3 font-medium text-blue-800 underline";
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <a href={searchHref(basePath, state, { page: page - 1 })} rel="prev" className={linkClass}>
          <span aria-hidden="true" className="me-1 rtl:rotate-180">
            ←
          </span>
          {t("previous")}
        </a>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={searchHref(basePath, state, { page: page + 1 })} rel="next" className={linkClass}>
          {t("next")}
          <span aria-hidden="true" className="ms-1 inline-block rtl:rotate-180">
            →
          </span>
        </a>
      ) : null}
    </nav>
  );
}
