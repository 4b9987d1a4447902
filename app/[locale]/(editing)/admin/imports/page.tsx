import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { listImportBatches } from "@/lib/data/imports";
import { formatNumber } from "@/lib/format/number";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "next-intl/server";

type Props = PageProps<"/[locale]/admin/imports">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await getMessages({ locale: await localeFromParams(params) })).importing.batches.title,
    robots: { index: false },
  };
}

export default async function ImportBatchesPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:review", { locale });
  const t = (await getMessages({ locale })).importing;
  const batches = await listImportBatches({ actor: { id: user.id, role: user.role } });

  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-stone-900">{t.batches.title}</h1>
      <p className="max-w-prose text-stone-700">{t.batches.intro}</p>
      {batches.length === 0 ? (
        <p>{t.batches.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {batches.map((batch) => (
            <li key={batch.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div className="min-w-0">
                <Link
                  href={localePath(locale, `/admin/imports/${batch.id}`)}
                  className="font-semibold break-all text-blue-800 underline"
                >
                  <bdi>{batch.fileName}</bdi>
                </Link>
                <p className="text-sm text-stone-700">
                  {t.kinds[batch.entityType as "MONUMENT" | "DAMAGE_REPORT"]} · {t.batches.by}{" "}
                  <bdi>{batch.author.name}</bdi> · {formatDateTimeUtc(batch.createdAt, locale)}
                </p>
              </div>
              <p className="text-sm">
                {t.batches.proposals}: {formatNumber(batch.proposedCount, locale)} · {t.batches.waiting}:{" "}
                <strong>{formatNumber(batch.pendingCount, locale)}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
