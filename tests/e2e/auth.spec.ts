import { expect, test, type Page } from "@playwright/test";
import { createAppUser, testIp } from "./support/app-database";

async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/sign-in?next=/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("signing in and out", () => {
  test("an archaeologist signs in on a phone with the demo account and lands in the editing area @phone", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const page = await context.newPage();
    await page.goto("/edit");
    // signed out: sent to the sign-in page, which remembers where they were going
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fedit$/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel("Email address").fill("archaeologist@demo.heritage.local");
    await page.getByLabel("Password").fill("palmyra-archaeologist-demo");
    await page.getByLabel("Password").press("Enter");
    await expect(page).toHaveURL(/\/edit$/);
    // signed in, but a contributor may not see the accounts page
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
    await context.close();
  });

  test("an admin sees their name, the admin links and can sign out, by keyboard @phone", async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const page = await context.newPage();
    await page.goto("/sign-in?next=/admin/users");
    await page.getByLabel("Email address").focus();
    await page.keyboard.type("admin@demo.heritage.local");
    await page.keyboard.press("Tab");
    await page.keyboard.type("palmyra-admin-demo");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("signed-in-as")).toContainText("Demo Admin");
    for (const link of ["nav-edit", "nav-submissions", "nav-review", "nav-users", "nav-audit"]) {
      await expect(page.getByTestId(link)).toBeVisible();
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId("sign-out").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in$/);
    await context.close();
  });

  test("errors are tied to their fields, in Arabic too", async ({ page }) => {
    await page.goto("/ar/sign-in");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    const email = page.getByLabel("البريد الإلكتروني");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(`#${await email.getAttribute("aria-describedby")}`)).toHaveText("أدخل بريدك الإلكتروني.");
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ browser }) => {
    const user = await createAppUser({ role: "ADMIN" });
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const page = await context.newPage();
    await signIn(page, user);
    await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await context.close();
  });

  test("sign-out makes a copied session cookie useless", async ({ browser }) => {
    const user = await createAppUser({ role: "ADMIN" });
    const ip = testIp();
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
    const page = await context.newPage();
    await signIn(page, user);
    await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
    const copied = await context.cookies();

    await page.getByTestId("sign-out").click();
    await expect(page).toHaveURL(/\/sign-in$/);

    // Someone who copied the cookie before the sign-out tries to use it.
    const thief = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
    await thief.addCookies(copied);
    const response = await thief.request.get("/admin/users", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/sign-in\?next=%2Fadmin%2Fusers$/);
    const stolenPage = await thief.newPage();
    await stolenPage.goto("/admin/users");
    await expect(stolenPage).toHaveURL(/\/sign-in/);
    await expect(stolenPage.getByTestId("signed-in-as")).toHaveCount(0);
    // next-auth's own session endpoint agrees: no user behind the copied cookie
    const session = (await (await thief.request.get("/api/auth/session")).json()) as { user?: unknown };
    expect(session.user).toBeUndefined();
    await thief.close();
    await context.close();
  });

  test("the 11th sign-in within 15 minutes is refused even with the right password", async ({ browser }) => {
    // eleven sign-ins through the page, each hashing with argon2id: slow on a busy machine
    test.setTimeout(180_000);
    const user = await createAppUser();
    // a different address for each failure: the account's own counter is what blocks
    for (let attempt = 1; attempt <= 10; attempt++) {
      const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
      const page = await context.newPage();
      await signIn(page, { email: user.email, password: `wrong-${attempt}` });
      await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is not correct.");
      await context.close();
    }
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const page = await context.newPage();
    await signIn(page, user);
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      "Too many failed sign-ins. Wait 15 minutes and try again.",
    );
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test("an unknown account gets the same message as a wrong password", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const page = await context.newPage();
    await signIn(page, { email: "nobody-here@test.heritage.local", password: "whatever" });
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email address or password is not correct.");
    await context.close();
  });
});
