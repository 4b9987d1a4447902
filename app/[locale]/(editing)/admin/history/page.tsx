import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/review/action-form";
import { historyActionMessages } from "@/components/review/action-messages";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { listDeletedRecords, listRecentRevisions } from "@/lib/data/revisions";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { restoreRecordAction } from "./actions";
import { getTranslations } from "next-intl/server";

type Props = PageProps<"/[locale]/admin/history">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  return { title: (await getTranslations({ locale }))("recordHistory.title") };
}

export default async function HistoryIndexPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("revision:revert", { locale });
  const t = await getTranslations({ locale });
  const actionMessages = historyActionMessages(locale);
  const actor = { id: user.id, role: user.role };
  const [recent, deleted] = await Promise.all([
    listRecentRevisions({ actor, take: 100 }),
    listDeletedRecords({ actor }),
  ]);
  const name = (label: { en: string; ar: string | null }) => (locale === "ar" ? (label.ar ?? label.en) : label.en);

  return (
    <div>
      <h1 className="text-3xl font-bold text-stone-900">{t("recordHistory.title")}</h1>
      <p className="mt-2 max-w-prose text-stone-700">{t("recordHistory.intro")}</p>

      <section aria-labelledby="deleted-heading" className="mt-8">
        <h2 id="deleted-heading" className="text-2xl font-bold">
          {t("recordHistory.deletedTitle")}
        </h2>
        {deleted.length === 0 ? (
          <p className="mt-2 text-stone-700">{t("recordHistory.noDeleted")}</p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="deleted-records">
            {deleted.map((record) => (
              <li key={`${record.entityType}:${record.entityId}`} className="rounded-md border border-stone-300 p-3">
                <p className="font-semibold">
                  <Link
                    href={localePath(locale, `/admin/history/${record.entityType}/${record.entityId}`)}
                    className="text-blue-800 underline"
                    dir="auto"
                  >
                    {name(record.label)}
                  </Link>{" "}
                  <span className="text-sm text-stone-600">
                    ({t(`review.entity.${record.entityType}`)} · {formatDateTimeUtc(record.deletedAt, locale)})
                  </span>
                </p>
                <div className="mt-2">
                  <ActionForm
                    action={restoreRecordAction}
                    messages={actionMessages}
                    hidden={{
                      locale,
                      entityType: record.entityType,
                      entityId: record.entityId,
                      expectedVersion: String(record.version),
                    }}
                    submitLabel={t("recordHistory.undoDelete")}
                    pendingLabel={t("review.working")}
                    testId="undo-delete"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="text-2xl font-bold">
          {t("recordHistory.recentTitle")}
        </h2>
        <ol className="mt-3 divide-y divide-stone-200" data-testid="recent-revisions">
          {recent.map((revision) => (
            <li key={revision.id} className="py-2">
              <Link
                href={localePath(locale, `/admin/history/${revision.entityType}/${revision.entityId}`)}
                className="font-medium text-blue-800 underline"
                dir="auto"
              >
                {name(revision.label)}
              </Link>{" "}
              <span className="text-stone-700">
                · {t(`review.entity.${revision.entityType}`)} ·{" "}
                {t("recordHistory.revision", { version: revision.version })} ·{" "}
                {formatDateTimeUtc(revision.createdAt, locale)}
                {revision.actor ? ` · ${t("recordHistory.by", { name: revision.actor.name })}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
