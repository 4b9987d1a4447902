import { expect, test } from "@playwright/test";

test.describe("search and browse", () => {
  test("a misspelt search finds the Temple of Baalshamin", async ({ page }) => {
    await page.goto("/monuments");
    await page.getByRole("searchbox", { name: "Search" }).fill("baalshamen");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/monuments\?q=baalshamen/);
    const first = page.getByTestId("search-result").first();
    await expect(first).toContainText("Temple of Baalshamin");
  });

  test("the Arabic name with diacritics and another spacing finds it too", async ({ page }) => {
    await page.goto(`/ar/monuments?q=${encodeURIComponent("مَعبد بعلشمين")}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByTestId("search-result").first()).toContainText("بعل شمين");
  });

  test("counts read right: one result for “citadel”, in English and in Arabic", async ({ page }) => {
    await page.goto("/monuments?q=citadel");
    await expect(page.getByTestId("search-result")).toHaveCount(1);
    await expect(page.getByTestId("result-count")).toHaveText("1 result for “citadel”");
    await page.goto(`/ar/monuments?q=${encodeURIComponent("قلعة")}`);
    await expect(page.getByTestId("search-result")).toHaveCount(1);
    await expect(page.getByTestId("result-count")).toHaveText("نتيجة واحدة للبحث عن «قلعة»");
  });

  test("facets narrow the list, show counts and keep the state in the address", async ({ page }) => {
    await page.goto("/monuments");
    const total = Number((await page.getByTestId("result-count").innerText()).match(/\d+/)?.[0]);
    const temple = page.getByTestId("facet-kind").locator('a[data-facet-value="temple"]');
    const count = Number((await temple.innerText()).match(/(\d+)\s*$/)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await temple.click();
    await expect(page).toHaveURL(/kind=temple/);
    await expect(page.getByTestId("result-count")).toContainText(String(count));
    await expect(page.getByTestId("search-result")).toHaveCount(count);
    await expect(page.getByTestId("facet-kind").locator('a[data-facet-value="temple"]')).toHaveAttribute(
      "aria-current",
      "true",
    );
    // a second facet, then the shared address reproduces the same list
    await page.getByTestId("facet-restored").locator('a[data-facet-value="no"]').click();
    await expect(page).toHaveURL(/restored=no/);
    const url = page.url();
    const shown = await page.getByTestId("search-result").count();
    await page.goto(url);
    await expect(page.getByTestId("search-result")).toHaveCount(shown);
  });

  test("hostile and odd input never breaks the page", async ({ page }) => {
    for (const q of [`"'; DROP TABLE "Monument"; --`, "%_\\", "\u064E\u064F", "🏛️🔥", "x".repeat(10_000)]) {
      const response = await page.goto(`/monuments?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await expect(page.getByTestId("truncated-notice")).toBeVisible();
    const malformed = await page.goto("/monuments?page=abc&kind=%27%3B&century=zz&sort=evil");
    expect(malformed?.status()).toBe(200);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
  });
});
