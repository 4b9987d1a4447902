import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAuditActions, listAuditEntries } from "@/lib/data/audit";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/audit">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  return { title: t("audit.title"), robots: { index: false } };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : "");
// a yyyy-mm-dd from the form, read as a UTC day
const utcDay = (value: string, addDays = 0) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + addDays);
  return date;
};
const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")}`;

const input =
  "mt-1 block w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700";

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const locale = await localeFromParams(params);
  const actor = await requireUser("audit:read", { locale });
  const t = await getTranslations({ locale });
  const query = await searchParams;
  const filter = {
    action: one(query.action),
    actorEmail: one(query.actor),
    from: one(query.from),
    to: one(query.to),
    page: Math.min(10_000, Math.max(1, Number.parseInt(one(query.page) || "1", 10) || 1)),
  };
  const [{ entries, hasMore, page }, actions] = await Promise.all([
    listAuditEntries({
      actor,
      filter: {
        action: filter.action || undefined,
        actorEmail: filter.actorEmail || undefined,
        from: utcDay(filter.from),
        to: utcDay(filter.to, 1),
        page: filter.page,
      },
    }),
    listAuditActions({ actor }),
  ]);
  const base = localePath(locale, "/admin/audit");
  const pageHref = (n: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({
      action: filter.action,
      actor: filter.actorEmail,
      from: filter.from,
      to: filter.to,
    })) {
      if (value) search.set(key, value);
    }
    if (n > 1) search.set("page", String(n));
    const qs = search.toString();
    return qs ? `${base}?${qs}` : base;
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
        <p className="mt-2 max-w-prose text-stone-700">{t("audit.intro")}</p>
      </div>
      <form method="get" action={base} className="grid grid-cols-1 gap-3 sm:grid-cols-4 sm:items-end" role="search">
        <div>
          <label htmlFor="audit-action" className="block font-semibold">
            {t("audit.filterAction")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action} className={input}>
            <option value="">—</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block font-semibold">
            {t("audit.filterActor")}
          </label>
          <input
            id="audit-actor"
            name="actor"
            type="search"
            dir="ltr"
            defaultValue={filter.actorEmail}
            className={input}
          />
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-semibold">
            {t("audit.filterFrom")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from} className={input} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-semibold">
            {t("audit.filterTo")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to} className={input} />
        </div>
        <div className="flex gap-3 sm:col-span-4">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 font-semibold text-white hover:bg-blue-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          >
            {t("audit.filter")}
          </button>
          <Link href={base} className="inline-flex min-h-11 items-center font-medium text-blue-800 underline">
            {t("audit.clear")}
          </Link>
        </div>
      </form>

      {entries.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <ol
          className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white"
          data-testid="audit-entries"
        >
          {entries.map((entry) => (
            <li
              key={String(entry.id)}
              className="grid grid-cols-1 gap-1 p-3 text-sm sm:grid-cols-[11rem_1fr]"
              data-testid="audit-entry"
            >
              <time dateTime={entry.occurredAt.toISOString()} className="font-mono text-stone-700" dir="ltr">
                {utc(entry.occurredAt)} UTC
              </time>
              <div className="min-w-0 space-y-1">
                <p>
                  <span className="font-semibold" data-testid="audit-action">
                    {entry.action}
                  </span>{" "}
                  · {t("audit.who")}: {entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("audit.nobody")}
                  {entry.ip ? ` · ${t("audit.ip")}: ${entry.ip}` : ""}
                </p>
                {entry.entityType || entry.entityId ? (
                  <p>
                    {t("audit.which")}: {entry.entityType ?? ""} {entry.entityId ?? ""}
                    {entry.version !== null ? ` v${entry.version}` : ""}
                  </p>
                ) : null}
                {entry.details && Object.keys(entry.details as object).length > 0 ? (
                  <pre
                    className="overflow-x-auto rounded bg-stone-100 p-2 text-xs whitespace-pre-wrap break-all"
                    dir="ltr"
                  >
                    {JSON.stringify(entry.details)}
                  </pre>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label={t("audit.page", { page })} className="flex flex-wrap items-center gap-4">
        {page > 1 ? (
          <Link
            href={pageHref(page - 1)}
            className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
            rel="prev"
          >
            {t("audit.previous")}
          </Link>
        ) : null}
        <span>{t("audit.page", { page })}</span>
        {hasMore ? (
          <Link
            href={pageHref(page + 1)}
            className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
            rel="next"
            data-testid="audit-next"
          >
            {t("audit.next")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
