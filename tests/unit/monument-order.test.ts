import { describe, expect, it } from "vitest";
import { orderAsTree } from "@/lib/data/monument-order";

type Row = { slug: string; parent: { slug: string } | null };
const row = (slug: string, parent?: string): Row => ({ slug, parent: parent ? { slug: parent } : null });
const bySlug = (a: Row, b: Row) => a.slug.localeCompare(b.slug);
const slugs = (rows: Row[]) => rows.map((r) => r.slug);

describe("orderAsTree", () => {
  it("puts each part right after its parent, siblings in order", () => {
    const rows = [
      row("c-cella", "t-temple"),
      row("t-temple"),
      row("a-arch"),
      row("m-museum"),
      row("l-lion", "m-museum"),
      row("k-collection", "m-museum"),
      row("b-bust", "k-collection"),
    ];
    expect(slugs(orderAsTree(rows, bySlug))).toEqual([
      "a-arch",
      "m-museum",
      "k-collection",
      "b-bust",
      "l-lion",
      "t-temple",
      "c-cella",
    ]);
  });

  it("treats a part whose parent is missing as top-level", () => {
    expect(slugs(orderAsTree([row("b", "gone"), row("a")], bySlug))).toEqual(["a", "b"]);
  });

  it("loses nothing in a parent cycle and lists each monument once", () => {
    const out = orderAsTree([row("x", "y"), row("y", "x"), row("z", "z")], bySlug);
    expect(slugs(out).sort()).toEqual(["x", "y", "z"]);
  });
});
