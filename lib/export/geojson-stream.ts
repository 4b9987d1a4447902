import { monumentFeature } from "@/lib/api/geojson";
import type { MonumentExportRecord } from "@/lib/data/open-data";

/** A GeoJSON FeatureCollection written a batch of features at a time. */
export async function* monumentGeoJson(batches: AsyncGenerator<MonumentExportRecord[]>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    const features = batch.map((monument) => JSON.stringify(monumentFeature(monument))).join(",");
    yield (first ? "" : ",") + features;
    first = false;
  }
  yield "]}\n";
}
