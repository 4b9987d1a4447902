import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadFormOptions } from "@/components/editing/load-options";
import { SourceForm } from "@/components/editing/source-form";
import { requireUser } from "@/lib/auth/session";
import { getRecordForProposal } from "@/lib/data/change-requests/submissions";
import { getDraft } from "@/lib/data/drafts";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import type { CreateSourceInput } from "@/lib/validations/source";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/sources/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("correctSource"), robots: { index: false } };
}

export default async function EditSourcePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("source:propose", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const record = await getRecordForProposal({ actor: user, entityType: "SOURCE", id });
  if (!record) notFound();
  const formKey = `source:edit:${id}:v${record.version}`;
  const [options, draft] = await Promise.all([loadFormOptions(locale), getDraft({ actor: user, formKey })]);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("sourceEditTitle", { name: record.label })}</h1>
      <SourceForm
        actions={proposalActions}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={record.input as CreateSourceInput}
        mode={{ target: { kind: "UPDATE", entityId: id, baseVersion: record.version, note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={options}
      />
    </div>
  );
}
