import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageShell } from "@/components/site/page-shell";
import { LocalizedText } from "@/components/ui/localized-text";
import { getMonumentHistory } from "@/lib/data/public-history";
import { formatDateWithPrecision } from "@/lib/format/date";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { messageOr, type Translator } from "@/lib/i18n/translator";

type Props = PageProps<"/[locale]/monuments/[slug]/history">;

async function load(params: Props["params"]) {
  const locale = await localeFromParams(params);
  const { slug } = await params;
  await connection();
  const history = await getMonumentHistory({ slug });
  if (!history) notFound();
  return { locale, history };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, history } = await load(params);
  const t = await getTranslations({ locale });
  return {
    title: t("publicHistory.title", { name: pick(history.monument, "name", locale).text }),
    robots: { index: false },
  };
}

function fieldLabel(t: Translator, field: string): string {
  return messageOr(t, `field.${field}`, field);
}

export default async function HistoryPage({ params }: Props) {
  const { locale, history } = await load(params);
  const t = await getTranslations({ locale });
  const { monument, entries } = history;
  const monumentPath = localePath(locale, `/monuments/${monument.slug}`);
  const entityLabel = {
    MONUMENT: t("sourcePage.monumentRecord"),
    DAMAGE_REPORT: t("sourcePage.damageReport"),
    RESTORATION_EFFORT: t("sourcePage.restoration"),
  } as Record<string, string>;
  return (
    <PageShell locale={locale} path={`/monuments/${monument.slug}/history`}>
      <p className="text-sm">
        <Link href={monumentPath} className="text-blue-800 underline">
          {t("publicHistory.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        <LocalizedText value={pick(monument, "name", locale)} locale={locale} />
      </h1>
      <h2 className="mt-4 text-2xl font-bold">{t("publicHistory.heading")}</h2>
      <p className="mt-2 text-stone-700">{t("publicHistory.intro")}</p>
      {entries.length === 0 ? (
        <p className="mt-4">{t("publicHistory.empty")}</p>
      ) : (
        <ol className="mt-6 space-y-3" data-testid="history">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-lg border border-stone-300 bg-white p-4" data-testid="history-entry">
              <p className="text-sm font-semibold text-stone-700">
                {formatDateWithPrecision({ date: entry.createdAt, precision: "DAY", locale })}
                {t("common.dash")}
                {entityLabel[entry.entityType]}, {t("publicHistory.version", { version: entry.version })}
              </p>
              {entry.entityType !== "MONUMENT" && (entry.labelEn || entry.labelAr) ? (
                <p className="mt-1 line-clamp-2">
                  <LocalizedText
                    value={pick(
                      { labelEn: entry.labelEn ?? entry.labelAr ?? "", labelAr: entry.labelAr },
                      "label",
                      locale,
                    )}
                    locale={locale}
                  />
                </p>
              ) : null}
              <p className="mt-1">
                {entry.created
                  ? t("publicHistory.created")
                  : entry.change && entry.change.fields.length > 0
                    ? t("publicHistory.changed", {
                        fields: entry.change.fields.map((field) => fieldLabel(t, field)).join(t("common.comma")),
                      })
                    : t("publicHistory.nothingChanged")}
                {entry.change?.citationsChanged ? ` ${t("publicHistory.citationsChanged")}.` : null}
              </p>
              {entry.entityType === "MONUMENT" ? (
                <p className="mt-1 text-sm">
                  <Link href={`${monumentPath}/v/${entry.version}`} className="text-blue-800 underline">
                    {t("publicHistory.view")}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </PageShell>
  );
}
