import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { getQueueFilterOptions, listPendingChangeRequests, type QueueFilters } from "@/lib/data/change-requests/queue";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

type Props = PageProps<"/[locale]/admin/review">;

const KINDS: ChangeKind[] = ["CREATE", "UPDATE", "DELETE"];
const AGES = [
  { value: "1", key: "ageDay" },
  { value: "7", key: "ageWeek" },
  { value: "30", key: "ageMonth" },
] as const;
const DONE = ["approved", "rejected", "changesRequested", "markedOutOfDate"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  return { title: (await getTranslations({ locale }))("review.queueTitle") };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:review", { locale });
  const t = await getTranslations({ locale });
  const search = await searchParams;
  const kind = one(search.kind);
  const age = one(search.age);
  const filters: QueueFilters = {
    kind: KINDS.includes(kind as ChangeKind) ? (kind as ChangeKind) : undefined,
    monumentId: one(search.monument) || undefined,
    authorId: one(search.author) || undefined,
    minAgeDays: AGES.some((a) => a.value === age) ? Number(age) : undefined,
  };
  const actor = { id: user.id, role: user.role };
  const [items, options] = await Promise.all([
    listPendingChangeRequests({ actor, filters }),
    getQueueFilterOptions({ actor }),
  ]);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const done = DONE.find((d) => d === one(search.done));
  const selectClass = "mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-2 text-stone-900";

  return (
    <div>
      <h1 className="text-3xl font-bold text-stone-900">{t("review.queueTitle")}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t("review.queueIntro")}</p>
      {done ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-emerald-700 bg-emerald-50 p-3 font-medium text-emerald-900"
          data-testid="review-done"
        >
          {t(`review.result.${done}`)}
        </p>
      ) : null}
      <p className="mt-2">
        <Link href={localePath(locale, "/admin/history")} className="font-medium text-blue-800 underline">
          {t("recordHistory.title")}
        </Link>
      </p>

      <form
        method="get"
        className="mt-6 grid gap-4 rounded-md border border-stone-300 bg-stone-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t("review.filters")}
      >
        <div>
          <label htmlFor="filter-kind" className="font-medium">
            {t("review.filterKind")}
          </label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className={selectClass}>
            <option value="">{t("review.any")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-monument" className="font-medium">
            {t("review.filterMonument")}
          </label>
          <select id="filter-monument" name="monument" defaultValue={filters.monumentId ?? ""} className={selectClass}>
            <option value="">{t("review.any")}</option>
            {options.monuments.map((m) => (
              <option key={m.id} value={m.id}>
                {locale === "ar" ? m.nameAr : m.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-author" className="font-medium">
            {t("review.filterAuthor")}
          </label>
          <select id="filter-author" name="author" defaultValue={filters.authorId ?? ""} className={selectClass}>
            <option value="">{t("review.any")}</option>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-age" className="font-medium">
            {t("review.filterAge")}
          </label>
          <select
            id="filter-age"
            name="age"
            defaultValue={filters.minAgeDays ? String(filters.minAgeDays) : ""}
            className={selectClass}
          >
            <option value="">{t("review.any")}</option>
            {AGES.map((a) => (
              <option key={a.value} value={a.value}>
                {t(`review.${a.key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md border border-blue-900 bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          >
            {t("review.applyFilters")}
          </button>
          {filtered ? (
            <Link href={localePath(locale, "/admin/review")} className="font-medium text-blue-800 underline">
              {t("review.clearFilters")}
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mt-6 font-medium" data-testid="queue-count">
        {t("review.count", { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p className="mt-4 text-stone-700">{filtered ? t("review.emptyFiltered") : t("review.empty")}</p>
      ) : (
        <ol className="mt-4 space-y-3" data-testid="review-queue">
          {items.map((item) => {
            const title =
              (locale === "ar" ? (item.title.ar ?? item.title.en) : (item.title.en ?? item.title.ar)) ??
              t("review.untitled");
            return (
              <li key={item.id} className="rounded-md border border-stone-300 bg-white p-4" data-testid="queue-item">
                <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">
                  {t(`review.kind.${item.kind}`)} · {t(`review.entity.${item.entityType}`)}
                </p>
                <h2 className="mt-1 text-lg font-bold text-stone-900">
                  <Link
                    href={localePath(locale, `/admin/review/${item.id}`)}
                    className="text-blue-800 underline"
                    dir="auto"
                  >
                    {title}
                  </Link>
                </h2>
                {item.monument ? (
                  <p className="text-stone-700">
                    {t("review.onMonument", {
                      name: locale === "ar" ? item.monument.nameAr : item.monument.nameEn,
                    })}
                  </p>
                ) : null}
                <p className="text-sm text-stone-700">
                  {t("review.proposedBy", { name: item.author.name })} ·{" "}
                  {t("review.submittedOn", { date: formatDateTimeUtc(item.createdAt, locale) })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
