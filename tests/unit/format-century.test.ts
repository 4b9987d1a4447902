import { describe, expect, it } from "vitest";
import { formatCentury } from "@/lib/format/century";

describe("formatCentury", () => {
  it("gives English centuries their ordinal suffix by CLDR's rules, AD and BC", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => formatCentury(n, "en"))).toEqual([
      "1st century AD",
      "2nd century AD",
      "3rd century AD",
      "4th century AD",
      "11th century AD",
      "12th century AD",
      "13th century AD",
      "21st century AD",
      "22nd century AD",
      "23rd century AD",
      "101st century AD",
      "111th century AD",
    ]);
    expect(formatCentury(-1, "en")).toBe("1st century BC");
    expect(formatCentury(-3, "en")).toBe("3rd century BC");
  });

  it("writes Arabic centuries with Western digits, AD and BC", () => {
    expect(formatCentury(2, "ar")).toBe("القرن 2 الميلادي");
    expect(formatCentury(11, "ar")).toBe("القرن 11 الميلادي");
    expect(formatCentury(-1, "ar")).toBe("القرن 1 قبل الميلاد");
  });
});
