import { describe, expect, it } from "vitest";
import { formatYear, formatYearSpan } from "@/lib/format/year";

describe("formatYear / formatYearSpan", () => {
  it("writes AD and BC years in both languages", () => {
    expect(formatYear(32, "en")).toBe("AD 32");
    expect(formatYear(-100, "en")).toBe("100 BC");
    expect(formatYear(32, "ar")).toBe("32 م");
    expect(formatYear(-100, "ar")).toBe("100 ق.م");
  });

  it("writes a single year, a range, or nothing", () => {
    expect(formatYearSpan({ from: 32, to: 32, locale: "en" })).toBe("AD 32");
    expect(formatYearSpan({ from: 32, to: null, locale: "en" })).toBe("AD 32");
    expect(formatYearSpan({ from: 100, to: 200, locale: "en" })).toBe("AD 100 to AD 200");
    expect(formatYearSpan({ from: 100, to: 200, locale: "ar" })).toBe("من 100 م إلى 200 م");
    expect(formatYearSpan({ from: null, to: null, locale: "en" })).toBeNull();
  });
});
