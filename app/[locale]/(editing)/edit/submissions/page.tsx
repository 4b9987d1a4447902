import type { Metadata } from "next";
import { SubmissionList, type SubmissionRow } from "@/components/editing/submission-list";
import { requireUser } from "@/lib/auth/session";
import { listOwnChangeRequests } from "@/lib/data/change-requests/submissions";
import { formatDateWithPrecision } from "@/lib/format/date";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { messageOr } from "@/lib/i18n/translator";
import { submissionActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/submissions">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("submissionsTitle"), robots: { index: false } };
}

export default async function SubmissionsPage({ params, searchParams }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:readOwn", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const submitted = (await searchParams).submitted;
  const list = await listOwnChangeRequests({ actor: user });
  const rows: SubmissionRow[] = list.map((row) => {
    const title = (locale === "ar" ? (row.title.ar ?? row.title.en) : (row.title.en ?? row.title.ar)) ?? t("untitled");
    const entityKey = `entity_${row.entityType}` as const;
    return {
      id: row.id,
      kindLabel: t(`kind_${row.kind}`),
      entityLabel: messageOr(t, entityKey, t("entity_OTHER")),
      title: title.length > 160 ? `${title.slice(0, 157)}…` : title,
      monumentName: row.monument ? (locale === "ar" ? row.monument.nameAr : row.monument.nameEn) : null,
      state: row.state,
      reviewReason: row.reviewReason,
      decisionUnseen: row.decisionUnseen,
      canWithdraw: row.canWithdraw,
      canRevise: row.canRevise,
      submittedOn: formatDateWithPrecision({ date: row.createdAt, precision: "DAY", locale }) ?? "",
      reviseHref: localePath(locale, `/edit/submissions/${row.id}`),
    };
  });

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("submissionsTitle")}</h1>
      <p>{t("submissionsIntro")}</p>
      {submitted ? (
        <p
          role="status"
          className="rounded-md border border-green-600 bg-green-50 p-3 font-semibold text-green-950"
          data-testid="submitted-notice"
        >
          {t("submittedNotice")}
        </p>
      ) : null}
      <SubmissionList rows={rows} actions={submissionActions} />
    </div>
  );
}
