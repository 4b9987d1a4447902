import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DamageReportForm } from "@/components/editing/damage-report-form";
import { loadFormOptions } from "@/components/editing/load-options";
import { MonumentForm } from "@/components/editing/monument-form";
import { RestorationForm } from "@/components/editing/restoration-form";
import { SourceForm } from "@/components/editing/source-form";
import type { FormMode } from "@/components/editing/submit";
import { requireUser } from "@/lib/auth/session";
import { getCurrentVersion, getOwnChangeRequest } from "@/lib/data/change-requests/submissions";
import { getDraft } from "@/lib/data/drafts";
import { getOwnMedia } from "@/lib/data/uploads";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { mediaUrl } from "@/lib/storage/url";
import type { CreateDamageReportInput } from "@/lib/validations/damage-report";
import type { CreateMonumentInput } from "@/lib/validations/monument";
import type { CreateRestorationEffortInput } from "@/lib/validations/restoration-effort";
import type { CreateSourceInput } from "@/lib/validations/source";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/submissions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("reviseTitle"), robots: { index: false } };
}

const REVISABLE = ["PENDING", "CHANGES_REQUESTED", "OUT_OF_DATE"];

/** Revise one of my open proposals: its form, filled with what I proposed. */
export default async function ReviseSubmissionPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("changeRequest:reviseOwn", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const request = await getOwnChangeRequest({ actor: user, id });
  if (!request || !REVISABLE.includes(request.status)) notFound();

  let mode: FormMode = { target: { kind: "CREATE", note: request.note }, reviseId: request.id };
  if (request.kind === "UPDATE" && request.entityId) {
    // revised against the record as it is now (an out-of-date proposal catches up)
    const version = await getCurrentVersion({ actor: user, entityType: request.entityType, id: request.entityId });
    if (version === null) notFound();
    mode = {
      target: { kind: "UPDATE", entityId: request.entityId, baseVersion: version, note: request.note },
      reviseId: request.id,
    };
  } else if (request.kind !== "CREATE") {
    notFound();
  }
  const formKey = `revise:${request.id}`;
  const data = request.proposedData as { mediaIds?: string[] };
  const [options, draft, media] = await Promise.all([
    loadFormOptions(locale),
    getDraft({ actor: user, formKey }),
    getOwnMedia({ actor: user, ids: Array.isArray(data.mediaIds) ? data.mediaIds : [] }),
  ]);
  const initialPhotos = media.map((m) => ({
    id: m.id,
    previewUrl: mediaUrl((m.variants as { key: string }[])[0]?.key ?? m.storageKey),
    name: m.captionEn ?? m.storageKey,
  }));
  const common = {
    t,
    actions: proposalActions,
    userId: user.id,
    formKey,
    serverDraft: draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null,
    mode,
    successHref: localePath(locale, "/edit/submissions"),
    options,
    initialNote: request.note ?? "",
  };

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("reviseTitle")}</h1>
      {request.reviewReason ? (
        <p className="rounded-md border border-orange-400 bg-orange-50 p-3">
          {t("reviewerSaid", { reason: request.reviewReason })}
        </p>
      ) : null}
      {request.entityType === "DAMAGE_REPORT" ? (
        <DamageReportForm
          {...common}
          defaultValues={request.proposedData as CreateDamageReportInput}
          initialPhotos={initialPhotos}
        />
      ) : request.entityType === "RESTORATION_EFFORT" ? (
        <RestorationForm
          {...common}
          defaultValues={request.proposedData as CreateRestorationEffortInput}
          initialPhotos={initialPhotos}
        />
      ) : request.entityType === "MONUMENT" ? (
        <MonumentForm
          {...common}
          defaultValues={request.proposedData as CreateMonumentInput}
          initialPhotos={initialPhotos}
          selfId={request.entityId}
        />
      ) : request.entityType === "SOURCE" ? (
        <SourceForm {...common} defaultValues={request.proposedData as CreateSourceInput} />
      ) : null}
    </div>
  );
}
