import { formatter } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";

/** A count in the page's language, with Western digits in both (as lib/format/date.ts). */
export function formatNumber(value: number, locale: Locale): string {
  return formatter(locale).number(value, { numberingSystem: "latn" });
}
