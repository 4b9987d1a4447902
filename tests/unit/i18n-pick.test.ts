import { describe, expect, it } from "vitest";
import { pick } from "@/lib/i18n/pick";

const lion = { nameEn: "Lion of Al-Lat", nameAr: "أسد اللات" };

describe("pick", () => {
  it("returns the field in the page's language", () => {
    expect(pick(lion, "name", "en")).toEqual({ text: "Lion of Al-Lat", fallback: false, lang: "en" });
    expect(pick(lion, "name", "ar")).toEqual({ text: "أسد اللات", fallback: false, lang: "ar" });
  });

  it("falls back to English, marked, when the Arabic is missing or blank", () => {
    for (const summaryAr of [null, undefined, "", "   "]) {
      expect(pick({ summaryEn: "Smashed in 2015.", summaryAr }, "summary", "ar")).toEqual({
        text: "Smashed in 2015.",
        fallback: true,
        lang: "en",
      });
    }
  });

  it("falls back to Arabic on an English page when only the Arabic exists", () => {
    expect(pick({ claimEn: null, claimAr: "دُمّر" }, "claim", "en")).toEqual({ text: "دُمّر", fallback: true, lang: "ar" });
  });

  it("returns null when neither language has a text", () => {
    expect(pick({ agentEn: null, agentAr: null }, "agent", "en")).toBeNull();
    expect(pick({ agentEn: "", agentAr: undefined }, "agent", "ar")).toBeNull();
  });
});
