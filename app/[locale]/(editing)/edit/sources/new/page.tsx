import type { Metadata } from "next";
import { emptySource } from "@/components/editing/empty-values";
import { loadFormOptions } from "@/components/editing/load-options";
import { SourceForm } from "@/components/editing/source-form";
import { requireUser } from "@/lib/auth/session";
import { getDraft } from "@/lib/data/drafts";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/sources/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("sourceNewTitle"), robots: { index: false } };
}

export default async function NewSourcePage({ params }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("source:propose", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const formKey = "source:new";
  const [options, draft] = await Promise.all([loadFormOptions(locale), getDraft({ actor: user, formKey })]);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("sourceNewTitle")}</h1>
      <SourceForm
        actions={proposalActions}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={emptySource()}
        mode={{ target: { kind: "CREATE", note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={options}
      />
    </div>
  );
}
