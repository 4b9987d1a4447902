import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/config";
import { ar } from "@/messages/ar";
import { en } from "@/messages/en";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[path, value] as [string, string]] : leaves(value, path);
  });
}

type Element = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
  pluralType?: string;
  children?: Element[];
};

/** The category lists of every cardinal plural in a message, nested ones included. */
function pluralCategories(elements: Element[]): string[][] {
  return elements.flatMap((element) => {
    if (!element.options) return [];
    const inner = Object.values(element.options).flatMap((option) => pluralCategories(option.value));
    return element.pluralType === "cardinal" ? [Object.keys(element.options).sort(), ...inner] : inner;
  });
}

function parse(text: string, locale: string): Element[] {
  return new IntlMessageFormat(text, locale).getAst() as Element[];
}

/** The names of the arguments a message takes (a plural's `count`, a select's key…), sorted. */
function argumentNames(elements: Element[]): string[] {
  const names = new Set<string>();
  const walk = (list: Element[]) => {
    for (const element of list) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (and selectordinal)
      if (element.type >= 1 && element.type <= 6 && typeof element.value === "string") names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(elements);
  return [...names].sort();
}

describe("ICU messages", () => {
  it.each([
    ["en", en],
    ["ar", ar],
  ] as const)("every %s message is valid ICU syntax", (locale, messages) => {
    const invalid = leaves(messages).filter(([, text]) => {
      try {
        new IntlMessageFormat(text, locale);
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toEqual([]);
  });

  it("gives every Arabic plural all six forms (zero, one, two, few, many, other)", () => {
    const plurals = leaves(ar).flatMap(([key, text]) =>
      pluralCategories(new IntlMessageFormat(text, "ar").getAst() as Element[]).map((categories) => [key, categories]),
    );
    expect(plurals.length).toBeGreaterThan(5);
    for (const [key, categories] of plurals) {
      expect([key, categories]).toEqual([key, ["few", "many", "one", "other", "two", "zero"]]);
    }
  });

  it("gives every English plural one and other", () => {
    const plurals = leaves(en).flatMap(([key, text]) =>
      pluralCategories(new IntlMessageFormat(text, "en").getAst() as Element[]).map((categories) => [key, categories]),
    );
    expect(plurals.length).toBeGreaterThan(5);
    for (const [key, categories] of plurals) expect([key, categories]).toEqual([key, ["one", "other"]]);
  });

  it("uses the same arguments in both languages, those of plurals and ordinals included", () => {
    const english = new Map(leaves(en));
    const mismatched = leaves(ar)
      .map(([key, text]) => [key, argumentNames(parse(text, "ar")), argumentNames(parse(english.get(key) ?? "", "en"))])
      .filter(([, arabic, inEnglish]) => JSON.stringify(arabic) !== JSON.stringify(inEnglish));
    expect(mismatched).toEqual([]);
  });

  it("uses a plural wherever Arabic puts a count before a noun, not the «{count} من …» form", () => {
    const dodges = leaves(ar).filter(([, text]) => /\{count\} من/.test(text));
    expect(dodges).toEqual([]);
  });
});

describe("search result counts", () => {
  const en = translator("en");
  const ar = translator("ar");

  it("says 1 result and 2 results in English", () => {
    expect(en("search.resultsFor", { count: 1, query: "citadel" })).toBe("1 result for “citadel”");
    expect(en("search.resultsFor", { count: 2, query: "citadel" })).toBe("2 results for “citadel”");
    expect(en("search.results", { count: 1 })).toBe("1 monument or object");
    expect(en("search.results", { count: 2 })).toBe("2 monuments and objects");
  });

  it("uses the Arabic form each count needs: zero, one, two, few (3–10), many (11–99), other (100+)", () => {
    const results = (count: number) => ar("search.resultsFor", { count, query: "القلعة" });
    expect(results(0)).toBe("لا نتائج للبحث عن «القلعة»");
    expect(results(1)).toBe("نتيجة واحدة للبحث عن «القلعة»");
    expect(results(2)).toBe("نتيجتان للبحث عن «القلعة»");
    expect(results(3)).toBe("3 نتائج للبحث عن «القلعة»"); // few: plural noun
    expect(results(10)).toBe("10 نتائج للبحث عن «القلعة»");
    expect(results(11)).toBe("11 نتيجةً للبحث عن «القلعة»"); // many: singular, accusative
    expect(results(99)).toBe("99 نتيجةً للبحث عن «القلعة»");
    expect(results(100)).toBe("100 نتيجة للبحث عن «القلعة»"); // other: singular, genitive
    expect(results(103)).toBe("103 نتائج للبحث عن «القلعة»"); // 103 is few again (n % 100 = 3)
  });

  it("counts monuments in Arabic with the same rules", () => {
    const monuments = (count: number) => ar("search.results", { count });
    expect([3, 11, 100].map(monuments)).toEqual(["3 آثار", "11 أثرًا", "100 أثر"]);
    expect(ar("editing.unseenDecisions", { count: 3 })).toBe("3 قرارات جديدة");
    expect(ar("editing.unseenDecisions", { count: 11 })).toBe("11 قرارًا جديدًا");
    expect(ar("editing.unseenDecisions", { count: 100 })).toBe("100 قرار جديد");
  });

  it("writes Western digits with grouping in both languages", () => {
    expect(en("search.results", { count: 1234 })).toBe("1,234 monuments and objects");
    expect(ar("search.results", { count: 1234 })).toMatch(/^1[,٬]234 /);
  });
});
