import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadFormOptions } from "@/components/editing/load-options";
import { MonumentForm } from "@/components/editing/monument-form";
import { requireUser } from "@/lib/auth/session";
import { getRecordForProposal } from "@/lib/data/change-requests/submissions";
import { getDraft } from "@/lib/data/drafts";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import type { CreateMonumentInput } from "@/lib/validations/monument";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/monuments/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("editMonument"), robots: { index: false } };
}

export default async function EditMonumentPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("changeRequest:create", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const record = await getRecordForProposal({ actor: user, entityType: "MONUMENT", id });
  if (!record) notFound();
  // a draft belongs to the version it was typed against: a newer version starts a new draft
  const formKey = `monument:edit:${id}:v${record.version}`;
  const [options, draft] = await Promise.all([loadFormOptions(locale), getDraft({ actor: user, formKey })]);
  const name = locale === "ar" ? (record.labelAr ?? record.label) : record.label;

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("monumentEditTitle", { name })}</h1>
      <MonumentForm
        actions={proposalActions}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={record.input as CreateMonumentInput}
        mode={{ target: { kind: "UPDATE", entityId: id, baseVersion: record.version, note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={options}
        selfId={id}
      />
    </div>
  );
}
