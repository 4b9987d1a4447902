import { describe, expect, it } from "vitest";
import { ar } from "@/messages/ar";
import { en } from "@/messages/en";

type Tree = { [key: string]: string | Tree };

/** Every leaf of a dictionary as "a.b.c" → text. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [leaf, text] of leaves(value, path)) out.set(leaf, text);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const english = leaves(en);
const arabic = leaves(ar);

describe("the interface dictionaries", () => {
  it("have many keys (the walk reaches nested objects)", () => {
    expect(english.size).toBeGreaterThan(50);
    expect(english.has("monument.locationPrecision.SITE")).toBe(true);
  });

  it("has every English key in Arabic", () => {
    const missing = [...english.keys()].filter((key) => !arabic.has(key));
    expect(missing).toEqual([]);
  });

  it("has no Arabic key that English lacks", () => {
    const extra = [...arabic.keys()].filter((key) => !english.has(key));
    expect(extra).toEqual([]);
  });

  it.each([
    ["en", english],
    ["ar", arabic],
  ] as const)("has a non-empty string for every key in %s", (_name, dictionary) => {
    const empty = [...dictionary.entries()]
      .filter(([, text]) => typeof text !== "string" || text.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = [...english.entries()]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(arabic.get(key))))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("has Arabic text in the Arabic dictionary, not copied English", () => {
    const arabicScript = /[\u0600-\u06FF]/;
    // punctuation-only entries ("common.dash") and the title template's "%s" are exempt
    const untranslated = [...arabic.entries()]
      .filter(([key, text]) => !key.startsWith("common.") && !arabicScript.test(String(text)))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
