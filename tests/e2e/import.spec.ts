import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAppUser, testIp } from "./support/app-database";

// Bulk import as people do it: an archaeologist uploads a spreadsheet with three bad rows, reads
// the report, fixes the file and imports it; nothing is public until an admin approves the batch;
// then the new monuments are in public search, the API and the map data (GeoJSON).

async function signedIn(browser: Browser, account: { email: string; password: string }, next: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
  return page;
}

const csv = (rows: (string | number)[][]) =>
  "\uFEFF" + rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(",")).join("\r\n");

test("an archaeologist imports a spreadsheet, fixes three bad rows, an admin approves the batch, the public sees it", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const name = (n: number) => `Import gate ${tag} ${n}`;
  const header = ["ref", "name_en", "name_ar", "kind", "site", "latitude", "longitude"];
  const good = (n: number): (string | number)[] => [
    `e2e-${tag}-${n}`,
    name(n),
    `بوابة ${n}`,
    "arch",
    "palmyra",
    34.55,
    38.27,
  ];
  const bad = csv([
    header,
    good(1),
    [`e2e-${tag}-2`, name(2), "بوابة 2", "tempel", "palmyra", 34.55, 38.27],
    [`e2e-${tag}-3`, name(3), "بوابة 3", "arch", "palmyra", 134.55, 38.27],
    [`e2e-${tag}-1`, name(4), "بوابة 4", "arch", "palmyra", 34.55, 38.27],
  ]);
  const fixed = csv([header, good(1), good(2), good(3), good(4)]);

  const archaeologist = await createAppUser({ role: "CONTRIBUTOR" });
  const author = await signedIn(browser, archaeologist, "/edit/import");
  await author.getByLabel("Monuments").check();
  await author.getByLabel("Spreadsheet file").setInputFiles({
    name: "gates.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(bad, "utf8"),
  });
  await author.getByRole("button", { name: "Upload" }).click();
  // the header's names map themselves ("ref" is the file's own id)
  await expect(author.getByLabel("ref", { exact: true })).toHaveValue("externalId");
  await expect(author.getByLabel("name_en", { exact: true })).toHaveValue("nameEn");
  await author.getByRole("button", { name: "Check every row" }).click();

  const problems = author.getByTestId("import-problems").locator("tbody tr");
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toContainText("tempel");
  await expect(problems.nth(0)).toContainText("Not a known term.");
  await expect(problems.nth(0)).toContainText("temple");
  await expect(problems.nth(1)).toContainText("Latitude must be between -90 and 90.");
  await expect(problems.nth(2)).toContainText("The same record as row 2.");
  await expect(author.getByTestId("import-summary")).toContainText("3 with problems");
  await expect(author.getByRole("button", { name: /^Propose/ })).toHaveCount(0);

  // fixed: the same columns, so the mapping is remembered
  await author.getByLabel("Spreadsheet file").setInputFiles({
    name: "gates.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(fixed, "utf8"),
  });
  await author.getByRole("button", { name: "Upload" }).click();
  await expect(author.getByText("These choices were remembered")).toBeVisible();
  await author.getByRole("button", { name: "Check every row" }).click();
  await expect(author.getByText("No problems found.")).toBeVisible();
  await author.getByRole("button", { name: "Propose 4 changes for review" }).click();
  await expect(author.getByText("4 proposals were sent for review as one batch.")).toBeVisible();

  // nothing public yet
  const search = await request.get(`/api/v1/monuments?q=${encodeURIComponent(`gate ${tag}`)}`);
  expect((await search.json()).items).toHaveLength(0);

  const admin = await signedIn(browser, await createAppUser({ role: "ADMIN" }), "/admin/imports");
  await admin.getByRole("link", { name: "gates.csv" }).first().click();
  await expect(admin.getByRole("heading", { level: 1 })).toContainText("gates.csv");
  await admin.getByRole("button", { name: "Approve every waiting row" }).click();
  await expect(admin.getByRole("status")).toContainText("4 approved");

  const anonymous = await browser.newPage();
  await anonymous.goto(`/monuments?q=${encodeURIComponent(`gate ${tag}`)}`);
  for (const n of [1, 2, 3, 4]) await expect(anonymous.getByRole("link", { name: name(n) })).toBeVisible();
  const api = await (await request.get(`/api/v1/monuments?q=${encodeURIComponent(`gate ${tag}`)}`)).json();
  expect(api.items.map((m: { nameEn: string }) => m.nameEn).sort()).toEqual([1, 2, 3, 4].map(name));
  const geojson = await (
    await request.get(`/api/v1/exports/monuments.geojson?q=${encodeURIComponent(`gate ${tag}`)}`)
  ).json();
  expect(geojson.features).toHaveLength(4);
  expect(geojson.features[0].geometry.coordinates).toEqual([38.27, 34.55]);
});
