import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";

export type BadgeCondition = {
  code: string;
  labelEn: string;
  labelAr: string;
  // 0 = intact … 4 = destroyed; null = unknown
  severityRank: number | null;
};

const MAX_RANK = 4;

// Text and border colours reach at least 4.5:1 on their backgrounds. Colour is never the only
// signal: the label is text, and the meter shows the degree as a number of filled bars.
const styles: Record<number, string> = {
  0: "border-emerald-700 bg-emerald-50 text-emerald-900",
  1: "border-lime-700 bg-lime-50 text-lime-900",
  2: "border-amber-700 bg-amber-50 text-amber-900",
  3: "border-orange-700 bg-orange-50 text-orange-900",
  4: "border-red-800 bg-red-50 text-red-900",
};
const unknownStyle = "border-stone-500 bg-stone-100 text-stone-800";

function SeverityMeter({ rank }: { rank: number }) {
  return (
    <span aria-hidden="true" className="inline-flex items-end gap-0.5">
      {Array.from({ length: MAX_RANK }, (_, index) => (
        <span
          key={index}
          className={`inline-block w-1.5 rounded-sm border border-current ${index < rank ? "bg-current" : "bg-transparent"}`}
          style={{ height: `${6 + index * 2}px` }}
        />
      ))}
    </span>
  );
}

function UnknownMark() {
  return (
    <span
      aria-hidden="true"
      className="inline-flex size-4 items-center justify-center rounded-full border border-current text-[0.65rem] leading-none font-bold"
    >
      ?
    </span>
  );
}

/**
 * A monument's condition as a badge: text label, a severity meter and colour. `condition`
 * null means no damage report exists, shown as "Unknown".
 */
export function ConditionBadge({ condition, locale }: { condition: BadgeCondition | null; locale: Locale }) {
  const t = useTranslations("condition");
  const rank = condition?.severityRank ?? null;
  const clamped = rank === null ? null : Math.max(0, Math.min(MAX_RANK, rank));
  const style = clamped === null ? unknownStyle : styles[clamped];
  return (
    <span
      data-testid="condition-badge"
      data-condition={condition?.code ?? "unknown"}
      className={`inline-flex items-center gap-2 rounded-full border px-3 py-0.5 text-sm font-semibold ${style}`}
    >
      {clamped === null ? <UnknownMark /> : <SeverityMeter rank={clamped} />}
      <span>
        {condition ? <LocalizedText value={pick(condition, "label", locale)} locale={locale} /> : t("unknown")}
      </span>
    </span>
  );
}
