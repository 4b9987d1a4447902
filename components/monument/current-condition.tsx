import { ConditionBadge } from "@/components/monument/condition-badge";
import { LocalizedText } from "@/components/ui/localized-text";
import type { CurrentCondition as CurrentConditionData } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

const linkClass = "text-blue-800 underline hover:text-blue-950";

/**
 * The current condition and what it rests on: the latest damage report (with its certainty), or
 * a completed restoration after it (with the damage it repaired), each linked on the page.
 */
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
  const badge = (
    <div className="flex flex-wrap items-center gap-2">
      <dt className="font-semibold text-stone-700">{t("condition.label")}:</dt>
      <dd>
        <ConditionBadge condition={current.condition} locale={locale} />
      </dd>
    </div>
  );
  if (current.basis === "restoration") {
    const { restoration, after } = current;
    const title = pick(restoration, "title", locale).text;
    const date = formatDateWithPrecision({ date: restoration.endedOn, precision: restoration.endPrecision, locale });
    return (
      <div className="space-y-2" data-testid="current-condition" data-basis="restoration">
        <dl className="flex flex-wrap items-center gap-x-6 gap-y-2">{badge}</dl>
        <p className="text-sm text-stone-700">
          <a href={`#restoration-${restoration.id}`} className={linkClass}>
            {date
              ? t("condition.basedOnRestoration", { title, date })
              : t("condition.basedOnRestorationUndated", { title })}
          </a>
          {after ? (
            <>
              {" "}
              <a href={`#damage-${after.id}`} className={linkClass}>
                {t("condition.restorationFollowed", { condition: pick(after.condition, "label", locale).text })}
              </a>
            </>
          ) : null}
        </p>
      </div>
    );
  }
  const { report } = current;
  const date = formatDateWithPrecision({
    date: report.occurredOn,
    end: report.occurredOnEnd,
    precision: report.datePrecision,
    startPrecision: report.windowStartPrecision,
    endPrecision: report.windowEndPrecision,
    locale,
  });
  return (
    <div className="space-y-2" data-testid="current-condition" data-basis="damage">
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2">
        {badge}
        <div className="flex flex-wrap items-center gap-2">
          <dt className="font-semibold text-stone-700">{t("condition.certainty")}:</dt>
          <dd data-testid="certainty">
            <LocalizedText value={pick(current.certainty, "label", locale)} locale={locale} />
          </dd>
        </div>
      </dl>
      <p className="text-sm text-stone-700">
        <a href={`#damage-${report.id}`} className={linkClass}>
          {date ? t("condition.basedOn", { date }) : t("condition.basedOnUndated")}
        </a>
      </p>
    </div>
  );
}
