import { describe, expect, it } from "vitest";
import { isLocale, localePath } from "@/lib/i18n/locales";
import { routeLocale, safeCataloguePath } from "@/lib/i18n/routing";

describe("routeLocale (what proxy.ts does with a path)", () => {
  it("serves unprefixed paths as English", () => {
    expect(routeLocale("/")).toEqual({ type: "rewrite", pathname: "/en", locale: "en", path: "/" });
    expect(routeLocale("/monuments/temple-of-bel")).toEqual({
      type: "rewrite",
      pathname: "/en/monuments/temple-of-bel",
      locale: "en",
      path: "/monuments/temple-of-bel",
    });
  });

  it("serves /ar paths as they are", () => {
    expect(routeLocale("/ar")).toEqual({ type: "next", locale: "ar", path: "/" });
    expect(routeLocale("/ar/monuments/lion-of-al-lat")).toEqual({
      type: "next",
      locale: "ar",
      path: "/monuments/lion-of-al-lat",
    });
  });

  it("redirects /en paths to the unprefixed address", () => {
    expect(routeLocale("/en")).toEqual({ type: "redirect", pathname: "/" });
    expect(routeLocale("/en/monuments/x")).toEqual({ type: "redirect", pathname: "/monuments/x" });
  });

  it("treats an unknown locale as an English path, which no page matches (a 404)", () => {
    expect(routeLocale("/fr/monuments/x")).toMatchObject({ type: "rewrite", pathname: "/en/fr/monuments/x" });
    expect(routeLocale("/arabic")).toMatchObject({ type: "rewrite", pathname: "/en/arabic" });
  });

  it("leaves API routes, Next's files and files with an extension alone", () => {
    for (const path of [
      "/api",
      "/api/auth/session",
      "/_next/static/chunks/a.js",
      "/favicon.ico",
      "/images/bel.jpg",
      "/ar/x.png",
    ]) {
      expect(routeLocale(path)).toEqual({ type: "skip" });
    }
    // but a page whose name merely starts with "api" is a page
    expect(routeLocale("/apis")).toMatchObject({ type: "rewrite" });
  });
});

describe("localePath", () => {
  it("leaves English paths unprefixed and prefixes Arabic ones", () => {
    expect(localePath("en", "/")).toBe("/");
    expect(localePath("en", "/monuments/x")).toBe("/monuments/x");
    expect(localePath("ar", "/")).toBe("/ar");
    expect(localePath("ar", "/monuments/x")).toBe("/ar/monuments/x");
    expect(localePath("ar", "monuments/x")).toBe("/ar/monuments/x");
  });
});

describe("isLocale", () => {
  it("knows en and ar only", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("ar")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("AR")).toBe(false);
  });
});

describe("safeCataloguePath", () => {
  it("keeps a same-site path and refuses anything else", () => {
    expect(safeCataloguePath("/monuments/x")).toBe("/monuments/x");
    for (const value of [
      null,
      undefined,
      "",
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
    ]) {
      expect(safeCataloguePath(value)).toBe("/");
    }
  });
});
