import { describe, expect, it } from "vitest";
import { formatDateWithPrecision } from "@/lib/format/date";

// DATE columns come back from Prisma as UTC midnight
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

type Args = Omit<Parameters<typeof formatDateWithPrecision>[0], "locale">;

describe("formatDateWithPrecision in English", () => {
  const en = (args: Args) => formatDateWithPrecision({ ...args, locale: "en" });

  it("writes a day, a month or a year as precisely as it is known", () => {
    expect(en({ date: day("2016-03-27"), precision: "DAY" })).toBe("27 March 2016");
    expect(en({ date: day("2016-03-27"), precision: "MONTH" })).toBe("March 2016");
    expect(en({ date: day("2016-03-27"), precision: "YEAR" })).toBe("2016");
  });

  it("reads a missing precision as a day, and no date as null", () => {
    expect(en({ date: day("2015-08-30"), precision: null })).toBe("30 August 2015");
    expect(en({ date: null, precision: "DAY" })).toBeNull();
    expect(en({ date: undefined, precision: undefined })).toBeNull();
  });

  it("does not shift the day in a server time zone west of UTC (UTC midnight stays that day)", () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(new Date(day("2017-02-28")).getDate()).toBe(27); // the zone did change
      expect(en({ date: day("2017-02-28"), precision: "DAY" })).toBe("28 February 2017");
      expect(en({ date: day("2015-01-01"), precision: "YEAR" })).toBe("2015");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("writes a window within one month as '27–31 August 2015' (issue 11: 'A – B', not 'between A and B')", () => {
    expect(en({ date: day("2015-08-27"), end: day("2015-08-31"), precision: "WINDOW" })).toBe("27–31 August 2015");
  });

  it("writes a window across months or years with what differs", () => {
    expect(en({ date: day("2015-08-27"), end: day("2015-09-03"), precision: "WINDOW" })).toBe(
      "27 August – 3 September 2015",
    );
    expect(en({ date: day("2016-12-11"), end: day("2017-01-20"), precision: "WINDOW" })).toBe(
      "11 December 2016 – 20 January 2017",
    );
  });

  it("writes a window of whole months in months: 'May 2015 – March 2016'", () => {
    expect(en({ date: day("2015-05-01"), end: day("2016-03-31"), precision: "WINDOW" })).toBe("May 2015 – March 2016");
    expect(en({ date: day("2015-05-01"), end: day("2015-08-31"), precision: "WINDOW" })).toBe("May – August 2015");
    expect(en({ date: day("2016-02-01"), end: day("2016-02-29"), precision: "WINDOW" })).toBe("February 2016");
  });

  it("writes a window of whole years in years", () => {
    expect(en({ date: day("2015-01-01"), end: day("2017-12-31"), precision: "WINDOW" })).toBe("2015 – 2017");
    expect(en({ date: day("2015-01-01"), end: day("2015-12-31"), precision: "WINDOW" })).toBe("2015");
  });

  it("writes a window without an end, or ending on its first day, as that day", () => {
    expect(en({ date: day("2015-08-27"), precision: "WINDOW" })).toBe("27 August 2015");
    expect(en({ date: day("2015-08-27"), end: day("2015-08-27"), precision: "WINDOW" })).toBe("27 August 2015");
  });
});

describe("formatDateWithPrecision in Arabic", () => {
  const ar = (args: Args) => formatDateWithPrecision({ ...args, locale: "ar" });

  it("writes a day, a month and a year with Arabic month names and Western digits", () => {
    expect(ar({ date: day("2016-03-27"), precision: "DAY" })).toBe("27 مارس 2016");
    expect(ar({ date: day("2016-03-27"), precision: "MONTH" })).toBe("مارس 2016");
    expect(ar({ date: day("2016-03-27"), precision: "YEAR" })).toBe("2016");
  });

  it("writes windows with a dash, as in English", () => {
    expect(ar({ date: day("2015-08-27"), end: day("2015-08-31"), precision: "WINDOW" })).toBe("27–31 أغسطس 2015");
    expect(ar({ date: day("2015-05-01"), end: day("2016-03-31"), precision: "WINDOW" })).toBe("مايو 2015 – مارس 2016");
  });
});

describe("formatDateWithPrecision with a precision per bound", () => {
  it("writes the issue's window exactly: 'May 2015 – 27 March 2016'", () => {
    const window = { date: day("2015-05-01"), end: day("2016-03-27"), precision: "WINDOW" as const };
    expect(formatDateWithPrecision({ ...window, startPrecision: "MONTH", endPrecision: "DAY", locale: "en" })).toBe(
      "May 2015 – 27 March 2016",
    );
    expect(formatDateWithPrecision({ ...window, startPrecision: "MONTH", endPrecision: "DAY", locale: "ar" })).toBe(
      "مايو 2015 – 27 مارس 2016",
    );
    // without bound precisions the same days claim a day each
    expect(formatDateWithPrecision({ ...window, locale: "en" })).toBe("1 May 2015 – 27 March 2016");
  });
});
