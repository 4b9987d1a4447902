import type { Metadata } from "next";
import { emptyMonument } from "@/components/editing/empty-values";
import { loadFormOptions } from "@/components/editing/load-options";
import { MonumentForm } from "@/components/editing/monument-form";
import { requireUser } from "@/lib/auth/session";
import { getDraft } from "@/lib/data/drafts";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/monuments/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("monumentNewTitle"), robots: { index: false } };
}

export default async function NewMonumentPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:create", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const formKey = "monument:new";
  const [options, draft] = await Promise.all([loadFormOptions(locale), getDraft({ actor: user, formKey })]);

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("monumentNewTitle")}</h1>
      <MonumentForm
        actions={proposalActions}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={emptyMonument(options.sites[0]?.value ?? "")}
        mode={{ target: { kind: "CREATE", note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={options}
      />
    </div>
  );
}
