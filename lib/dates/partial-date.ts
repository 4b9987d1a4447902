import type { Locale } from "@/lib/i18n/locales";

// Honest dates: a date is known to the day, to the month or only to the year, and each bound of
// a window ("May 2015 – 27 March 2016") has its own precision. Years are astronomical (0 is
// 1 BC, -99 is 100 BC), so nothing here breaks before year 1.
//
// Stored as a DATE column (the earliest day the value can mean: a month as its 1st, a year as
// 1 January) plus a precision column; `toStored` / `fromStored` convert.

export const BOUND_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
export type BoundPrecision = (typeof BOUND_PRECISIONS)[number];

export type PartialDate =
  | { precision: "YEAR"; year: number }
  | { precision: "MONTH"; year: number; month: number }
  | { precision: "DAY"; year: number; month: number; day: number };

/** A single date or a window between two dates, each at its own precision. */
export type DateSpan = { start: PartialDate; end?: PartialDate | null };

function utcDay(year: number, month: number, day: number): Date {
  // Date.UTC maps years 0–99 onto 1900–1999; setUTCFullYear does not
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDay(year, month + 1, 0).getUTCDate();
}

function isValid(value: PartialDate): boolean {
  if (!Number.isInteger(value.year) || value.year < -9999 || value.year > 9999) return false;
  if (value.precision === "YEAR") return true;
  if (!Number.isInteger(value.month) || value.month < 1 || value.month > 12) return false;
  if (value.precision === "MONTH") return true;
  return Number.isInteger(value.day) && value.day >= 1 && value.day <= daysInMonth(value.year, value.month);
}

/** The first day the value can mean (what the DATE column stores). */
export function earliestDay(value: PartialDate): Date {
  if (value.precision === "YEAR") return utcDay(value.year, 1, 1);
  if (value.precision === "MONTH") return utcDay(value.year, value.month, 1);
  return utcDay(value.year, value.month, value.day);
}

/** The last day the value can mean: "March 2016" ends on 31 March 2016. */
export function latestDay(value: PartialDate): Date {
  if (value.precision === "YEAR") return utcDay(value.year, 12, 31);
  if (value.precision === "MONTH") return utcDay(value.year, value.month, daysInMonth(value.year, value.month));
  return earliestDay(value);
}

/** A DATE column and its precision as a partial date; null without a date. A missing precision is a day. */
export function fromStored(date: Date | null | undefined, precision?: string | null): PartialDate | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (precision === "YEAR") return { precision: "YEAR", year };
  if (precision === "MONTH") return { precision: "MONTH", year, month };
  return { precision: "DAY", year, month, day: date.getUTCDate() };
}

/** What to store: the earliest day and the precision. */
export function toStored(value: PartialDate): { date: Date; precision: BoundPrecision } {
  return { date: earliestDay(value), precision: value.precision };
}

const ISO = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads "2016-03-27", "2016-03", "2016" or "-0099" (100 BC), the ISO 8601 / EDTF level-0 forms
 * the forms and the API use; null for anything else (including 31 February).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const value: PartialDate = match[3]
    ? { precision: "DAY", year, month: Number(match[2]), day: Number(match[3]) }
    : match[2]
      ? { precision: "MONTH", year, month: Number(match[2]) }
      : { precision: "YEAR", year };
  return isValid(value) ? value : null;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

/** The inverse of parsePartialDate: "2016-03-27", "2016-03", "2016", "-0099". */
export function formatIsoPartialDate(value: PartialDate): string {
  const year = `${value.year < 0 ? "-" : ""}${pad(value.year, 4)}`;
  if (value.precision === "YEAR") return year;
  if (value.precision === "MONTH") return `${year}-${pad(value.month, 2)}`;
  return `${year}-${pad(value.month, 2)}-${pad(value.day, 2)}`;
}

/** The day a span sorts by when "latest first": its end if it has one, as late as the end can be. */
export function spanSortDay(span: DateSpan): Date {
  return latestDay(span.end ?? span.start);
}

/** Orders spans by what they can latest mean (a window by its end), then by their start. */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  return (
    spanSortDay(a).getTime() - spanSortDay(b).getTime() ||
    earliestDay(a.start).getTime() - earliestDay(b.start).getTime()
  );
}

/** A window is well formed when its end cannot be before its start. */
export function isOrderedSpan(span: DateSpan): boolean {
  return !span.end || latestDay(span.end).getTime() >= earliestDay(span.start).getTime();
}

// ---------------------------------------------------------------------------------------------
// Words. One set of Arabic month names everywhere: those of ICU's "ar" locale (يناير … ديسمبر),
// which the catalogue's Arabic prose uses too. Written out here so that a different ICU version
// cannot switch them (ar-SY would give the Syriac names, أيار for May). Western digits in both
// languages, as lib/format/number.ts.
// ---------------------------------------------------------------------------------------------

const MONTHS: Record<Locale, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
};

export function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] ?? String(month);
}

// the year 0 is 1 BC
function yearWords(year: number, locale: Locale): string {
  if (year > 0) return String(year);
  const bc = 1 - year;
  return locale === "ar" ? `${bc} ق.م` : `${bc} BC`;
}

type Part = "day" | "month" | "year";

function words(value: PartialDate, parts: readonly Part[], locale: Locale): string {
  const out: string[] = [];
  if (parts.includes("day") && value.precision === "DAY") out.push(String(value.day));
  if (parts.includes("month") && value.precision !== "YEAR") out.push(monthName(value.month, locale));
  if (parts.includes("year")) out.push(yearWords(value.year, locale));
  return out.join(" ");
}

/** "27 March 2016", "March 2016", "2016", "100 BC"; in Arabic "27 مارس 2016", "100 ق.م". */
export function formatPartialDate(value: PartialDate, locale: Locale): string {
  return words(value, ["day", "month", "year"], locale);
}

// An end known only to its year, in the year the window starts, means "by the end of that year":
// said at the start's precision ("May – December 2015"), which claims nothing more.
function alignEnd(start: PartialDate, end: PartialDate): PartialDate {
  if (end.precision !== "YEAR" || start.precision === "YEAR" || start.year !== end.year) return end;
  if (start.precision === "MONTH") return { precision: "MONTH", year: end.year, month: 12 };
  return { precision: "DAY", year: end.year, month: 12, day: 31 };
}

/**
 * A date or a window, each bound as precisely as it is known: "May 2015 – 27 March 2016",
 * "27–31 August 2015", "May – August 2015", "2015 – 2016". What the end repeats is left out of the
 * start only when both bounds have the same precision.
 */
export function formatDateSpan(span: DateSpan, locale: Locale): string {
  const { start } = span;
  if (!span.end) return formatPartialDate(start, locale);
  const end = alignEnd(start, span.end);
  if (same(start, end)) return formatPartialDate(start, locale);
  const endWords = formatPartialDate(end, locale);
  if (start.precision === end.precision && start.year === end.year && start.precision !== "YEAR") {
    if (start.precision === "DAY" && end.precision === "DAY" && start.month === end.month) {
      return `${start.day}–${endWords}`;
    }
    return `${words(start, ["day", "month"], locale)} – ${endWords}`;
  }
  return `${formatPartialDate(start, locale)} – ${endWords}`;
}

// ---------------------------------------------------------------------------------------------
// The shapes the tables store
// ---------------------------------------------------------------------------------------------

/**
 * A damage report's date, as its columns hold it: DAY / MONTH / YEAR is one date; WINDOW runs
 * from `occurredOn` to `occurredOnEnd`, each
 * bound at its own precision (a missing bound precision is a day: windows recorded before bounds
 * had precisions were day-level).
 */
export type StoredEventDate = {
  occurredOn: Date | null | undefined;
  datePrecision: string | null | undefined;
  occurredOnEnd?: Date | null;
  windowStartPrecision?: string | null;
  windowEndPrecision?: string | null;
};

export function eventDateSpan(value: StoredEventDate): DateSpan | null {
  if (value.datePrecision !== "WINDOW") {
    const start = fromStored(value.occurredOn, value.datePrecision);
    return start ? { start } : null;
  }
  const start = fromStored(value.occurredOn, value.windowStartPrecision ?? "DAY");
  if (!start) return null;
  const end = fromStored(value.occurredOnEnd, value.windowEndPrecision ?? "DAY");
  return { start, end: end && !same(start, end) ? end : null };
}

function same(a: PartialDate, b: PartialDate): boolean {
  return formatIsoPartialDate(a) === formatIsoPartialDate(b);
}

/** A stored event date in words, or null without a date. */
export function formatEventDate(value: StoredEventDate, locale: Locale): string | null {
  const span = eventDateSpan(value);
  return span ? formatDateSpan(span, locale) : null;
}

/** A period with two stored bounds, each with its precision (a control period, a restoration). */
export function boundsSpan({
  start,
  startPrecision,
  end,
  endPrecision,
}: {
  start: Date | null | undefined;
  startPrecision: string | null | undefined;
  end: Date | null | undefined;
  endPrecision: string | null | undefined;
}): { start: PartialDate | null; end: PartialDate | null } {
  return { start: fromStored(start, startPrecision), end: fromStored(end, endPrecision) };
}
