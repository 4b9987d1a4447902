import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";

/** A year of construction: negative years are BC ("AD 32", "32 م"; "100 BC", "100 ق.م"). */
export function formatYear(year: number, locale: Locale): string {
  const t = translator(locale);
  return year < 0 ? t("monument.yearBc", { year: -year }) : t("monument.yearAd", { year });
}

/** When something was built: one year, a range when the date is uncertain, or null. */
export function formatYearSpan({
  from,
  to,
  locale,
}: {
  from: number | null;
  to: number | null;
  locale: Locale;
}): string | null {
  if (from === null && to === null) return null;
  if (from === null || to === null || from === to) return formatYear((from ?? to) as number, locale);
  return translator(locale)("monument.yearRange", {
    from: formatYear(from, locale),
    to: formatYear(to, locale),
  });
}
