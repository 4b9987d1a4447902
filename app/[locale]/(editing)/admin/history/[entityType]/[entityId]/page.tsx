import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/review/action-form";
import { historyActionMessages } from "@/components/review/action-messages";
import { CitationChanges } from "@/components/review/citation-changes";
import { FieldValue, fieldLabel } from "@/components/review/field-value";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { getRevisionDiff, listRecordHistory } from "@/lib/data/revisions";
import { EntityType } from "@/lib/generated/prisma/enums";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { deleteRecordAction, restoreRecordAction, revertRecordAction } from "../../actions";
import { getTranslations } from "next-intl/server";

type Props = PageProps<"/[locale]/admin/history/[entityType]/[entityId]">;

const DONE = ["reverted", "deleted", "restored"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  return { title: (await getTranslations({ locale }))("recordHistory.title") };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function RecordHistoryPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const { entityType: rawType, entityId } = await params;
  const user = await requireUser("revision:revert", { locale });
  if (!Object.hasOwn(EntityType, rawType)) notFound();
  const entityType = rawType as EntityType;
  const t = await getTranslations({ locale });
  const actionMessages = historyActionMessages(locale);
  const actor = { id: user.id, role: user.role };
  const history = await listRecordHistory({ actor, entityType, entityId });
  if (!history) notFound();
  const search = await searchParams;
  const versions = history.revisions.map((r) => r.version);
  const latest = versions.at(-1) ?? history.version;
  const from = Number(one(search.from) ?? versions.at(-2) ?? latest);
  const to = Number(one(search.to) ?? latest);
  const diff =
    versions.includes(from) && versions.includes(to)
      ? await getRevisionDiff({ actor, entityType, entityId, from, to })
      : null;
  const done = DONE.find((d) => d === one(search.done));
  const name = locale === "ar" ? (history.label.ar ?? history.label.en) : history.label.en;
  const target = { locale, entityType, entityId, expectedVersion: String(history.version) };
  const selectClass = "mt-1 block min-h-11 rounded-md border border-stone-500 bg-white px-2";
  const changed = diff?.diff.fields.filter((f) => f.changed) ?? [];

  return (
    <article>
      <p>
        <Link href={localePath(locale, "/admin/history")} className="font-medium text-blue-800 underline">
          {t("recordHistory.title")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-stone-900" dir="auto">
        {t("recordHistory.recordTitle", { name })}
      </h1>
      <p className="text-stone-700">
        {t(`review.entity.${entityType}`)} ·{" "}
        <span data-testid="history-version">{t("recordHistory.currentVersion", { version: history.version })}</span>
      </p>
      {entityType === "MONUMENT" && history.slug && !history.deletedAt ? (
        <p>
          <Link href={localePath(locale, `/monuments/${history.slug}`)} className="font-medium text-blue-800 underline">
            {t("recordHistory.viewPublic")}
          </Link>
        </p>
      ) : null}
      {done ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-emerald-700 bg-emerald-50 p-3 font-medium text-emerald-900"
          data-testid="history-done"
        >
          {t(`recordHistory.done.${done}`, { version: one(search.v) ?? history.version })}
        </p>
      ) : null}
      {history.deletedAt ? (
        <div className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-4" data-testid="deleted-notice">
          <p className="font-semibold">{t("recordHistory.deletedNotice")}</p>
          <div className="mt-2">
            <ActionForm
              action={restoreRecordAction}
              messages={actionMessages}
              hidden={target}
              submitLabel={t("recordHistory.undoDelete")}
              pendingLabel={t("review.working")}
              variant="primary"
              testId="undo-delete"
            />
          </div>
        </div>
      ) : null}

      <section aria-labelledby="revisions-heading" className="mt-8">
        <h2 id="revisions-heading" className="text-2xl font-bold">
          {t("recordHistory.title")}
        </h2>
        {history.revisions.length === 0 ? <p className="mt-2">{t("recordHistory.noRevisions")}</p> : null}
        <ol className="mt-3 space-y-3" data-testid="revision-list">
          {[...history.revisions].reverse().map((revision) => (
            <li
              key={revision.id}
              className="rounded-md border border-stone-300 p-3"
              data-testid={`revision-${revision.version}`}
            >
              <p className="font-semibold">
                {t("recordHistory.revision", { version: revision.version })}
                {revision.version === history.version ? ` (${t("recordHistory.current")})` : ""}
              </p>
              <p className="text-sm text-stone-700">
                {formatDateTimeUtc(revision.createdAt, locale)} ·{" "}
                {revision.actor
                  ? t("recordHistory.by", { name: revision.actor.name })
                  : t("recordHistory.by", { name: t("recordHistory.system") })}
                {revision.changeRequest
                  ? ` · ${t("recordHistory.fromProposal", { name: revision.changeRequest.author.name })}`
                  : ""}
              </p>
              {revision.summary ? <p className="text-sm text-stone-700">{revision.summary}</p> : null}
              {revision.version !== history.version ? (
                <div className="mt-2">
                  <ActionForm
                    action={revertRecordAction}
                    messages={actionMessages}
                    hidden={{ ...target, toVersion: String(revision.version) }}
                    submitLabel={t("recordHistory.revertTo", { version: revision.version })}
                    pendingLabel={t("review.working")}
                    testId={`revert-${revision.version}`}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {versions.length > 1 ? (
        <section aria-labelledby="compare-heading" className="mt-10">
          <h2 id="compare-heading" className="text-2xl font-bold">
            {t("recordHistory.compareTitle")}
          </h2>
          <form method="get" className="mt-3 flex flex-wrap items-end gap-4">
            <div>
              <label htmlFor="diff-from" className="font-medium">
                {t("recordHistory.compareFrom")}
              </label>
              <select id="diff-from" name="from" defaultValue={String(from)} className={selectClass}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="diff-to" className="font-medium">
                {t("recordHistory.compareTo")}
              </label>
              <select id="diff-to" name="to" defaultValue={String(to)} className={selectClass}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-md border border-blue-900 bg-blue-800 px-4 font-semibold text-white"
            >
              {t("recordHistory.compare")}
            </button>
          </form>
          {diff ? (
            <div className="mt-4" data-testid="revision-diff">
              <h3 className="text-xl font-semibold">
                {t("recordHistory.diffTitle", { from: diff.from.version, to: diff.to.version })}
              </h3>
              {changed.length === 0 &&
              diff.diff.citationsAdded.length === 0 &&
              diff.diff.citationsRemoved.length === 0 ? (
                <p className="mt-2">{t("recordHistory.noDifference")}</p>
              ) : (
                <ul className="mt-3 space-y-3">
                  {changed.map((f) => (
                    <li
                      key={f.field}
                      className="rounded-md border border-blue-700 bg-blue-50 p-3"
                      data-testid={`diff-${f.field}`}
                    >
                      <h4 className="font-semibold">{fieldLabel(t, f.field)}</h4>
                      <dl className="mt-1 grid gap-2 sm:grid-cols-2">
                        <div>
                          <dt className="text-sm text-stone-600">
                            {t("recordHistory.revision", { version: diff.from.version })}
                          </dt>
                          <dd>
                            <FieldValue field={f.field} value={f.from} locale={locale} t={t} labels={{}} />
                          </dd>
                        </div>
                        <div>
                          <dt className="text-sm text-stone-600">
                            {t("recordHistory.revision", { version: diff.to.version })}
                          </dt>
                          <dd>
                            <FieldValue field={f.field} value={f.to} locale={locale} t={t} labels={{}} />
                          </dd>
                        </div>
                      </dl>
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-4">
                <CitationChanges
                  before={diff.diff.citationsRemoved}
                  after={diff.diff.citationsAdded}
                  sources={diff.sources}
                  newSources={[]}
                  locale={locale}
                  t={t}
                />
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      {!history.deletedAt ? (
        <section aria-labelledby="delete-heading" className="mt-10 rounded-md border border-red-800 p-4">
          <h2 id="delete-heading" className="text-xl font-bold text-red-900">
            {t("recordHistory.deleteRecord")}
          </h2>
          <p className="mt-1 text-stone-700">{t("recordHistory.deleteHint")}</p>
          <div className="mt-3">
            <ActionForm
              action={deleteRecordAction}
              messages={actionMessages}
              hidden={target}
              submitLabel={t("recordHistory.deleteRecord")}
              pendingLabel={t("review.working")}
              variant="danger"
              testId="delete-record"
              textArea={{ name: "reason", id: "delete-reason", label: t("recordHistory.deleteReason") }}
            />
          </div>
        </section>
      ) : null}
    </article>
  );
}
