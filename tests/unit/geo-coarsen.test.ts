import { describe, expect, it } from "vitest";
import { coarsenLocation } from "@/lib/geo/coarsen";

// The Temple of Bel, roughly
const precise = { latitude: 34.54737, longitude: 38.27371, precision: "EXACT" as const };

describe("coarsenLocation", () => {
  it("returns a place that is not sensitive unchanged", () => {
    expect(coarsenLocation({ ...precise, isSensitive: false })).toEqual({ ...precise, coarsened: false });
  });

  it("snaps a sensitive place to a 0.1° grid and says only the site is known", () => {
    expect(coarsenLocation({ ...precise, isSensitive: true })).toEqual({
      latitude: 34.5,
      longitude: 38.3,
      precision: "SITE",
      coarsened: true,
    });
  });

  it("gives every sensitive place in one grid cell the same coordinates", () => {
    const a = coarsenLocation({ latitude: 34.5412, longitude: 38.2549, precision: "APPROXIMATE", isSensitive: true });
    const b = coarsenLocation({ latitude: 34.5388, longitude: 38.3449, precision: "EXACT", isSensitive: true });
    expect([a.latitude, a.longitude]).toEqual([b.latitude, b.longitude]);
  });

  it("never returns more than one decimal for a sensitive place, nor -0", () => {
    for (const [latitude, longitude] of [
      [34.55, 38.25],
      [-0.04, -0.04],
      [-33.8688, 151.2093],
      [0.35, 0.15],
    ] as const) {
      const out = coarsenLocation({ latitude, longitude, precision: "EXACT", isSensitive: true });
      for (const value of [out.latitude, out.longitude]) {
        expect(value).not.toBeNull();
        expect(String(value)).toMatch(/^-?\d+(\.\d)?$/);
        expect(Object.is(value, -0)).toBe(false);
        expect(Math.abs((value as number) - (value === out.latitude ? latitude : longitude))).toBeLessThanOrEqual(
          0.05 + 1e-9,
        );
      }
    }
  });

  it("keeps a sensitive place without coordinates without coordinates", () => {
    expect(coarsenLocation({ latitude: null, longitude: null, precision: "EXACT", isSensitive: true })).toEqual({
      latitude: null,
      longitude: null,
      precision: "SITE",
      coarsened: true,
    });
  });
});
