import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { emptyRestoration } from "@/components/editing/empty-values";
import { loadFormOptions } from "@/components/editing/load-options";
import { RestorationForm } from "@/components/editing/restoration-form";
import { requireUser } from "@/lib/auth/session";
import { getDraft } from "@/lib/data/drafts";
import { getMonumentChoice } from "@/lib/data/vocabularies";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { proposalActions } from "@/app/[locale]/(editing)/edit/proposal-actions";

type Props = PageProps<"/[locale]/edit/monuments/[id]/restoration">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("recordRestoration"), robots: { index: false } };
}

export default async function RestorationPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("changeRequest:create", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const monument = await getMonumentChoice({ id });
  if (!monument) notFound();
  const formKey = `restoration:new:${monument.id}`;
  const [options, draft] = await Promise.all([loadFormOptions(locale), getDraft({ actor: user, formKey })]);
  const name = locale === "ar" ? monument.nameAr : monument.nameEn;

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("restorationTitle", { name })}</h1>
      <RestorationForm
        actions={proposalActions}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={emptyRestoration(monument.id)}
        mode={{ target: { kind: "CREATE", note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={options}
      />
    </div>
  );
}
