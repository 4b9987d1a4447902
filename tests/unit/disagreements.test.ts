import { describe, expect, it } from "vitest";
import { findDisagreements } from "@/lib/catalogue/disagreements";

const report = (
  id: string,
  condition: string,
  certainty: string,
  on: string,
  precision: "DAY" | "YEAR" | "WINDOW",
  end?: string,
) => ({
  id,
  occurredOn: new Date(on),
  occurredOnEnd: end ? new Date(end) : null,
  datePrecision: precision,
  conditionAfter: { code: condition },
  certainty: { code: certainty },
});

describe("where sources disagree", () => {
  it("pairs a disputed report with an overlapping one that gives another condition", () => {
    const a = report("a", "destroyed", "disputed", "2015-05-01", "WINDOW", "2015-12-31");
    const b = report("b", "severe_damage", "reported", "2015-05-01", "WINDOW", "2015-12-31");
    expect(findDisagreements([a, b]).map(([x, y]) => [x.id, y.id])).toEqual([["a", "b"]]);
  });

  it("does not count a later, worse state as a disagreement", () => {
    const a = report("a", "severe_damage", "confirmed", "2015-08-23", "DAY");
    const b = report("b", "destroyed", "confirmed", "2015-08-30", "DAY");
    expect(findDisagreements([a, b])).toEqual([]);
  });

  it("pairs two reports of the same day that differ", () => {
    const a = report("a", "severe_damage", "reported", "2015-08-30", "DAY");
    const b = report("b", "destroyed", "confirmed", "2015-08-30", "DAY");
    expect(findDisagreements([a, b])).toHaveLength(1);
  });
});
