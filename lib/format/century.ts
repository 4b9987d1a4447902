import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";

function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

/** "2nd century AD" / "القرن 2 الميلادي" for 2; negative numbers are centuries BC. */
export function formatCentury(century: number, locale: Locale): string {
  const t = translator(locale);
  const n = Math.abs(century);
  const ordinal = locale === "en" ? englishOrdinal(n) : String(n);
  return t(century < 0 ? "century.bc" : "century.ad", { n: ordinal });
}
