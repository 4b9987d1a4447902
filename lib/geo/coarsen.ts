import type { LocationPrecision } from "@/lib/generated/prisma/enums";

export type Location = {
  latitude: number | null;
  longitude: number | null;
  precision: LocationPrecision;
};

// A 0.1° grid, about 11 km north–south: enough to say where a place is, not enough to find it.
export const COARSE_STEPS_PER_DEGREE = 10;

function toGrid(value: number): number {
  // an integer divided by 10 prints cleanly (34.6, not 34.600000000000001); + 0 turns -0 into 0
  return Math.round(value * COARSE_STEPS_PER_DEGREE) / COARSE_STEPS_PER_DEGREE + 0;
}

/**
 * What the public may see of a place's location. A sensitive place (prone to looting) gets its
 * coordinates snapped to a 0.1° grid and the precision SITE; any other place is returned as it
 * is. `coarsened` tells the page to say that the position shown is approximate on purpose.
 */
export function coarsenLocation({
  latitude,
  longitude,
  precision,
  isSensitive,
}: Location & { isSensitive: boolean }): Location & { coarsened: boolean } {
  if (!isSensitive) return { latitude, longitude, precision, coarsened: false };
  if (latitude === null || longitude === null) {
    return { latitude: null, longitude: null, precision: "SITE", coarsened: true };
  }
  return { latitude: toGrid(latitude), longitude: toGrid(longitude), precision: "SITE", coarsened: true };
}
