import { expect, test } from "@playwright/test";

// The open data as a visitor and a program meet it, against the production build: the download
// links of monument, site and search pages answer with what they promise, the reference page
// lists the endpoints, and the API answers malformed parameters with a problem document.
test.describe("open data", () => {
  test("a monument page links its Linked Art, IIIF manifest and JSON, and each answers", async ({ page, request }) => {
    await page.goto("/monuments/temple-of-bel");
    const downloads = page.getByTestId("downloads");
    const links = downloads.locator("a[type]");
    await expect(links).toHaveCount(3);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/json/);
    }
    const linkedArt = await (await request.get("/api/v1/monuments/temple-of-bel/linked-art")).json();
    expect(linkedArt.destroyed_by.timespan.begin_of_the_begin).toBe("2015-05-01T00:00:00Z");
  });

  test("the search page downloads exactly its results as CSV and GeoJSON", async ({ page, request }) => {
    await page.goto("/monuments?kind=temple&sort=name");
    const count = Number((await page.getByTestId("result-count").innerText()).match(/\d+/)?.[0]);
    const csvHref = await page.getByTestId("downloads").getByRole("link", { name: "CSV" }).getAttribute("href");
    expect(csvHref).toBe("/api/v1/exports/monuments.csv?kind=temple");
    const csv = await request.get(csvHref!);
    expect(csv.status()).toBe(200);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8").trim().split("\r\n")).toHaveLength(count + 1);
    const geojsonHref = await page.getByTestId("downloads").getByRole("link", { name: "GeoJSON" }).getAttribute("href");
    const geojson = await (await request.get(geojsonHref!)).json();
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(count);
  });

  test("a site page offers its monuments as GeoJSON and CSV", async ({ page, request }) => {
    await page.goto("/ar/sites/palmyra");
    const href = await page.getByTestId("downloads").getByRole("link", { name: "GeoJSON" }).getAttribute("href");
    expect(href).toBe("/api/v1/exports/monuments.geojson?site=palmyra");
    expect((await request.get(href!)).status()).toBe(200);
  });

  test("the reference page lists every endpoint of the OpenAPI document, in both languages", async ({
    page,
    request,
  }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    const paths = Object.keys(document.paths);
    await page.goto("/open-data");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
    await expect(page.getByTestId("endpoints").locator("tbody tr")).toHaveCount(paths.length);
    for (const path of paths) await expect(page.getByTestId("endpoints")).toContainText(`/api/v1${path}`);
    await page.goto("/ar/open-data");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("endpoints").locator("tbody tr")).toHaveCount(paths.length);
  });

  test("the API answers a malformed parameter with a 400 problem document, and allows any origin", async ({
    request,
  }) => {
    const response = await request.get("/api/v1/monuments?limit=abc&colour=red");
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["colour", "limit"]);
    const ok = await request.get("/api/v1/monuments?limit=2", { headers: { Origin: "https://elsewhere.example" } });
    expect(ok.status()).toBe(200);
    expect(ok.headers()["access-control-allow-origin"]).toBe("*");
    const etag = ok.headers()["etag"]!;
    const again = await request.get("/api/v1/monuments?limit=2", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });
});
