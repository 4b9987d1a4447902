import { intlLocale, type Locale } from "@/lib/i18n/locales";

// Times in the review and history pages are shown in UTC, as the audit log records them.
export function formatDateTimeUtc(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
    numberingSystem: "latn",
  }).format(date);
  return `${text} UTC`;
}

export function formatDayUtc(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "long",
    timeZone: "UTC",
    numberingSystem: "latn",
  }).format(date);
}
