import { intlLocale, type Locale } from "@/lib/i18n/locales";

const formatters = new Map<Locale, Intl.NumberFormat>();

/** A count in the page's language, with Western digits in both (as lib/format/date.ts). */
export function formatNumber(value: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale[locale], { numberingSystem: "latn" });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}
