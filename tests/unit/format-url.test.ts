import { describe, expect, it } from "vitest";
import { safeExternalUrl } from "@/lib/format/url";

describe("safeExternalUrl", () => {
  it("keeps http and https links", () => {
    expect(safeExternalUrl("https://www.example.org/article?id=1")).toBe("https://www.example.org/article?id=1");
    expect(safeExternalUrl(" http://example.org/a ")).toBe("http://example.org/a");
  });

  it("refuses links that could run script or are not absolute web links", () => {
    for (const value of [
      null,
      undefined,
      "",
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,x",
      "/relative",
      "not a url",
      "ftp://x.example/a",
    ]) {
      expect(safeExternalUrl(value)).toBeNull();
    }
  });
});
