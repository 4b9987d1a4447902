import { formatter } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";

// Times in the review and history pages are shown in UTC, as the audit log records them (next-intl's
// formatter is configured with timeZone UTC, lib/i18n/config.ts).
export function formatDateTimeUtc(date: Date, locale: Locale): string {
  const text = formatter(locale).dateTime(date, { dateStyle: "medium", timeStyle: "short", numberingSystem: "latn" });
  return `${text} UTC`;
}

export function formatDayUtc(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale).dateTime(date, { dateStyle: "long", numberingSystem: "latn" });
}
