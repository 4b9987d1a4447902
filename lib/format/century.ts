import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";

/**
 * "2nd century AD" / "القرن 2 الميلادي" for 2; negative numbers are centuries BC. The English
 * ordinal suffix comes from the message's ICU selectordinal (CLDR's rules: 1st, 2nd, 3rd, 11th, 21st).
 */
export function formatCentury(century: number, locale: Locale): string {
  return translator(locale)(century < 0 ? "century.bc" : "century.ad", { n: Math.abs(century) });
}
