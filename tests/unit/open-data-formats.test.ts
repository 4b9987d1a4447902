import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised } from "../../lib/export/csv";
import { timespanBounds } from "../../lib/export/linked-art";
import { rightsUri } from "../../lib/iiif/manifest";
import { decodeCursor, encodeCursor } from "../../lib/api/cursor";

describe("CSV formula neutralisation", () => {
  it.each(["=1+1", "+1", "-1 apples", "@SUM(A1)", "\tx", "\rx", "＝HYPERLINK()"])(
    "neutralises %j and restores it",
    (value) => {
      const written = neutraliseFormula(value);
      expect(written).toBe(`'${value}`);
      expect(restoreNeutralised(written)).toBe(value);
    },
  );
  it.each(["Temple of Bel", "معبد بل", "'quoted", "", "1=1"])("leaves %j as it is", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
    expect(restoreNeutralised(value)).toBe(value);
  });
});

describe("Linked Art time spans", () => {
  it.each([
    [{ date: "2015-08-30", end: null, precision: "DAY" }, "2015-08-30T00:00:00Z", "2015-08-30T23:59:59Z"],
    [{ date: "2016-02-01", end: null, precision: "MONTH" }, "2016-02-01T00:00:00Z", "2016-02-29T23:59:59Z"],
    [{ date: "2015-01-01", end: null, precision: "YEAR" }, "2015-01-01T00:00:00Z", "2015-12-31T23:59:59Z"],
    [{ date: "2015-08-27", end: "2015-08-31", precision: "WINDOW" }, "2015-08-27T00:00:00Z", "2015-08-31T23:59:59Z"],
  ] as const)("%o lies between %s and %s", (input, begin, end) => {
    expect(timespanBounds(input)).toEqual({ begin, end });
  });
  it("has no bounds without a date", () => {
    expect(timespanBounds({ date: null, end: null, precision: null })).toBeNull();
  });
});

describe("IIIF rights", () => {
  it.each([
    ["CC BY-SA 4.0", "http://creativecommons.org/licenses/by-sa/4.0/"],
    ["cc-by 2.0", "http://creativecommons.org/licenses/by/2.0/"],
    ["CC0", "http://creativecommons.org/publicdomain/zero/1.0/"],
    ["https://rightsstatements.org/vocab/InC/1.0/", "http://rightsstatements.org/vocab/InC/1.0/"],
    ["All rights reserved", null],
    ["javascript:alert(1)", null],
  ])("%s -> %s", (licence, uri) => {
    expect(rightsUri(licence)).toBe(uri);
  });
});

describe("API cursors", () => {
  it("round-trip a key and refuse anything else with a problem naming cursor", () => {
    expect(decodeCursor(encodeCursor("temple-of-bel"))).toBe("temple-of-bel");
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of [
      "",
      "%%%",
      Buffer.from("[]").toString("base64url"),
      Buffer.from('{"k":5}').toString("base64url"),
    ]) {
      expect(() => decodeCursor(bad)).toThrowError(/cursor/);
    }
  });
});
