import type { Canvas, Manifest, MetadataItem } from "@iiif/presentation-3";
import { apiLinks } from "@/lib/api/links";
import type { MonumentDetail } from "@/lib/api/schemas";
import type { PublicPhoto } from "@/lib/data/iiif";
import type { ImageInfo } from "@/lib/iiif/tiles";

// A IIIF Presentation 3 manifest of one monument: one canvas per public photo, labels in English
// and Arabic, the credit as requiredStatement and the licence as `rights` when it is a Creative
// Commons or RightsStatements.org URI (a free-text licence goes in requiredStatement with the
// credit). The navPlace extension carries the public position: coarsened for a sensitive place.

const PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json";
const NAVPLACE_CONTEXT = "http://iiif.io/api/extension/navplace/context.json";

const CC_CODES: Record<string, string> = {
  cc0: "http://creativecommons.org/publicdomain/zero/1.0/",
  "public domain": "http://creativecommons.org/publicdomain/mark/1.0/",
};

/** A rights URI for a licence as people write it ("CC BY-SA 4.0", a URI), or null. */
export function rightsUri(licence: string): string | null {
  const value = licence.trim();
  if (/^https?:\/\/(creativecommons\.org\/(licenses|publicdomain)|rightsstatements\.org\/vocab)\//.test(value)) {
    return value.replace(/^https:/, "http:");
  }
  const known = CC_CODES[value.toLowerCase()];
  if (known) return known;
  const cc = /^CC[ -](BY(?:-(?:SA|NC|ND|NC-SA|NC-ND))?)[ -](\d\.\d)$/i.exec(value);
  return cc ? `http://creativecommons.org/licenses/${cc[1]!.toLowerCase()}/${cc[2]}/` : null;
}

const both = (en: string, ar: string) => ({ en: [en], ar: [ar] });
const item = (labelEn: string, labelAr: string, valueEn: string, valueAr: string): MetadataItem => ({
  label: both(labelEn, labelAr),
  value: both(valueEn, valueAr),
});

export type ManifestPhoto = PublicPhoto & { info: ImageInfo };

export function monumentManifest(monument: MonumentDetail, photos: ManifestPhoto[]): Manifest {
  const id = apiLinks.iiifManifest(monument.slug);
  const { latitude, longitude } = monument.location;
  const metadata: MetadataItem[] = [
    item("Kind", "النوع", monument.kind.labelEn, monument.kind.labelAr),
    item("Site", "الموقع", monument.site.nameEn, monument.site.nameAr),
  ];
  metadata.push({
    label: both("Catalogue page", "صفحة الفهرس"),
    value: { none: [`<a href="${monument.links.html}">${monument.links.html}</a>`] },
  });
  if (monument.currentCondition) {
    const { labelEn, labelAr } = monument.currentCondition;
    metadata.push(item("Current condition", "الحالة الراهنة", labelEn, labelAr));
  }
  const canvases: Canvas[] = photos.map((photo, index) => {
    const canvasId = `${id}/canvas/${photo.id}`;
    const service = apiLinks.iiifImage(photo.id);
    const thumb = photo.info.sizes[0]!;
    const rights = rightsUri(photo.licence);
    const label = both(
      photo.captionEn ?? `Photo ${index + 1}`,
      photo.captionAr ?? photo.captionEn ?? `صورة ${index + 1}`,
    );
    return {
      id: canvasId,
      type: "Canvas",
      label,
      width: photo.info.width,
      height: photo.info.height,
      requiredStatement: {
        label: both("Credit", "المصدر"),
        value: { none: [rights ? photo.credit : `${photo.credit} (${photo.licence})`] },
      },
      ...(rights ? { rights } : {}),
      thumbnail: [
        {
          id: `${service}/full/${thumb.width},${thumb.height}/0/default.jpg`,
          type: "Image",
          format: "image/jpeg",
          width: thumb.width,
          height: thumb.height,
        },
      ],
      items: [
        {
          id: `${canvasId}/page`,
          type: "AnnotationPage",
          items: [
            {
              id: `${canvasId}/page/image`,
              type: "Annotation",
              motivation: "painting",
              target: canvasId,
              body: {
                id: `${service}/full/max/0/default.jpg`,
                type: "Image",
                format: "image/jpeg",
                width: photo.info.maxWidth,
                height: photo.info.maxHeight,
                service: [{ id: service, type: "ImageService3", profile: "level0" }],
              },
            },
          ],
        },
      ],
    };
  });

  return {
    "@context": [NAVPLACE_CONTEXT, PRESENTATION_CONTEXT],
    id,
    type: "Manifest",
    label: both(monument.nameEn, monument.nameAr),
    ...(monument.summaryEn ? { summary: both(monument.summaryEn, monument.summaryAr ?? monument.summaryEn) } : {}),
    metadata,
    // no `homepage`: the Presentation 3 types have no `label` on it, which the specification requires;
    // the catalogue page is in the metadata instead
    seeAlso: [{ id: apiLinks.linkedArt(monument.slug), type: "Dataset", format: "application/ld+json" }],
    ...(latitude !== null && longitude !== null
      ? {
          navPlace: {
            type: "FeatureCollection",
            features: [
              {
                id: `${id}/place/1`,
                type: "Feature",
                properties: { label: both(monument.nameEn, monument.nameAr) },
                geometry: { type: "Point", coordinates: [longitude, latitude] },
              },
            ],
          },
        }
      : {}),
    items: canvases,
  };
}
