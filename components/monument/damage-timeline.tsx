import { ConditionBadge } from "@/components/monument/condition-badge";
import { CitationList } from "@/components/source/citation-list";
import { Fact, FactList } from "@/components/ui/fact-list";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import type { DamageReportItem } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/**
 * A monument's damage reports, oldest first. Every report is its own entry with its own
 * sources: two reports that disagree (destroyed / shattered but repairable) both appear.
 */
export function DamageTimeline({ reports, locale }: { reports: DamageReportItem[]; locale: Locale }) {
  const t = useTranslations();
  if (reports.length === 0) return <p className="text-stone-700">{t("damage.empty")}</p>;
  return (
    <ol className="space-y-6 border-s-2 border-stone-300 ps-5">
      {reports.map((report) => {
        const headingId = `damage-${report.id}`;
        const date = formatDateWithPrecision({
          date: report.occurredOn,
          end: report.occurredOnEnd,
          precision: report.datePrecision,
          locale,
        });
        const assessed = formatDateWithPrecision({ date: report.assessedOn, precision: "DAY", locale });
        const description = pick(report, "description", locale);
        return (
          <li key={report.id} id={headingId} data-testid="damage-entry" className="relative scroll-mt-4">
            {/* the dot on the timeline's line; decorative */}
            <span
              aria-hidden="true"
              className="absolute start-[calc(-1.625rem_-_1px)] top-1.5 size-3 rounded-full border-2 border-white bg-stone-600 ring-2 ring-stone-300"
            />
            <article
              aria-labelledby={`${headingId}-heading`}
              className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm"
            >
              <h3 id={`${headingId}-heading`} className="text-lg leading-snug font-bold text-stone-900">
                <span className="block text-base font-semibold text-stone-700" data-testid="damage-date">
                  {date ?? t("damage.dateUnknown")}
                </span>
                <LocalizedText value={pick(report.cause, "label", locale)} locale={locale} />
              </h3>
              <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
                <span className="text-sm font-semibold text-stone-700">{t("condition.conditionAfter")}:</span>
                <ConditionBadge condition={report.conditionAfter} locale={locale} />
              </div>
              <FactList className="mt-4">
                <Fact label={t("condition.certainty")}>
                  <LocalizedText value={pick(report.certainty, "label", locale)} locale={locale} />
                </Fact>
                <Fact label={t("damage.agent")}>{localized(pick(report, "agent", locale), locale)}</Fact>
                <Fact label={t("damage.extent")}>{localized(pick(report, "extent", locale), locale)}</Fact>
                <Fact label={t("damage.evidence")}>{localized(pick(report, "evidence", locale), locale)}</Fact>
              </FactList>
              <p className="mt-4 max-w-prose">
                <LocalizedText value={description} locale={locale} />
              </p>
              {assessed ? (
                <p className="mt-2 text-sm text-stone-700">{t("damage.assessedOn", { date: assessed })}</p>
              ) : null}
              <h4 className="mt-4 text-sm font-bold text-stone-800">{t("damage.sources")}</h4>
              <div className="mt-2">
                {report.citations.length > 0 ? (
                  <CitationList citations={report.citations} locale={locale} />
                ) : (
                  <p className="text-sm text-stone-700">{t("damage.noSources")}</p>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
