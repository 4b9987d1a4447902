import { ConditionBadge } from "@/components/monument/condition-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import type { CurrentCondition as CurrentConditionData } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/** The condition after the latest damage report, its certainty, and which report says so. */
export function CurrentCondition({ current, locale }: { current: CurrentConditionData | null; locale: Locale }) {
  const t = useTranslations();
  if (!current) {
    return (
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <ConditionBadge condition={null} locale={locale} />
        <span className="text-stone-700">{t("condition.noReports")}</span>
      </p>
    );
  }
  const date = formatDateWithPrecision({
    date: current.occurredOn,
    end: current.occurredOnEnd,
    precision: current.datePrecision,
    locale,
  });
  return (
    <div className="space-y-2">
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <dt className="font-semibold text-stone-700">{t("condition.label")}:</dt>
          <dd>
            <ConditionBadge condition={current.condition} locale={locale} />
          </dd>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <dt className="font-semibold text-stone-700">{t("condition.certainty")}:</dt>
          <dd data-testid="certainty">
            <LocalizedText value={pick(current.certainty, "label", locale)} locale={locale} />
          </dd>
        </div>
      </dl>
      <p className="text-sm text-stone-700">
        <a href={`#damage-${current.reportId}`} className="text-blue-800 underline hover:text-blue-950">
          {date ? t("condition.basedOn", { date }) : t("condition.basedOnUndated")}
        </a>
      </p>
    </div>
  );
}
