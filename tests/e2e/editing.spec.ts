import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { testIp, withAppDatabase } from "./support/app-database";

// An archaeologist on a phone logs a damage report with a photo on the Temple of Baalshamin: it
// is pending under "My submissions", and the public page does not change. A reload half-way
// through the form loses nothing.

const DESCRIPTION = `Fresh cracks in the north wall of the cella, seen on ${new Date().toISOString()}`;

async function fieldPhoto(): Promise<Buffer> {
  // a phone photo with GPS in its EXIF, as it comes off the camera
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: "#a47b52" } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: "FieldPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 33/1 1/1" } })
    .toBuffer();
}

test("an archaeologist logs a damage report with a photo on a phone; it is pending and the public page is unchanged @phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const page = await context.newPage();

  const publicPage = "/monuments/temple-of-baalshamin";
  await page.goto(publicPage);
  const publicBefore = await page.locator("main").innerText();

  await page.goto("/sign-in?next=/edit");
  await page.getByLabel("Email address").fill("archaeologist@demo.heritage.local");
  await page.getByLabel("Password").fill("palmyra-archaeologist-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/edit$/);

  await page.getByRole("link", { name: "Log damage: Temple of Baalshamin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Temple of Baalshamin");
  // the form says up front that nothing goes live before review
  await expect(page.getByTestId("pending-notice")).toContainText("reviewed before it is published");

  // submitting too early: errors next to the fields, tied to them
  await page.getByTestId("submit-proposal").click();
  const description = page.getByLabel(/^Description \(in English\)/);
  await expect(page.getByTestId("fields-descriptionEn-error")).toBeVisible();
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await expect(description).toHaveAttribute("aria-describedby", /fields-descriptionEn-error/);

  await page.getByLabel(/How precise is the date/).selectOption("WINDOW");
  await page.getByLabel("From", { exact: true }).fill("2015-08-27");
  await page.getByLabel("To", { exact: true }).fill("2015-08-31");
  await page.getByLabel(/^Cause/).selectOption("armed_conflict");
  await page.getByLabel(/^Condition after/).selectOption("severe_damage");
  await page.getByLabel(/^Certainty/).selectOption("probable");
  await description.fill(DESCRIPTION);
  await page.getByLabel(/^Extent \(in English\)/).fill("North wall of the cella");

  // a reload in the middle of the form loses nothing
  await page.reload();
  await expect(page.getByTestId("draft-restored")).toBeVisible();
  await expect(description).toHaveValue(DESCRIPTION);
  await expect(page.getByLabel(/How precise is the date/)).toHaveValue("WINDOW");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2015-08-27");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2015-08-31");
  await expect(page.getByLabel(/^Condition after/)).toHaveValue("severe_damage");
  await expect(page.getByLabel(/^Certainty/)).toHaveValue("probable");

  // a source from the catalogue, and a photo with its upload shown
  await page.locator("#citations-0-sourceId").selectOption({ index: 1 });
  await page.getByLabel(/^Where in the source/).fill("paragraph 2");
  await page.getByTestId("photo-input").setInputFiles({ name: "north-wall.jpg", mimeType: "image/jpeg", buffer: await fieldPhoto() });
  await expect(page.getByTestId("upload-status")).toContainText("Uploaded: north-wall.jpg");
  const preview = page.getByTestId("uploaded-photo").locator("img");
  await expect(preview).toBeVisible();
  // the preview really loads (served to its uploader only)
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByTestId("submit-proposal").click();
  await expect(page).toHaveURL(/\/edit\/submissions\?submitted=/);
  await expect(page.getByTestId("submitted-notice")).toContainText("pending review");
  const mine = page.getByTestId("submission").filter({ hasText: DESCRIPTION });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId("submission-state")).toHaveText("Pending review");

  // the proposal is recorded with its photo; the photo is not public
  const row = await withAppDatabase(async (db) => {
    const { rows } = await db.query<{ status: string; proposedData: { mediaIds: string[]; fields: { datePrecision: string } } }>(
      `SELECT status, "proposedData" FROM "ChangeRequest" WHERE "proposedData"->'fields'->>'descriptionEn' = $1`,
      [DESCRIPTION],
    );
    const media = await db.query<{ storageKey: string; damageReportId: string | null }>(
      `SELECT "storageKey", "damageReportId" FROM "Media" WHERE id = $1`,
      [rows[0]?.proposedData.mediaIds[0]],
    );
    const drafts = await db.query(`SELECT 1 FROM "Draft" WHERE "formKey" = 'damage-report:new:mon-temple-of-baalshamin'`);
    return { ...rows[0], media: media.rows[0], drafts: drafts.rowCount };
  });
  expect(row).toMatchObject({ status: "PENDING", proposedData: { fields: { datePrecision: "WINDOW" } }, media: { damageReportId: null }, drafts: 0 });
  const anonymous = await browser.newContext();
  const mediaResponse = await anonymous.request.get(`/media/${row.media!.storageKey}`);
  expect(mediaResponse.status()).toBe(404);

  // the public page has not changed
  const publicAfter = await anonymous.newPage();
  await publicAfter.goto(publicPage);
  await expect(publicAfter.locator("main")).not.toContainText("Fresh cracks");
  expect(await publicAfter.locator("main").innerText()).toBe(publicBefore);
  await anonymous.close();
  await context.close();
});
