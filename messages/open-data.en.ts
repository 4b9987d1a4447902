// Strings of the open-data pieces (issue 13): the reference page /open-data and the download
// links on monument, site and search pages. messages/open-data.ar.ts has the same keys.
export const openDataEn = {
  openData: {
    footerLink: "Open data: API and downloads",
    title: "Open data",
    intro:
      "Everything published in this catalogue can be read by programs and downloaded: an API, exports in standard formats and IIIF images. Only approved records are included, and the positions of places at risk of looting are coarsened, exactly as on these pages.",
    licence:
      "The data is published under the Creative Commons Attribution 4.0 licence; photos carry their own credit and licence.",
    downloadsHeading: "Downloads",
    dump: "The whole catalogue (NDJSON, one record a line)",
    allGeoJson: "Every monument as GeoJSON (for maps and GIS)",
    allCsv: "Every monument as CSV (opens in spreadsheets; Arabic included)",
    apiHeading: "The API",
    apiIntro:
      "Read-only JSON at the address below; any website may call it (CORS). The OpenAPI 3.1 document describes every endpoint and response.",
    openapiLink: "OpenAPI document",
    rules: {
      paging: "Lists come a page at a time: pass the nextCursor of a page as cursor to get the next one.",
      filters: "Monuments accept the same filters and text search as the search page.",
      etag: "Each response carries an ETag: send it back in If-None-Match and an unchanged answer is a short 304.",
      rateLimit:
        "Each client may make {limit, plural, one {# request} other {# requests}} a minute; an export counts as {cost, plural, one {# request} other {# requests}}. Beyond that the answer is 429 with Retry-After.",
      problems: "A malformed parameter is answered 400 with a problem document (RFC 9457) that names it.",
    },
    endpointsHeading: "Endpoints",
    endpointColumn: "Endpoint",
    whatColumn: "What it returns",
    parametersColumn: "Parameters",
    noParameters: "none",
    formatsHeading: "Formats",
    formats: {
      geojson: "GeoJSON (RFC 7946): coordinates are longitude, latitude; the map of this catalogue uses it.",
      csv: "CSV: UTF-8 with a byte-order mark; text a spreadsheet would run as a formula starts with an apostrophe. The file can be imported back.",
      linkedArt:
        "Linked Art (JSON-LD, CIDOC-CRM): each monument with its damage events, restorations and sources; its context is served by this site.",
      iiif: "IIIF: a Presentation 3 manifest per monument for viewers such as Mirador or Universal Viewer, with images at Image API level 0.",
    },
    problemsHeading: "Problem types",
    problems: {
      "invalid-parameter": "A parameter is malformed: the document's invalidParams names each one and why.",
      "not-found": "No published record has this slug or id.",
      "rate-limited": "Too many requests from this client in a minute: wait for the seconds in Retry-After.",
      "method-not-allowed": "The API only reads: GET, HEAD and OPTIONS.",
      internal: "Something went wrong on our side; the reference helps us find it in the log.",
    },
    downloadHeading: "Download",
    monumentIntro: "This monument in standard formats:",
    monumentJson: "JSON (API)",
    monumentLinkedArt: "Linked Art (JSON-LD)",
    monumentIiif: "IIIF manifest (photos)",
    siteIntro: "This site's monuments:",
    searchIntro: "Download these results:",
    more: "About the open data",
  },
};

export type OpenDataMessages = typeof openDataEn;
