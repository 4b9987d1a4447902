import type { DateTimeFormatOptions } from "next-intl";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatter, translator } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";

export type DateWithPrecision = {
  date: Date | null | undefined;
  precision: DatePrecision | null | undefined;
  // the end of a WINDOW ("between 27 and 31 August 2015")
  end?: Date | null;
};

type Fields = "day" | "dayMonth" | "dayMonthYear" | "month" | "monthYear" | "year";

const OPTIONS: Record<Fields, DateTimeFormatOptions> = {
  day: { day: "numeric" },
  dayMonth: { day: "numeric", month: "long" },
  dayMonthYear: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long" },
  monthYear: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

function format(date: Date, fields: Fields, locale: Locale): string {
  // next-intl's formatter formats in UTC (DATE columns come back as UTC midnight: any other zone
  // can shift the day). Western digits in both languages, whatever the ICU version's default for "ar".
  return formatter(locale).dateTime(date, { ...OPTIONS[fields], numberingSystem: "latn" });
}

function between(start: string, end: string, locale: Locale): string {
  return translator(locale)("date.between", { start, end });
}

function isFirstOfMonth(date: Date): boolean {
  return date.getUTCDate() === 1;
}

function isLastOfMonth(date: Date): boolean {
  const next = new Date(date.getTime());
  next.setUTCDate(date.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

function sameMonth(a: Date, b: Date): boolean {
  return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth();
}

function formatWindow(start: Date, end: Date, locale: Locale): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const wholeMonths = isFirstOfMonth(start) && isLastOfMonth(end);
  const wholeYears = wholeMonths && start.getUTCMonth() === 0 && end.getUTCMonth() === 11;

  // A window of whole years or whole months is said in years or months: "between May 2015 and
  // March 2016" rather than "between 1 May 2015 and 31 March 2016".
  if (wholeYears) {
    if (sameYear) return format(start, "year", locale);
    return between(format(start, "year", locale), format(end, "year", locale), locale);
  }
  if (wholeMonths) {
    if (sameMonth(start, end)) return format(start, "monthYear", locale);
    const first = format(start, sameYear ? "month" : "monthYear", locale);
    return between(first, format(end, "monthYear", locale), locale);
  }
  // What the end repeats is left out of the start: "between 27 and 31 August 2015".
  const first = format(start, sameMonth(start, end) ? "day" : sameYear ? "dayMonth" : "dayMonthYear", locale);
  return between(first, format(end, "dayMonthYear", locale), locale);
}

/**
 * A date as precisely as it is known: DAY "27 March 2016", MONTH "March 2016", YEAR "2016",
 * WINDOW "between 27 and 31 August 2015". Null when there is no date. A missing precision is
 * read as DAY; a WINDOW without an end (or ending on its first day) as that single day.
 */
export function formatDateWithPrecision({
  date,
  precision,
  end,
  locale,
}: DateWithPrecision & { locale: Locale }): string | null {
  if (!date) return null;
  switch (precision) {
    case "YEAR":
      return format(date, "year", locale);
    case "MONTH":
      return format(date, "monthYear", locale);
    case "WINDOW":
      if (end && end.getTime() > date.getTime()) return formatWindow(date, end, locale);
      return format(date, "dayMonthYear", locale);
    default:
      return format(date, "dayMonthYear", locale);
  }
}
