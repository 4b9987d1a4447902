import { describe, expect, it } from "vitest";
import { currentConditionBasis, sortReportsLatestFirst } from "@/lib/catalogue/current-condition";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const created = day("2026-01-01");

const report = (id: string, fields: Partial<Parameters<typeof currentConditionBasis>[0]["reports"][number]>) => ({
  id,
  occurredOn: null,
  datePrecision: null,
  createdAt: created,
  ...fields,
});
const restoration = (id: string, statusCode: string, endedOn: string | null, endPrecision = "DAY") => ({
  id,
  statusCode,
  endedOn: endedOn ? day(endedOn) : null,
  endPrecision: endedOn ? endPrecision : null,
  createdAt: created,
});

// the funerary busts: hammered some time between May 2015 and their return on 28 February 2017,
// restored in Rome, the restoration completed on the day of the return
const hammered = report("dmg-bust", {
  occurredOn: day("2015-05-01"),
  occurredOnEnd: day("2017-02-28"),
  datePrecision: "WINDOW",
  windowStartPrecision: "MONTH",
  windowEndPrecision: "DAY",
});

describe("current condition", () => {
  it("is the completed restoration, resting on it and on the damage it followed (the busts)", () => {
    const basis = currentConditionBasis({
      reports: [hammered],
      restorations: [restoration("rst-bust", "completed", "2017-02-28")],
    });
    expect(basis).toEqual({
      kind: "restoration",
      restoration: expect.objectContaining({ id: "rst-bust" }),
      after: expect.objectContaining({ id: "dmg-bust" }),
    });
  });

  it("ignores restorations that are not completed", () => {
    for (const status of ["proposed", "planned", "in_progress", "suspended"]) {
      const basis = currentConditionBasis({
        reports: [hammered],
        restorations: [restoration("r", status, "2018-01-01")],
      });
      expect(basis).toEqual({ kind: "damage", report: hammered });
    }
  });

  it("is a damage report that can only be later than the restoration", () => {
    const later = report("dmg-later", { occurredOn: day("2018-06-01"), datePrecision: "MONTH" });
    const basis = currentConditionBasis({
      reports: [hammered, later],
      restorations: [restoration("rst", "completed", "2017-02-28")],
    });
    expect(basis).toEqual({ kind: "damage", report: later });
  });

  it("reads a window by its end: May 2015 – 27 March 2016 is later than a report of 1 January 2016", () => {
    const window = report("w", {
      occurredOn: day("2015-05-01"),
      occurredOnEnd: day("2016-03-27"),
      datePrecision: "WINDOW",
      windowStartPrecision: "MONTH",
      windowEndPrecision: "DAY",
    });
    const january = report("j", { occurredOn: day("2016-01-01"), datePrecision: "DAY" });
    expect(currentConditionBasis({ reports: [january, window], restorations: [] })).toEqual({
      kind: "damage",
      report: window,
    });
    expect(sortReportsLatestFirst([january, window]).map((r) => r.id)).toEqual(["w", "j"]);
  });

  it("reads a month by its last day and counts undated records as the oldest", () => {
    const march = report("march", { occurredOn: day("2016-03-01"), datePrecision: "MONTH" });
    const thirtieth = report("30th", { occurredOn: day("2016-03-30"), datePrecision: "DAY" });
    const undated = report("undated", {});
    expect(sortReportsLatestFirst([undated, thirtieth, march]).map((r) => r.id)).toEqual(["march", "30th", "undated"]);
    const undatedRestoration = restoration("rst", "completed", null);
    expect(currentConditionBasis({ reports: [march], restorations: [undatedRestoration] })?.kind).toBe("damage");
    expect(currentConditionBasis({ reports: [undated], restorations: [undatedRestoration] })?.kind).toBe("restoration");
  });

  it("breaks ties by the later assessment, then the later record", () => {
    const a = report("a", { occurredOn: day("2016-03-27"), datePrecision: "DAY", assessedOn: day("2016-03-28") });
    const b = report("b", { occurredOn: day("2016-03-27"), datePrecision: "DAY", assessedOn: day("2016-03-27") });
    const c = report("c", {
      occurredOn: day("2016-03-27"),
      datePrecision: "DAY",
      assessedOn: day("2016-03-28"),
      createdAt: day("2026-02-01"),
    });
    expect(sortReportsLatestFirst([a, b, c]).map((r) => r.id)).toEqual(["c", "a", "b"]);
  });

  it("is null without a report or a completed restoration", () => {
    expect(currentConditionBasis({ reports: [], restorations: [] })).toBeNull();
    expect(currentConditionBasis({ reports: [], restorations: [restoration("r", "planned", null)] })).toBeNull();
  });
});
