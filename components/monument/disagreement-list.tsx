import { ConditionBadge } from "@/components/monument/condition-badge";
import { CitationList } from "@/components/source/citation-list";
import { LocalizedText } from "@/components/ui/localized-text";
import type { DamageReportItem } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/** Two reports that disagree, side by side (stacked on phones), each with its own sources. */
export function DisagreementList({ pairs, locale }: { pairs: [DamageReportItem, DamageReportItem][]; locale: Locale }) {
  const t = useTranslations();
  return (
    <div className="space-y-6">
      {pairs.map(([a, b]) => (
        <div key={`${a.id}-${b.id}`} className="grid gap-4 md:grid-cols-2" data-testid="disagreement">
          {[a, b].map((report, index) => {
            const date = formatDateWithPrecision({
              date: report.occurredOn,
              end: report.occurredOnEnd,
              precision: report.datePrecision,
              locale,
            });
            return (
              <article key={report.id} className="min-w-0 rounded-lg border-2 border-amber-700 bg-white p-4">
                <h3 className="font-bold">
                  {index === 0 ? t("disagreement.claimA") : t("disagreement.claimB")}
                  {date ? <span className="block text-sm font-semibold text-stone-700">{date}</span> : null}
                </h3>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <ConditionBadge condition={report.conditionAfter} locale={locale} />
                  <span className="text-sm text-stone-700">
                    {t("condition.certainty")}:{" "}
                    <LocalizedText value={pick(report.certainty, "label", locale)} locale={locale} />
                  </span>
                </div>
                <div className="mt-3">
                  <CitationList citations={report.citations} locale={locale} />
                </div>
                <p className="mt-2 text-sm">
                  <a href={`#damage-${report.id}`} className="text-blue-800 underline">
                    {t("damage.heading")}
                  </a>
                </p>
              </article>
            );
          })}
        </div>
      ))}
    </div>
  );
}
