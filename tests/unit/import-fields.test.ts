import { describe, expect, it } from "vitest";
import { monumentCsvColumns } from "../../lib/export/csv";
import { checkMapping, defaultMapping, headerSignature, IMPORT_TARGETS } from "../../lib/import/fields";

describe("the import's column mapping", () => {
  it("maps every importable column of the catalogue's own CSV export, and ignores the rest", () => {
    const mapping = defaultMapping("MONUMENT", [...monumentCsvColumns]);
    const mapped = Object.fromEntries(monumentCsvColumns.map((column, i) => [column, mapping[i]]));
    expect(mapped).toMatchObject({
      id: "id",
      name_en: "nameEn",
      name_ar: "nameAr",
      alt_names: "altNames",
      kind: "kind",
      site: "site",
      parent: "parent",
      built_from_year: "builtFromYear",
      latitude: "latitude",
      longitude: "longitude",
      location_precision: "locationPrecision",
      sensitive: "isSensitive",
      slug: null,
      current_condition: null,
      url: null,
      updated_at: null,
    });
    // every field of the monument schema has its column in the export
    const fields = IMPORT_TARGETS.MONUMENT.filter((t) => t.field).map((t) => t.key);
    expect(fields.filter((key) => !mapping.includes(key))).toEqual([]);
    expect(checkMapping("MONUMENT", [...monumentCsvColumns], mapping)).toBe(true);
  });

  it("matches names whatever their case, spaces, dashes and underscores, each target once", () => {
    expect(
      defaultMapping("DAMAGE_REPORT", [
        "Monument",
        "Occurred On",
        "CAUSE",
        "condition-after",
        "Description",
        "description_en",
      ]),
    ).toEqual(["monument", "occurredOn", "cause", "conditionAfter", "descriptionEn", null]);
  });

  it("refuses a mapping that names a target twice, an unknown one, or does not fit the header", () => {
    expect(checkMapping("MONUMENT", ["a", "b"], ["nameEn", "nameEn"])).toBe(false);
    expect(checkMapping("MONUMENT", ["a", "b"], ["nameEn", "role"])).toBe(false);
    expect(checkMapping("MONUMENT", ["a", "b"], ["nameEn"])).toBe(false);
    expect(checkMapping("MONUMENT", ["a", "b"], [null, "nameAr"])).toBe(true);
  });

  it("gives files of the same shape the same signature", () => {
    expect(headerSignature(["Name EN", "kind"])).toBe(headerSignature(["name_en", "KIND"]));
    expect(headerSignature(["name_en", "kind"])).not.toBe(headerSignature(["kind", "name_en"]));
  });
});
