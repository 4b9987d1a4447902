import { expect, test } from "@playwright/test";

test.describe("the catalogue a visitor sees", () => {
  test("the home page lists the Palmyra monuments with their condition @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const cards = page.getByTestId("monument-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(15);
    await expect(cards.first().getByTestId("condition-badge")).toBeVisible();
    // Nothing wider than a 360 px phone.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the Temple of Bel's page shows its destruction and the source it comes from", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("link", { name: /Temple of Bel/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Temple of Bel");
    const entries = page.getByTestId("damage-entry");
    expect(await entries.count()).toBeGreaterThan(0);
    const destroyed = entries.filter({ hasText: /destroyed/i });
    await expect(destroyed.first()).toBeVisible();
    // The source is named on the entry itself.
    await expect(destroyed.first()).toContainText(/AFP|Atlas Times|Times of Israel|Los Angeles Times|New Arab/);
  });

  test("Arabic pages are right-to-left and the language switch keeps the page", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("link", { name: /Temple of Bel/ })
      .first()
      .click();
    await page.waitForURL(/\/monuments\/[^/]+$/);
    const englishPath = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(new RegExp(`/ar${englishPath}$`));
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("بل");
  });

  test("an unknown monument gives a 404 page in the visitor's language", async ({ page }) => {
    const english = await page.goto("/monuments/no-such-monument");
    expect(english?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const arabic = await page.goto("/ar/monuments/no-such-monument");
    expect(arabic?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});
