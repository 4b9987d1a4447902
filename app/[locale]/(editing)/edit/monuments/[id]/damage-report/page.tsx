import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DamageReportForm, emptyDamageReport } from "@/components/editing/damage-report-form";
import { sourceOptions, termOptions } from "@/components/editing/options";
import { requireUser } from "@/lib/auth/session";
import { getDraft } from "@/lib/data/drafts";
import { getVocabularies, listMonumentChoices, listSourceChoices } from "@/lib/data/vocabularies";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getMessages, interpolate } from "@/lib/i18n/messages";

type Props = PageProps<"/[locale]/edit/monuments/[id]/damage-report">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = getMessages(await localeFromParams(params)).editor;
  return { title: t.logDamage, robots: { index: false } };
}

export default async function DamageReportPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireUser("changeRequest:create", { locale });
  const t = getMessages(locale).editor;
  const monument = (await listMonumentChoices()).find((m) => m.id === id);
  if (!monument) notFound();
  const formKey = `damage-report:new:${monument.id}`;
  const [vocab, sources, draft] = await Promise.all([
    getVocabularies(["damageCause", "condition", "certainty", "sourceKind", "sourceReliability"] as const),
    listSourceChoices(),
    getDraft({ actor: user, formKey }),
  ]);
  const name = locale === "ar" ? monument.nameAr : monument.nameEn;

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{interpolate(t.damageReportTitle, { name })}</h1>
      <DamageReportForm
        t={t}
        userId={user.id}
        formKey={formKey}
        serverDraft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
        defaultValues={emptyDamageReport(monument.id)}
        mode={{ target: { kind: "CREATE", note: null } }}
        successHref={localePath(locale, "/edit/submissions")}
        options={{
          causes: termOptions(vocab.damageCause, locale),
          conditions: termOptions(vocab.condition, locale),
          certainties: termOptions(vocab.certainty, locale),
          sources: sourceOptions(sources, locale),
          sourceKinds: termOptions(vocab.sourceKind, locale),
          reliabilities: termOptions(vocab.sourceReliability, locale),
        }}
      />
    </div>
  );
}
