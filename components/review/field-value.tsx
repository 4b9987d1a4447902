import type { Locale } from "@/lib/i18n/locales";
import { messageOr, type Translator } from "@/lib/i18n/translator";
import { formatDayUtc } from "@/components/review/format";

// One field's value as a reviewer reads it: labels for codes and ids, dates in words, Arabic text
// right-to-left whatever the page's direction.

const DATE_FIELDS = new Set([
  "occurredOn",
  "occurredOnEnd",
  "assessedOn",
  "startedOn",
  "endedOn",
  "publishedOn",
  "deletedAt",
  "startDate",
  "endDate",
  "takenOn",
]);

export type Labels = Record<string, { en: string; ar: string }>;

export function FieldValue({
  field,
  value,
  locale,
  t,
  labels,
}: {
  field: string;
  value: unknown;
  locale: Locale;
  t: Translator;
  labels: Labels;
}) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <span className="italic text-stone-600">{t("review.empty_value")}</span>;
  }
  if (typeof value === "boolean") return <span>{value ? t("review.yes") : t("review.no")}</span>;
  if (Array.isArray(value)) return <span dir="auto">{value.map(String).join(t("common.comma"))}</span>;
  if (typeof value === "string" && DATE_FIELDS.has(field)) return <span>{formatDayUtc(value, locale)}</span>;
  const label = labels[`${field}:${String(value)}`];
  if (label) {
    return (
      <span>
        {locale === "ar" ? label.ar : label.en} <span className="text-sm text-stone-600">({String(value)})</span>
      </span>
    );
  }
  const arabic = field.endsWith("Ar");
  return (
    <span className="whitespace-pre-wrap break-words" dir={arabic ? "rtl" : "auto"} lang={arabic ? "ar" : undefined}>
      {typeof value === "object" ? JSON.stringify(value) : String(value)}
    </span>
  );
}

export function fieldLabel(t: Translator, field: string): string {
  return messageOr(t, `reviewFields.${field}`, field);
}
