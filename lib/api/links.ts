import { absoluteUrl } from "@/lib/format/site-url";

// Every address the API and the exports publish, in one place, absolute (NEXTAUTH_URL's origin).
export const API_BASE = "/api/v1";

const enc = encodeURIComponent;

export const apiLinks = {
  base: () => absoluteUrl(API_BASE),
  openapi: () => absoluteUrl(`${API_BASE}/openapi.json`),
  monuments: (query = "") => absoluteUrl(`${API_BASE}/monuments${query}`),
  monument: (slug: string) => absoluteUrl(`${API_BASE}/monuments/${enc(slug)}`),
  monumentHtml: (slug: string) => absoluteUrl(`/monuments/${enc(slug)}`),
  linkedArt: (slug: string) => absoluteUrl(`${API_BASE}/monuments/${enc(slug)}/linked-art`),
  linkedArtContext: () => absoluteUrl(`${API_BASE}/linked-art/context.json`),
  iiifManifest: (slug: string) => absoluteUrl(`${API_BASE}/iiif/monuments/${enc(slug)}/manifest`),
  iiifImage: (mediaId: string) => absoluteUrl(`${API_BASE}/iiif/image/${enc(mediaId)}`),
  sites: (query = "") => absoluteUrl(`${API_BASE}/sites${query}`),
  site: (slug: string) => absoluteUrl(`${API_BASE}/sites/${enc(slug)}`),
  siteHtml: (slug: string) => absoluteUrl(`/sites/${enc(slug)}`),
  damageReports: (query = "") => absoluteUrl(`${API_BASE}/damage-reports${query}`),
  damageReport: (id: string) => absoluteUrl(`${API_BASE}/damage-reports/${enc(id)}`),
  restorationEfforts: (query = "") => absoluteUrl(`${API_BASE}/restoration-efforts${query}`),
  restorationEffort: (id: string) => absoluteUrl(`${API_BASE}/restoration-efforts/${enc(id)}`),
  sources: (query = "") => absoluteUrl(`${API_BASE}/sources${query}`),
  source: (id: string) => absoluteUrl(`${API_BASE}/sources/${enc(id)}`),
  sourceHtml: (id: string) => absoluteUrl(`/sources/${enc(id)}`),
  vocabulary: (name: string) => absoluteUrl(`${API_BASE}/vocabularies/${enc(name)}`),
  geojson: (query = "") => absoluteUrl(`${API_BASE}/exports/monuments.geojson${query}`),
  csv: (query = "") => absoluteUrl(`${API_BASE}/exports/monuments.csv${query}`),
  dump: () => absoluteUrl(`${API_BASE}/exports/catalogue.ndjson`),
  vocabularyTerm: (name: string, code: string) => absoluteUrl(`${API_BASE}/vocabularies/${enc(name)}#${enc(code)}`),
};

/** Site-relative paths of the exports, for links on the pages (same origin as the page). */
export const exportPaths = {
  geojson: (query: string) => `${API_BASE}/exports/monuments.geojson${query}`,
  csv: (query: string) => `${API_BASE}/exports/monuments.csv${query}`,
  dump: () => `${API_BASE}/exports/catalogue.ndjson`,
  linkedArt: (slug: string) => `${API_BASE}/monuments/${enc(slug)}/linked-art`,
  iiifManifest: (slug: string) => `${API_BASE}/iiif/monuments/${enc(slug)}/manifest`,
  monumentJson: (slug: string) => `${API_BASE}/monuments/${enc(slug)}`,
};
