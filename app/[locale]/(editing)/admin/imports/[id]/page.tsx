import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchReviewForm } from "@/components/import/batch-review-form";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { getImportBatch } from "@/lib/data/imports";
import { formatNumber } from "@/lib/format/number";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "next-intl/server";
import { decideImportBatchAction } from "../actions";

type Props = PageProps<"/[locale]/admin/imports/[id]">;

// {name} placeholders of a message filled with plain values (the batch page's own strings)
function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await getMessages({ locale: await localeFromParams(params) })).importing.batches.title,
    robots: { index: false },
  };
}

export default async function ImportBatchPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:review", { locale });
  const { id } = await params;
  const t = (await getMessages({ locale })).importing;
  const batch = await getImportBatch({ actor: { id: user.id, role: user.role }, id });
  if (!batch) notFound();
  const done = (await searchParams).done;
  const counts = typeof done === "string" && /^\d+(\.\d+){4}$/.test(done) ? done.split(".").map(Number) : null;
  const n = (value: number) => formatNumber(value, locale);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold break-words text-stone-900">
        {t.batch.title.split("{file}")[0]}
        <bdi>{batch.fileName}</bdi>
        {t.batch.title.split("{file}")[1] ?? ""}
      </h1>
      <p className="text-stone-700">
        {interpolate(t.batch.meta, {
          kind: t.kinds[batch.entityType as "MONUMENT" | "DAMAGE_REPORT"],
          author: batch.author.name,
          date: formatDateTimeUtc(batch.createdAt, locale),
          rows: n(batch.rowCount),
          proposed: n(batch.proposedCount),
          unchanged: n(batch.unchangedCount),
        })}
      </p>
      {counts && (
        <p
          role="status"
          className="rounded-md border border-emerald-700 bg-emerald-50 p-3 font-medium text-emerald-900"
        >
          {interpolate(t.batch.done, {
            approved: n(counts[0]!),
            rejected: n(counts[1]!),
            outOfDate: n(counts[2]!),
            held: n(counts[3]!),
            skipped: n(counts[4]!),
          })}
        </p>
      )}
      <BatchReviewForm
        t={t.batch}
        locale={locale}
        batchId={batch.id}
        action={decideImportBatchAction}
        selfImported={batch.authorId === user.id}
        rows={batch.rows.map((row) => ({
          changeRequestId: row.changeRequestId,
          rowNumber: n(row.rowNumber),
          title: row.title,
          kind: row.kind,
          status: row.status,
          reviewReason: row.reviewReason,
          reviewHref: localePath(locale, `/admin/review/${row.changeRequestId}`),
        }))}
      />
    </div>
  );
}
