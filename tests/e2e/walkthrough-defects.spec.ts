import { expect, test } from "@playwright/test";
import { createAppUser, testIp } from "./support/app-database";
import { findIllegibleControls } from "./support/legible-controls";

// Defects found walking through the product as each user (issue 11), one test each: each fails
// on the main of 3 December 2026 and passes with its fix.

test.describe("search", () => {
  test("a new sort order applies as soon as it is chosen, keeping the query", async ({ page }) => {
    await page.goto("/monuments?q=temple");
    await page.getByLabel("Sort by").selectOption("damage");
    await expect(page).toHaveURL(/[?&]sort=damage/);
    await expect(page).toHaveURL(/[?&]q=temple/);
  });

  test("an unknown facet value is ignored instead of finding nothing", async ({ page }) => {
    await page.goto("/monuments");
    const all = await page.getByTestId("result-count").innerText();
    await page.goto("/monuments?condition=bogus");
    await expect(page.getByTestId("result-count")).toHaveText(all);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
  });
});

test("the two 'Sources disagree' cards link with different words", async ({ page }) => {
  await page.goto("/monuments/lion-of-al-lat");
  const links = page
    .getByTestId("disagreement")
    .first()
    .getByRole("link", { name: /in full/ });
  await expect(links).toHaveCount(2);
  const [a, b] = await links.allInnerTexts();
  expect(a).not.toBe(b);
  await page.goto("/ar/monuments/lion-of-al-lat");
  const arabic = await page.getByTestId("disagreement").first().getByRole("link", { name: /كاملةً/ }).allInnerTexts();
  expect(new Set(arabic).size).toBe(2);
});

test("the phone form's action bar is one opaque row, under a tenth of the screen @phone", async ({ browser }) => {
  const user = await createAppUser();
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    extraHTTPHeaders: { "X-Forwarded-For": testIp() },
  });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/edit");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/edit");
  for (const locale of ["", "/ar"]) {
    await page.goto(`${locale}/edit/monuments/mon-temple-of-baalshamin/damage-report`);
    const bar = page.getByTestId("form-actions");
    await expect(bar).toBeVisible();
    const box = await bar.boundingBox();
    // before: 125 px (17 % of 780), translucent (bg-stone-50/95)
    expect(box!.height).toBeLessThanOrEqual(78);
    const background = await bar.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
  }
  await context.close();
});

test.describe("accounts, by an admin", () => {
  test("the create button is legible and Disable asks first: Cancel and Escape change nothing @phone", async ({
    browser,
  }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const member = await createAppUser();
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const page = await context.newPage();
    await page.goto("/sign-in?next=/admin/users");
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/users");

    // before: white text on a white button (bg-white and bg-blue-800 both applied)
    const create = page.getByTestId("create-user-form").getByRole("button", { name: "Create and get a sign-up link" });
    await expect(create).toBeVisible();
    expect(await findIllegibleControls(page)).toEqual([]);

    const row = page.locator(`[data-testid="user-row"][data-email="${member.email}"]`);
    const status = row.getByTestId("user-status");
    const before = await status.innerText();
    await row.getByTestId("disable-user").click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(member.email);
    // the safe choice has the focus
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId("disable-user")).toBeFocused();
    await row.getByTestId("disable-user").click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(row.getByTestId("user-status")).toHaveText(before);

    // by keyboard: open, Tab to the confirm button, Enter
    await row.getByTestId("disable-user").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Disable the account" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(row.getByTestId("user-status")).toHaveText("Disabled");
    await context.close();
  });
});
