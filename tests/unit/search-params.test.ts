import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchParams, searchHref, toggleFilter } from "@/lib/search/params";

describe("search state in the URL", () => {
  it("reads the query, facets, sort and page", () => {
    const state = parseSearchParams({ q: "  bel ", kind: ["temple", "arch"], sort: "damage", page: "3" });
    expect(state).toMatchObject({ q: "bel", sort: "damage", page: 3, truncated: false });
    expect(state.filters.kind).toEqual(["temple", "arch"]);
  });

  it("drops malformed values instead of failing", () => {
    const state = parseSearchParams({
      page: "-1",
      kind: "'; DROP",
      century: "1e3",
      restored: ["yes", "no"],
      sort: "evil",
    });
    expect(state.page).toBe(1);
    expect(state.filters.kind).toEqual([]);
    expect(state.filters.century).toEqual([]);
    expect(state.filters.restored).toEqual([]);
    expect(state.sort).toBe("name");
  });

  it("cuts an overlong query without splitting an emoji", () => {
    const state = parseSearchParams({ q: `${"a".repeat(MAX_QUERY_LENGTH - 1)}🏛️` });
    expect(state.truncated).toBe(true);
    expect(state.q).toBe("a".repeat(MAX_QUERY_LENGTH - 1));
  });

  it("writes the state back, resetting the page when a filter changes", () => {
    const state = parseSearchParams({ q: "bel", kind: "temple", page: "2" });
    expect(searchHref("/monuments", state, { filters: toggleFilter(state, "kind", "arch") })).toBe(
      "/monuments?q=bel&kind=temple&kind=arch",
    );
    expect(searchHref("/monuments", state, { filters: toggleFilter(state, "kind", "temple") })).toBe(
      "/monuments?q=bel",
    );
    expect(searchHref("/monuments", state, { page: 2 })).toBe("/monuments?q=bel&kind=temple&page=2");
  });
});
