import { describe, expect, it } from "vitest";
import {
  compareSpans,
  earliestDay,
  eventDateSpan,
  formatDateSpan,
  formatEventDate,
  formatIsoPartialDate,
  formatPartialDate,
  fromStored,
  isOrderedSpan,
  latestDay,
  parsePartialDate,
  spanSortDay,
  toStored,
  type PartialDate,
} from "@/lib/dates/partial-date";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const p = (text: string) => {
  const value = parsePartialDate(text);
  if (!value) throw new Error(`not a occurredOn: ${text}`);
  return value;
};

describe("partial dates: parsing and storing", () => {
  it("reads a day, a month and a year and writes them back", () => {
    for (const text of ["2016-03-27", "2016-03", "2016", "-0099", "0001", "0000-02-29"]) {
      expect(formatIsoPartialDate(p(text))).toBe(text);
    }
    expect(p("2016-03")).toEqual({ precision: "MONTH", year: 2016, month: 3 });
  });

  it("refuses what is not a date", () => {
    for (const text of ["", "2016-13", "2015-02-29", "2016-02-30", "27/03/2016", "2016-3", "March 2016", "99999"]) {
      expect(parsePartialDate(text)).toBeNull();
    }
    expect(parsePartialDate("2016-02-29")).not.toBeNull();
  });

  it("stores the earliest day with its precision, and reads it back the same", () => {
    expect(toStored(p("2015-05"))).toEqual({ date: day("2015-05-01"), precision: "MONTH" });
    expect(toStored(p("2015"))).toEqual({ date: day("2015-01-01"), precision: "YEAR" });
    expect(fromStored(day("2015-05-01"), "MONTH")).toEqual(p("2015-05"));
    expect(fromStored(day("2016-03-27"), null)).toEqual(p("2016-03-27"));
    expect(fromStored(null, "DAY")).toBeNull();
  });

  it("is BCE-safe: 100 BC is the astronomical year -99, and years below 100 are not moved to the 1900s", () => {
    const stored = toStored(p("-0099-06"));
    expect(stored.date.getUTCFullYear()).toBe(-99);
    expect(fromStored(stored.date, stored.precision)).toEqual(p("-0099-06"));
    expect(earliestDay(p("0032")).getUTCFullYear()).toBe(32);
    expect(latestDay(p("-0099")).toISOString()).toBe("-000099-12-31T00:00:00.000Z");
  });

  it("knows the last day a month or a year can mean, leap years included", () => {
    expect(latestDay(p("2016-02"))).toEqual(day("2016-02-29"));
    expect(latestDay(p("2015-02"))).toEqual(day("2015-02-28"));
    expect(latestDay(p("2015"))).toEqual(day("2015-12-31"));
    expect(latestDay(p("2016-03-27"))).toEqual(day("2016-03-27"));
  });
});

describe("partial dates: ordering", () => {
  const window = { start: p("2015-05"), end: p("2016-03-27") };

  it("sorts a window by its end: 'May 2015 – 27 March 2016' is later than 1 January 2016", () => {
    expect(spanSortDay(window)).toEqual(day("2016-03-27"));
    expect(compareSpans(window, { start: p("2016-01-01") })).toBeGreaterThan(0);
    expect(compareSpans(window, { start: p("2016-03-28") })).toBeLessThan(0);
  });

  it("sorts a month by its last day and breaks ties by the start", () => {
    expect(compareSpans({ start: p("2016-03") }, { start: p("2016-03-30") })).toBeGreaterThan(0);
    expect(compareSpans({ start: p("2015-05"), end: p("2016-03-27") }, { start: p("2016-03-27") })).toBeLessThan(0);
    const sorted = [{ start: p("2017") }, window, { start: p("2015-08-27"), end: p("2015-08-31") }].sort(compareSpans);
    expect(sorted.map((s) => formatDateSpan(s, "en"))).toEqual([
      "27–31 August 2015",
      "May 2015 – 27 March 2016",
      "2017",
    ]);
  });

  it("tells a window whose end is before its start", () => {
    expect(isOrderedSpan(window)).toBe(true);
    expect(isOrderedSpan({ start: p("2016-03"), end: p("2016-03-01") })).toBe(true);
    expect(isOrderedSpan({ start: p("2016-03-27"), end: p("2016-03") })).toBe(true);
    expect(isOrderedSpan({ start: p("2016-03-27"), end: p("2015") })).toBe(false);
  });
});

describe("partial dates in words", () => {
  const both = (value: PartialDate) => [formatPartialDate(value, "en"), formatPartialDate(value, "ar")];

  it("says each date only as precisely as it is known, with one set of Arabic month names", () => {
    expect(both(p("2016-03-27"))).toEqual(["27 March 2016", "27 مارس 2016"]);
    expect(both(p("2015-05"))).toEqual(["May 2015", "مايو 2015"]);
    expect(both(p("2015"))).toEqual(["2015", "2015"]);
    expect(both(p("-0099"))).toEqual(["100 BC", "100 ق.م"]);
    expect(both(p("0000"))).toEqual(["1 BC", "1 ق.م"]);
  });

  it("writes the issue's window exactly, in both languages", () => {
    const span = { start: p("2015-05"), end: p("2016-03-27") };
    expect(formatDateSpan(span, "en")).toBe("May 2015 – 27 March 2016");
    expect(formatDateSpan(span, "ar")).toBe("مايو 2015 – 27 مارس 2016");
  });

  it("leaves out what the end repeats when both bounds are equally precise", () => {
    expect(formatDateSpan({ start: p("2015-08-27"), end: p("2015-08-31") }, "en")).toBe("27–31 August 2015");
    expect(formatDateSpan({ start: p("2015-08-27"), end: p("2015-09-03") }, "en")).toBe("27 August – 3 September 2015");
    expect(formatDateSpan({ start: p("2015-05"), end: p("2015-08") }, "ar")).toBe("مايو – أغسطس 2015");
    expect(formatDateSpan({ start: p("2016-12-11"), end: p("2017-01-20") }, "en")).toBe(
      "11 December 2016 – 20 January 2017",
    );
    expect(formatDateSpan({ start: p("2015"), end: p("2016") }, "en")).toBe("2015 – 2016");
    expect(formatDateSpan({ start: p("2015-05"), end: p("2015-05") }, "en")).toBe("May 2015");
  });

  it("says an end known only to the year of the start at the start's precision", () => {
    expect(formatDateSpan({ start: p("2015-05"), end: p("2015") }, "en")).toBe("May – December 2015");
    expect(formatDateSpan({ start: p("2015-05"), end: p("2016") }, "en")).toBe("May 2015 – 2016");
  });
});

describe("stored event dates (damage reports)", () => {
  it("reads a window with a precision per bound", () => {
    const stored = {
      occurredOn: day("2015-05-01"),
      occurredOnEnd: day("2016-03-27"),
      datePrecision: "WINDOW",
      windowStartPrecision: "MONTH",
      windowEndPrecision: "DAY",
    };
    expect(formatEventDate(stored, "en")).toBe("May 2015 – 27 March 2016");
    expect(eventDateSpan(stored)?.end).toEqual(p("2016-03-27"));
  });

  it("reads a window recorded before bounds had precisions as day-level, as it was entered", () => {
    expect(
      formatEventDate(
        { occurredOn: day("2015-08-27"), occurredOnEnd: day("2015-08-31"), datePrecision: "WINDOW" },
        "en",
      ),
    ).toBe("27–31 August 2015");
  });

  it("reads single dates and no date", () => {
    expect(formatEventDate({ occurredOn: day("2016-03-01"), datePrecision: "MONTH" }, "ar")).toBe("مارس 2016");
    expect(formatEventDate({ occurredOn: day("2015-07-02"), datePrecision: null }, "en")).toBe("2 July 2015");
    expect(formatEventDate({ occurredOn: null, datePrecision: null }, "en")).toBeNull();
    expect(formatEventDate({ occurredOn: day("2015-08-27"), datePrecision: "WINDOW" }, "en")).toBe("27 August 2015");
  });
});
