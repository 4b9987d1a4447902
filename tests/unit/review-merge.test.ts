import { describe, expect, it } from "vitest";
import { compareThreeWay, mergeWithChoices, UnresolvedConflict } from "@/lib/data/change-requests/merge";
import { diffSnapshots } from "@/lib/data/snapshots";

const side = (fields: Record<string, unknown>, citations: unknown[] = []) => ({ fields, citations });

describe("three-way comparison of a proposal made against an older version", () => {
  const base = side({ nameEn: "Bel", periodEn: null, summaryEn: "old" }, [{ sourceId: "a" }]);
  const current = side({ nameEn: "Bel", periodEn: "Roman", summaryEn: "changed by someone else", slug: "bel" }, [
    { sourceId: "a" },
  ]);
  const proposed = side({ nameEn: "Temple of Bel", periodEn: null, summaryEn: "changed by the author" }, [
    { sourceId: "a" },
    { sourceId: "b" },
  ]);
  const rows = compareThreeWay(["nameEn", "periodEn", "summaryEn", "slug"], base, current, proposed);
  const row = (field: string) => rows.find((r) => r.field === field)!;

  it("takes the proposal where only it changed, the current value where only the record changed", () => {
    expect(row("nameEn")).toMatchObject({ conflict: false, automatic: "proposed" });
    expect(row("periodEn")).toMatchObject({ conflict: false, automatic: "current" });
    expect(row("citations")).toMatchObject({ conflict: false, automatic: "proposed" });
  });

  it("flags a field both changed differently, and leaves columns the proposal does not set alone", () => {
    expect(row("summaryEn")).toMatchObject({ conflict: true, automatic: null, base: "old" });
    expect(row("slug")).toMatchObject({ inProposal: false, conflict: false });
  });

  it("refuses to merge until every conflict has a choice, then applies the choices", () => {
    expect(() => mergeWithChoices(rows, {})).toThrow(UnresolvedConflict);
    const merged = mergeWithChoices(rows, { summaryEn: "base" });
    expect(merged.fields).toEqual({ nameEn: "Temple of Bel", periodEn: "Roman", summaryEn: "old" });
    expect(merged.citations).toEqual([{ sourceId: "a" }, { sourceId: "b" }]);
    expect(merged.choices).toMatchObject({ summaryEn: "base", nameEn: "proposed", periodEn: "current" });
    expect(merged.fields).not.toHaveProperty("slug");
  });
});

describe("the difference between two revisions", () => {
  it("lists changed fields and citations added or removed", () => {
    const a = {
      fields: { nameEn: "A", latitude: 1 },
      citations: [{ sourceId: "s1", locator: null, claimEn: null, claimAr: null }],
    };
    const b = {
      fields: { nameEn: "B", latitude: 1 },
      citations: [{ sourceId: "s2", locator: "p. 2", claimEn: null, claimAr: null }],
    };
    const diff = diffSnapshots(a, b);
    expect(diff.fields.filter((f) => f.changed)).toEqual([{ field: "nameEn", from: "A", to: "B", changed: true }]);
    expect(diff.citationsAdded.map((c) => c.sourceId)).toEqual(["s2"]);
    expect(diff.citationsRemoved.map((c) => c.sourceId)).toEqual(["s1"]);
  });
});
