import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { geoJsonCollectionSchema } from "@/lib/api/geojson";
import { API_BASE } from "@/lib/api/links";
import {
  damageReportListQuery,
  damageReportPageSchema,
  damageReportSchema,
  emptyQuery,
  idParam,
  monumentDetailSchema,
  monumentExportQuery,
  monumentListQuery,
  monumentPageSchema,
  problemSchema,
  restorationEffortSchema,
  restorationListQuery,
  restorationPageSchema,
  siteDetailSchema,
  siteListQuery,
  sitePageSchema,
  slugParam,
  sourceListQuery,
  sourcePageSchema,
  sourceSchema,
  vocabularyListSchema,
  vocabularyNameParam,
  vocabularySchema,
} from "@/lib/api/schemas";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the route handlers
// parse with and the contract tests validate against. Each operation carries an Arabic summary
// (x-summary-ar) for the reference page (/open-data).

export type ApiOperation = {
  id: string;
  path: string;
  tag: "Catalogue" | "Exports" | "IIIF" | "Reference";
  summaryEn: string;
  summaryAr: string;
  description?: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  ok: { description: string; contentType: string; schema: z.ZodType };
  notFound?: boolean;
};

const json = "application/json";
const anyObject = (description: string) => z.looseObject({}).openapi({ description });

export const operations: ApiOperation[] = [
  {
    id: "listMonuments",
    path: "/monuments",
    tag: "Catalogue",
    summaryEn: "Search and list monuments",
    summaryAr: "البحث في المعالم وسردها",
    description:
      "The search page's filters and text search, one page at a time in slug order. Sensitive places come with a coarsened position.",
    query: monumentListQuery,
    ok: { description: "A page of monuments.", contentType: json, schema: monumentPageSchema },
  },
  {
    id: "getMonument",
    path: "/monuments/{slug}",
    tag: "Catalogue",
    summaryEn: "One monument with its damage reports, restorations and sources",
    summaryAr: "معلم واحد مع تقارير الضرر والترميم والمصادر",
    params: z.object({ slug: slugParam }),
    ok: { description: "The monument.", contentType: json, schema: monumentDetailSchema },
    notFound: true,
  },
  {
    id: "getMonumentLinkedArt",
    path: "/monuments/{slug}/linked-art",
    tag: "Exports",
    summaryEn: "One monument as Linked Art JSON-LD",
    summaryAr: "معلم واحد بصيغة Linked Art (JSON-LD)",
    description:
      "CIDOC-CRM in JSON-LD: the object, its names, its damage events (Destruction or Modification, with their time spans) and restorations, and the sources documenting each. Its @context is /api/v1/linked-art/context.json.",
    params: z.object({ slug: slugParam }),
    ok: {
      description: "The JSON-LD document.",
      contentType: "application/ld+json",
      schema: anyObject("A JSON-LD document (Linked Art)"),
    },
    notFound: true,
  },
  {
    id: "getLinkedArtContext",
    path: "/linked-art/context.json",
    tag: "Reference",
    summaryEn: "The JSON-LD context of the Linked Art documents",
    summaryAr: "سياق JSON-LD لوثائق Linked Art",
    query: emptyQuery,
    ok: { description: "The context.", contentType: "application/ld+json", schema: anyObject("A JSON-LD context") },
  },
  {
    id: "listSites",
    path: "/sites",
    tag: "Catalogue",
    summaryEn: "List sites",
    summaryAr: "سرد المواقع",
    query: siteListQuery,
    ok: { description: "A page of sites.", contentType: json, schema: sitePageSchema },
  },
  {
    id: "getSite",
    path: "/sites/{slug}",
    tag: "Catalogue",
    summaryEn: "One site with its control periods and sources",
    summaryAr: "موقع واحد مع فترات السيطرة والمصادر",
    params: z.object({ slug: slugParam.openapi({ example: "palmyra" }) }),
    ok: { description: "The site.", contentType: json, schema: siteDetailSchema },
    notFound: true,
  },
  {
    id: "listDamageReports",
    path: "/damage-reports",
    tag: "Catalogue",
    summaryEn: "List damage reports",
    summaryAr: "سرد تقارير الضرر",
    query: damageReportListQuery,
    ok: { description: "A page of damage reports.", contentType: json, schema: damageReportPageSchema },
  },
  {
    id: "getDamageReport",
    path: "/damage-reports/{id}",
    tag: "Catalogue",
    summaryEn: "One damage report",
    summaryAr: "تقرير ضرر واحد",
    params: z.object({ id: idParam }),
    ok: { description: "The damage report.", contentType: json, schema: damageReportSchema },
    notFound: true,
  },
  {
    id: "listRestorationEfforts",
    path: "/restoration-efforts",
    tag: "Catalogue",
    summaryEn: "List restoration efforts",
    summaryAr: "سرد أعمال الترميم",
    query: restorationListQuery,
    ok: { description: "A page of restoration efforts.", contentType: json, schema: restorationPageSchema },
  },
  {
    id: "getRestorationEffort",
    path: "/restoration-efforts/{id}",
    tag: "Catalogue",
    summaryEn: "One restoration effort",
    summaryAr: "عمل ترميم واحد",
    params: z.object({ id: idParam.openapi({ example: "rst-busts-rome" }) }),
    ok: { description: "The restoration effort.", contentType: json, schema: restorationEffortSchema },
    notFound: true,
  },
  {
    id: "listSources",
    path: "/sources",
    tag: "Catalogue",
    summaryEn: "List sources",
    summaryAr: "سرد المصادر",
    query: sourceListQuery,
    ok: { description: "A page of sources.", contentType: json, schema: sourcePageSchema },
  },
  {
    id: "getSource",
    path: "/sources/{id}",
    tag: "Catalogue",
    summaryEn: "One source",
    summaryAr: "مصدر واحد",
    params: z.object({ id: idParam.openapi({ example: "src-afp-2016-03-28" }) }),
    ok: { description: "The source.", contentType: json, schema: sourceSchema },
    notFound: true,
  },
  {
    id: "listVocabularies",
    path: "/vocabularies",
    tag: "Reference",
    summaryEn: "Every vocabulary with its terms in English and Arabic",
    summaryAr: "كل المفردات المضبوطة ومصطلحاتها بالعربية والإنجليزية",
    query: emptyQuery,
    ok: { description: "The vocabularies.", contentType: json, schema: vocabularyListSchema },
  },
  {
    id: "getVocabulary",
    path: "/vocabularies/{name}",
    tag: "Reference",
    summaryEn: "One vocabulary",
    summaryAr: "مفردات مضبوطة واحدة",
    params: z.object({ name: vocabularyNameParam }),
    ok: { description: "The vocabulary.", contentType: json, schema: vocabularySchema },
  },
  {
    id: "exportMonumentsGeoJson",
    path: "/exports/monuments.geojson",
    tag: "Exports",
    summaryEn: "Monuments as GeoJSON (RFC 7946): also the map's data",
    summaryAr: "المعالم بصيغة GeoJSON: وهي أيضاً بيانات الخريطة",
    description: "Every monument matching the filters, streamed. Coordinates are [longitude, latitude].",
    query: monumentExportQuery,
    ok: { description: "A FeatureCollection.", contentType: "application/geo+json", schema: geoJsonCollectionSchema },
  },
  {
    id: "exportMonumentsCsv",
    path: "/exports/monuments.csv",
    tag: "Exports",
    summaryEn: "Monuments as CSV (UTF-8 with BOM)",
    summaryAr: "المعالم بصيغة CSV",
    description:
      "Every monument matching the filters, streamed. Cells a spreadsheet would run as a formula start with an apostrophe. The file imports back unchanged.",
    query: monumentExportQuery,
    ok: { description: "CSV text.", contentType: "text/csv; charset=utf-8", schema: z.string() },
  },
  {
    id: "exportCatalogue",
    path: "/exports/catalogue.ndjson",
    tag: "Exports",
    summaryEn: "The whole catalogue as newline-delimited JSON",
    summaryAr: "الفهرس كاملاً بصيغة JSON سطراً سطراً",
    description:
      'One JSON object a line, each with a "type" (vocabulary, site, source, monument, damageReport, restorationEffort) and the record as the API returns it.',
    query: emptyQuery,
    ok: { description: "NDJSON text.", contentType: "application/x-ndjson", schema: z.string() },
  },
  {
    id: "getIiifManifest",
    path: "/iiif/monuments/{slug}/manifest",
    tag: "IIIF",
    summaryEn: "IIIF Presentation 3 manifest of a monument's photos",
    summaryAr: "بيان IIIF (الإصدار 3) لصور المعلم",
    params: z.object({ slug: slugParam }),
    ok: {
      description: "The manifest.",
      contentType: 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
      schema: anyObject("A IIIF Presentation 3 Manifest"),
    },
    notFound: true,
  },
  {
    id: "getIiifImageInfo",
    path: "/iiif/image/{id}/info.json",
    tag: "IIIF",
    summaryEn: "IIIF Image API 3 (level 0) information of a photo",
    summaryAr: "معلومات صورة وفق واجهة IIIF للصور (المستوى 0)",
    params: z.object({ id: idParam }),
    ok: {
      description: "The image information.",
      contentType: 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"',
      schema: anyObject("A IIIF ImageService3 description"),
    },
    notFound: true,
  },
];

export const BAD_REQUEST_DESCRIPTION = "A parameter is malformed (RFC 9457 problem document naming it).";

function registry(): OpenAPIRegistry {
  const reg = new OpenAPIRegistry();
  reg.register("Problem", problemSchema);
  const problemContent = { "application/problem+json": { schema: problemSchema } };
  for (const op of operations) {
    const config: RouteConfig = {
      method: "get",
      path: op.path,
      operationId: op.id,
      tags: [op.tag],
      summary: op.summaryEn,
      ...(op.description ? { description: op.description } : {}),
      "x-summary-ar": op.summaryAr,
      request: { ...(op.query ? { query: op.query } : {}), ...(op.params ? { params: op.params } : {}) },
      responses: {
        200: { description: op.ok.description, content: { [op.ok.contentType]: { schema: op.ok.schema } } },
        304: { description: "Not modified (If-None-Match matched the ETag)." },
        400: { description: BAD_REQUEST_DESCRIPTION, content: problemContent },
        ...(op.notFound ? { 404: { description: "No such published record.", content: problemContent } } : {}),
        429: {
          description: "Too many requests from this client; Retry-After says when to try again.",
          headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
          content: problemContent,
        },
        500: { description: "Something went wrong (with a log reference).", content: problemContent },
      },
    };
    reg.registerPath(config);
  }
  return reg;
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The document; `serverUrl` is the absolute address of /api/v1 on this deployment. */
export function openApiDocument(serverUrl: string) {
  cached ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Heritage damage catalogue: open data API",
      version: "1.0.0",
      description:
        "Read-only access to the published catalogue: monuments, sites, damage reports, restoration efforts, sources and vocabularies, in English and Arabic. Approved records only; positions of places prone to looting are coarsened. Any origin may GET (CORS). Each client may make a limited number of requests a minute (429 with Retry-After beyond it; an export counts as several). Lists are paged with an opaque cursor. JSON responses carry an ETag: send it back in If-None-Match to get a 304.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: serverUrl }],
  });
  return { ...cached, servers: [{ url: serverUrl }] };
}

export { API_BASE };
