import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { testIp, withAppDatabase } from "./support/app-database";

// An archaeologist on a phone logs a damage report with a photo on the Temple of Baalshamin: it
// is pending under "My submissions", and the public page does not change. A reload half-way
// through the form loses nothing.

async function fieldPhoto(): Promise<Buffer> {
  // a phone photo with GPS in its EXIF, as it comes off the camera
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: "#a47b52" } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: "FieldPhone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 33/1 1/1" } })
    .toBuffer();
}

test("an archaeologist logs a damage report with a photo on a phone; it is pending and the public page is unchanged @phone", async ({
  browser,
}) => {
  const DESCRIPTION = `Fresh cracks in the north wall of the cella, seen on ${new Date().toISOString()} (${randomBytes(3).toString("hex")})`;
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    extraHTTPHeaders: { "X-Forwarded-For": testIp() },
  });
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
  await page
    .getByTestId("photo-input")
    .setInputFiles({ name: "north-wall.jpg", mimeType: "image/jpeg", buffer: await fieldPhoto() });
  await expect(page.getByTestId("upload-status")).toContainText("Uploaded: north-wall.jpg");
  const preview = page.getByTestId("uploaded-photo").locator("img");
  await expect(preview).toBeVisible();
  // the preview really loads (served to its uploader only)
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByTestId("submit-proposal").click();
  await expect(page).toHaveURL(/\/edit\/submissions\?submitted=/);
  await expect(page.getByTestId("submitted-notice")).toContainText("pending review");
  const mine = page.getByTestId("submission").filter({ hasText: DESCRIPTION });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId("submission-state")).toHaveText("Pending review");

  // the proposal is recorded with its photo; the photo is not public
  const row = await withAppDatabase(async (db) => {
    const { rows } = await db.query<{
      status: string;
      proposedData: { mediaIds: string[]; fields: { datePrecision: string } };
    }>(`SELECT status, "proposedData" FROM "ChangeRequest" WHERE "proposedData"->'fields'->>'descriptionEn' = $1`, [
      DESCRIPTION,
    ]);
    const media = await db.query<{ storageKey: string; damageReportId: string | null }>(
      `SELECT "storageKey", "damageReportId" FROM "Media" WHERE id = $1`,
      [rows[0]?.proposedData.mediaIds[0]],
    );
    const drafts = await db.query(
      `SELECT 1 FROM "Draft" WHERE "formKey" = 'damage-report:new:mon-temple-of-baalshamin'`,
    );
    return { ...rows[0], media: media.rows[0], drafts: drafts.rowCount };
  });
  expect(row).toMatchObject({
    status: "PENDING",
    proposedData: { fields: { datePrecision: "WINDOW" } },
    media: { damageReportId: null },
    drafts: 0,
  });
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

test("a submission that fails (offline, then refused by the server) keeps everything typed and shows why next to the field @phone", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    extraHTTPHeaders: { "X-Forwarded-For": testIp() },
  });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/edit/monuments/mon-arch-of-triumph/damage-report");
  await page.getByLabel("Email address").fill("archaeologist@demo.heritage.local");
  await page.getByLabel("Password").fill("palmyra-archaeologist-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Arch of Triumph");

  const text = `Pillars cracked by the blast (${randomBytes(3).toString("hex")})`;
  await page.getByLabel(/How precise is the date/).selectOption("MONTH");
  await page.getByLabel("Month", { exact: true }).fill("2015-10");
  await page.getByLabel(/^Cause/).selectOption("neglect");
  await page.getByLabel(/^Condition after/).selectOption("destroyed");
  await page.getByLabel(/^Certainty/).selectOption("reported");
  await page.getByLabel(/^Description \(in English\)/).fill(text);
  await page.locator("#citations-0-sourceId").selectOption({ index: 1 });
  await page.getByLabel(/^Note/).fill("Seen from the road only.");

  // the connection drops: nothing is sent, nothing is lost
  await context.setOffline(true);
  await page.getByTestId("submit-proposal").click();
  await expect(page.getByTestId("form-error")).toContainText("No connection");
  await expect(page.getByLabel(/^Description \(in English\)/)).toHaveValue(text);
  await context.setOffline(false);

  // the chosen cause was retired meanwhile: the server refuses it, next to the field
  await withAppDatabase((db) => db.query(`UPDATE "DamageCause" SET "retiredAt" = now() WHERE code = 'neglect'`));
  try {
    await page.getByTestId("submit-proposal").click();
    const cause = page.getByLabel(/^Cause/);
    await expect(page.getByTestId("fields-causeCode-error")).toContainText("no longer available");
    await expect(cause).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(/^Description \(in English\)/)).toHaveValue(text);
    await expect(page.getByLabel("Month", { exact: true })).toHaveValue("2015-10");
    await expect(page.getByLabel(/^Note/)).toHaveValue("Seen from the road only.");
    const stored = await withAppDatabase(
      async (db) =>
        (await db.query(`SELECT 1 FROM "ChangeRequest" WHERE "proposedData"->'fields'->>'descriptionEn' = $1`, [text]))
          .rowCount,
    );
    expect(stored).toBe(0);

    await cause.selectOption("armed_conflict");
    await page.getByTestId("submit-proposal").click();
    await expect(page).toHaveURL(/\/edit\/submissions\?submitted=/);
    const row = await withAppDatabase(
      async (db) =>
        (
          await db.query<{ note: string; occurredOn: string }>(
            `SELECT note, "proposedData"->'fields'->>'occurredOn' AS "occurredOn" FROM "ChangeRequest" WHERE "proposedData"->'fields'->>'descriptionEn' = $1`,
            [text],
          )
        ).rows[0],
    );
    expect(row).toEqual({ note: "Seen from the road only.", occurredOn: "2015-10-01" });
  } finally {
    await withAppDatabase((db) => db.query(`UPDATE "DamageCause" SET "retiredAt" = NULL WHERE code = 'neglect'`));
    await context.close();
  }
});
