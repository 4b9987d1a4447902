import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatEventDate, type BoundPrecision } from "@/lib/dates/partial-date";
import type { Locale } from "@/lib/i18n/locales";

export type DateWithPrecision = {
  date: Date | null | undefined;
  precision: DatePrecision | null | undefined;
  // the end of a WINDOW ("27–31 August 2015")
  end?: Date | null;
  // how precisely each bound of a WINDOW is known; null for windows recorded before bounds had
  // precisions (then read from the days, below)
  startPrecision?: DatePrecision | null;
  endPrecision?: DatePrecision | null;
};

function isFirstOfMonth(date: Date): boolean {
  return date.getUTCDate() === 1;
}

function isLastOfMonth(date: Date): boolean {
  const next = new Date(date.getTime());
  next.setUTCDate(date.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

// A window recorded before its bounds had precisions: one that runs over whole months or whole
// years was meant in months or years ("1 May 2015 – 31 March 2016" is "May 2015 – March 2016").
function inferredBounds(start: Date, end: Date): [BoundPrecision, BoundPrecision] {
  const wholeMonths = isFirstOfMonth(start) && isLastOfMonth(end);
  if (wholeMonths && start.getUTCMonth() === 0 && end.getUTCMonth() === 11) return ["YEAR", "YEAR"];
  if (wholeMonths) return ["MONTH", "MONTH"];
  return ["DAY", "DAY"];
}

/**
 * A date as precisely as it is known (lib/dates/partial-date.ts): DAY "27 March 2016", MONTH
 * "March 2016", YEAR "2016", WINDOW "May 2015 – 27 March 2016", each bound at its own precision.
 * Null when there is no date. A missing precision is read as DAY; a WINDOW without an end (or
 * ending where it starts) as its start.
 */
export function formatDateWithPrecision({
  date,
  precision,
  end,
  startPrecision,
  endPrecision,
  locale,
}: DateWithPrecision & { locale: Locale }): string | null {
  if (!date) return null;
  if (precision === "WINDOW" && end && !startPrecision && !endPrecision) {
    [startPrecision, endPrecision] = inferredBounds(date, end);
  }
  return formatEventDate(
    {
      occurredOn: date,
      datePrecision: precision,
      occurredOnEnd: end,
      windowStartPrecision: startPrecision,
      windowEndPrecision: endPrecision,
    },
    locale,
  );
}
