import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/review/action-form";
import { reviewActionMessages } from "@/components/review/action-messages";
import { CitationChanges } from "@/components/review/citation-changes";
import { Comparison } from "@/components/review/comparison";
import { formatDateTimeUtc } from "@/components/review/format";
import { requireUser } from "@/lib/auth/session";
import { getChangeRequestForReview } from "@/lib/data/change-requests/queue";
import { env } from "@/lib/env";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { mediaUrl } from "@/lib/storage/url";
import { approveChangeRequestAction, decideChangeRequestAction } from "../actions";
import { getTranslations } from "next-intl/server";

type Props = PageProps<"/[locale]/admin/review/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFromParams(params);
  return { title: (await getTranslations({ locale }))("review.pageTitle") };
}

export default async function ReviewPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("changeRequest:review", { locale });
  const t = await getTranslations({ locale });
  const actionMessages = reviewActionMessages(locale);
  const view = await getChangeRequestForReview({ actor: { id: user.id, role: user.role }, changeRequestId: id });
  if (!view) notFound();
  const { request } = view;
  const title =
    (locale === "ar" ? (request.title.ar ?? request.title.en) : (request.title.en ?? request.title.ar)) ??
    t("review.untitled");
  const pending = request.status === "PENDING";
  const held = view.problems.length > 0;
  const selfBlocked = view.selfAuthored && !env.ALLOW_SELF_APPROVAL;
  const hidden = { locale, changeRequestId: request.id };
  const h2 = "text-2xl font-bold text-stone-900";

  return (
    <article>
      <p>
        <Link href={localePath(locale, "/admin/review")} className="font-medium text-blue-800 underline">
          {t("review.backToQueue")}
        </Link>
      </p>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-stone-600">
        {t(`review.kind.${request.kind}`)} · {t(`review.entity.${request.entityType}`)}
      </p>
      <h1 className="text-3xl font-bold text-stone-900" dir="auto">
        {title}
      </h1>
      <p className="mt-1 text-stone-700">
        {t("review.proposedBy", { name: request.author.name })} ·{" "}
        {t("review.submittedOn", { date: formatDateTimeUtc(request.createdAt, locale) })}
      </p>
      {request.monument ? (
        <p className="text-stone-700">
          {t("review.onMonument", {
            name: locale === "ar" ? request.monument.nameAr : request.monument.nameEn,
          })}
        </p>
      ) : null}
      {request.baseVersion !== null ? (
        <p className="text-stone-700">
          {t("review.againstVersion", { version: request.baseVersion })}
          {view.currentVersion !== null ? ` · ${t("review.currentVersion", { version: view.currentVersion })}` : ""}
        </p>
      ) : null}
      {request.entityId ? (
        <p>
          <Link
            href={localePath(locale, `/admin/history/${request.entityType}/${request.entityId}`)}
            className="font-medium text-blue-800 underline"
          >
            {t("review.historyLink")}
          </Link>
        </p>
      ) : null}
      <p className="mt-2 font-semibold" data-testid="review-status">
        {t(`review.status.${request.status}`)}
      </p>

      <section aria-labelledby="note-heading" className="mt-6 rounded-md border border-stone-300 bg-stone-50 p-4">
        <h2 id="note-heading" className="font-semibold text-stone-900">
          {t("review.authorNote")}
        </h2>
        <p className="mt-1 whitespace-pre-wrap" dir="auto" data-testid="author-note">
          {request.note ?? t("review.noNote")}
        </p>
      </section>

      {held && pending ? (
        <section
          role="alert"
          aria-labelledby="problems-heading"
          className="mt-6 rounded-md border-2 border-red-800 bg-red-50 p-4"
          data-testid="review-problems"
        >
          <h2 id="problems-heading" className="text-xl font-bold text-red-900">
            {t("review.problemsTitle")}
          </h2>
          <p className="mt-1">{t("review.problemsIntro")}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5">
            {view.problems.map((problem, index) => (
              <li key={index}>
                {t(`review.problem.${problem.code}`, {
                  field: problem.field ?? "",
                  value: problem.value ?? "",
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.conflict ? (
        <section
          aria-labelledby="conflict-heading"
          className="mt-6 rounded-md border-2 border-amber-600 bg-amber-50 p-4"
          data-testid="review-conflict"
        >
          <h2 id="conflict-heading" className="text-xl font-bold text-amber-950">
            {t("review.conflictTitle")}
          </h2>
          <p className="mt-1">{t("review.conflictIntro")}</p>
        </section>
      ) : null}

      <section aria-labelledby="compare-heading" className="mt-8">
        <h2 id="compare-heading" className={h2}>
          {t("review.comparisonTitle")}
        </h2>
        {request.kind === "DELETE" ? (
          <p className="mt-2 font-medium">{t("review.deleteProposal")}</p>
        ) : view.conflict && pending && !held && !selfBlocked && view.currentVersion !== null ? (
          <div className="mt-4">
            <ActionForm
              action={approveChangeRequestAction}
              messages={actionMessages}
              hidden={{ ...hidden, againstVersion: String(view.currentVersion) }}
              submitLabel={t("review.approveMerged")}
              pendingLabel={t("review.working")}
              variant="primary"
              testId="approve-merged"
            >
              <Comparison
                rows={view.comparison}
                conflict
                baseVersion={request.baseVersion}
                locale={locale}
                t={t}
                labels={view.labels}
                isCreate={false}
              />
            </ActionForm>
          </div>
        ) : (
          <div className="mt-4">
            <p className="mb-3 text-stone-700">{t("review.comparisonIntro")}</p>
            <Comparison
              rows={view.comparison}
              conflict={view.conflict}
              baseVersion={request.baseVersion}
              locale={locale}
              t={t}
              labels={view.labels}
              isCreate={request.kind === "CREATE"}
            />
          </div>
        )}
      </section>

      {request.kind !== "DELETE" ? (
        <section aria-labelledby="sources-heading" className="mt-8">
          <h2 id="sources-heading" className={h2}>
            {t("review.sourcesTitle")}
          </h2>
          <div className="mt-3">
            <CitationChanges
              before={view.current?.citations ?? []}
              after={view.proposed.citations as Parameters<typeof CitationChanges>[0]["after"]}
              sources={view.sources}
              newSources={view.newSources}
              locale={locale}
              t={t}
            />
          </div>
        </section>
      ) : null}

      {request.kind !== "DELETE" ? (
        <section aria-labelledby="photos-heading" className="mt-8">
          <h2 id="photos-heading" className={h2}>
            {t("review.photosTitle")}
          </h2>
          {view.media.length === 0 ? (
            <p className="mt-2 text-stone-700">{t("review.noPhotos")}</p>
          ) : (
            <ul className="mt-3 grid gap-4 sm:grid-cols-2" data-testid="review-photos">
              {view.media.map((m) => {
                const caption =
                  (locale === "ar" ? (m.captionAr ?? m.captionEn) : (m.captionEn ?? m.captionAr)) ??
                  t("review.photoNoCaption");
                const variants = (m.variants as Array<{ width: number; key: string }> | null) ?? [];
                const display =
                  [...variants].sort((a, b) => a.width - b.width).find((v) => v.width >= 480) ?? variants[0];
                return (
                  <li key={m.id}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- a pending photo, served by the media route to reviewers */}
                    <img
                      src={mediaUrl(display?.key ?? m.storageKey)}
                      alt={t("review.photoAlt", { caption })}
                      className="h-auto w-full rounded-md border border-stone-300"
                    />
                    <p className="mt-1 text-sm text-stone-700" dir="auto">
                      {caption} · {m.credit}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="decision-heading" className="mt-10 rounded-md border border-stone-400 p-4">
        <h2 id="decision-heading" className={h2}>
          {t("review.decisionTitle")}
        </h2>
        {!pending ? (
          <div className="mt-2" data-testid="review-decided">
            <p>{t("review.decided", { status: t(`review.status.${request.status}`) })}</p>
            {request.reviewer && request.reviewedAt ? (
              <p>
                {t("review.decidedBy", {
                  name: request.reviewer.name,
                  date: formatDateTimeUtc(request.reviewedAt, locale),
                })}
              </p>
            ) : null}
            {request.reviewReason ? (
              <p dir="auto">{t("review.reviewReason", { reason: request.reviewReason })}</p>
            ) : null}
            {request.resolution ? (
              <p>
                {t("review.resolutionRecorded", {
                  version: String((request.resolution as { againstVersion?: number }).againstVersion ?? ""),
                })}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="mt-4 space-y-8">
            {view.selfAuthored ? (
              <p className="font-medium">{selfBlocked ? t("review.selfAuthored") : t("review.selfAuthoredAllowed")}</p>
            ) : null}
            {held ? <p className="font-medium">{t("review.heldNoApprove")}</p> : null}
            {!view.conflict && !held && !selfBlocked ? (
              <div>
                <p className="mb-2 text-stone-700">{t("review.approveHint")}</p>
                <ActionForm
                  action={approveChangeRequestAction}
                  messages={actionMessages}
                  hidden={hidden}
                  submitLabel={t("review.approve")}
                  pendingLabel={t("review.working")}
                  variant="primary"
                  testId="approve"
                />
              </div>
            ) : null}
            {view.conflict ? (
              <ActionForm
                action={decideChangeRequestAction}
                messages={actionMessages}
                hidden={{ ...hidden, decision: "markOutOfDate" }}
                submitLabel={t("review.markOutOfDate")}
                pendingLabel={t("review.working")}
                testId="mark-out-of-date"
                textArea={{ name: "reason", id: "out-of-date-note", label: t("review.outOfDateNote") }}
              />
            ) : null}
            <ActionForm
              action={decideChangeRequestAction}
              messages={actionMessages}
              hidden={{ ...hidden, decision: "requestChanges" }}
              submitLabel={t("review.requestChanges")}
              pendingLabel={t("review.working")}
              testId="request-changes"
              textArea={{
                name: "reason",
                id: "request-changes-comment",
                label: t("review.requestChangesComment"),
                required: true,
              }}
            />
            <ActionForm
              action={decideChangeRequestAction}
              messages={actionMessages}
              hidden={{ ...hidden, decision: "reject" }}
              submitLabel={t("review.reject")}
              pendingLabel={t("review.working")}
              variant="danger"
              testId="reject"
              textArea={{ name: "reason", id: "reject-reason", label: t("review.rejectReason"), required: true }}
            />
          </div>
        )}
      </section>
    </article>
  );
}
