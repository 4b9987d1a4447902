import { z } from "zod";
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import type { MonumentSummary } from "@/lib/api/schemas";

// GeoJSON (RFC 7946) of monuments: one Feature per monument, a Point in WGS 84 as
// [longitude, latitude] (no "crs" member: RFC 7946 allows none), or a null geometry when the
// monument has no known position. Properties are flat so a map can style on them directly.
// The position is the public one: coarsened for sensitive places, before this is called.
extendZodWithOpenApi(z);

export const geoJsonFeatureSchema = z
  .strictObject({
    type: z.literal("Feature"),
    id: z.string(),
    geometry: z
      .strictObject({
        type: z.literal("Point"),
        coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
      })
      .nullable(),
    properties: z.strictObject({
      slug: z.string(),
      nameEn: z.string(),
      nameAr: z.string(),
      kind: z.string(),
      kindEn: z.string(),
      kindAr: z.string(),
      site: z.string(),
      condition: z.string().nullable(),
      conditionEn: z.string().nullable(),
      conditionAr: z.string().nullable(),
      severityRank: z.int().nullable(),
      latestDamageOn: z.string().nullable(),
      hasRestoration: z.boolean(),
      precision: z.enum(["EXACT", "APPROXIMATE", "SITE"]),
      coarsened: z.boolean(),
      url: z.url(),
      api: z.url(),
    }),
  })
  .openapi("MonumentFeature");

export const geoJsonCollectionSchema = z
  .strictObject({ type: z.literal("FeatureCollection"), features: z.array(geoJsonFeatureSchema) })
  .openapi("MonumentFeatureCollection", {
    description: "RFC 7946 GeoJSON; coordinates are [longitude, latitude], coarsened for sensitive places.",
  });

export type GeoJsonFeature = z.infer<typeof geoJsonFeatureSchema>;

export function monumentFeature(monument: MonumentSummary): GeoJsonFeature {
  const { latitude, longitude, precision, coarsened } = monument.location;
  return {
    type: "Feature",
    id: monument.slug,
    geometry: latitude !== null && longitude !== null ? { type: "Point", coordinates: [longitude, latitude] } : null,
    properties: {
      slug: monument.slug,
      nameEn: monument.nameEn,
      nameAr: monument.nameAr,
      kind: monument.kind.code,
      kindEn: monument.kind.labelEn,
      kindAr: monument.kind.labelAr,
      site: monument.site.slug,
      condition: monument.currentCondition?.code ?? null,
      conditionEn: monument.currentCondition?.labelEn ?? null,
      conditionAr: monument.currentCondition?.labelAr ?? null,
      severityRank: monument.currentCondition?.severityRank ?? null,
      latestDamageOn: monument.latestDamageOn,
      hasRestoration: monument.hasRestoration,
      precision,
      coarsened,
      url: monument.links.html,
      api: monument.links.self,
    },
  };
}
