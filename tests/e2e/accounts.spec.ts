import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAppUser, testIp } from "./support/app-database";

async function signedInPage(
  browser: Browser,
  user: { email: string; password: string },
  viewport = { width: 1280, height: 800 },
) {
  const context = await browser.newContext({ viewport, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const page = await context.newPage();
  await page.goto("/sign-in?next=/admin/users");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  return { context, page };
}

const sessionUser = async (page: Page) =>
  ((await (await page.request.get("/api/auth/session")).json()) as { user?: { email: string } }).user;

test.describe("accounts, by an admin", () => {
  test("an admin creates an account; the one-time link lets the person choose a password and sign in, once @phone", async ({
    browser,
  }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const { context, page } = await signedInPage(browser, admin, { width: 360, height: 780 });
    const email = `new-${Date.now()}@test.heritage.local`;
    const form = page.getByTestId("create-user-form");
    // a refused submission says why next to the field and keeps what was typed
    await form.getByLabel("Name").fill("Nour Archaeologist");
    await form.getByLabel("Email address").fill("not-an-email");
    await form.getByRole("button", { name: "Create and get a sign-up link" }).click();
    await expect(form.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Enter an email address such as name@example.org.")).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveValue("Nour Archaeologist");
    await form.getByLabel("Name").fill("Nour Archaeologist");
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Create and get a sign-up link" }).click();
    const link = await form.getByTestId("account-link-url").inputValue();
    expect(link).toMatch(/\/sign-up\/[A-Za-z0-9_-]{40,}$/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const newcomer = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const signUp = await newcomer.newPage();
    await signUp.goto(link);
    await expect(signUp.getByRole("heading", { level: 1 })).toHaveText("Create your password");
    await signUp.getByLabel("New password").fill("short");
    await signUp.getByLabel("Repeat the password").fill("short");
    await signUp.getByRole("button", { name: "Save password" }).click();
    await expect(signUp.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
    await expect(signUp.locator("#password-error")).toHaveText("Use at least 12 characters.");
    await signUp.getByLabel("New password").fill("a long and good password");
    await signUp.getByLabel("Repeat the password").fill("a long and good password");
    await signUp.getByRole("button", { name: "Save password" }).click();
    await expect(signUp.getByTestId("password-saved")).toBeVisible();
    // the link worked once
    await signUp.goto(link);
    await expect(signUp.getByTestId("link-invalid")).toBeVisible();
    await signUp.goto("/sign-in");
    await signUp.getByLabel("Email address").fill(email);
    await signUp.getByLabel("Password").fill("a long and good password");
    await signUp.getByRole("button", { name: "Sign in" }).click();
    await expect(signUp).toHaveURL(/\/edit$/);
    expect(await sessionUser(signUp)).toMatchObject({ email });

    // both steps are in the audit log
    await page.goto(`/admin/audit?action=user.`);
    await expect(page.getByTestId("audit-entry").filter({ hasText: "user.signUp" }).first()).toBeVisible();
    await expect(page.getByTestId("audit-entry").filter({ hasText: "user.create" }).first()).toContainText(admin.email);
    await newcomer.close();
    await context.close();
  });

  test("disabling an account ends its session at the next request; a role change applies at once", async ({
    browser,
  }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const member = await createAppUser();
    const memberSession = await signedInPage(browser, member);
    expect(await sessionUser(memberSession.page)).toMatchObject({ email: member.email });
    expect((await memberSession.page.goto("/admin/users"))?.status()).toBe(404);

    const { context, page } = await signedInPage(browser, admin);
    const row = page.locator(`[data-testid="user-row"][data-email="${member.email}"]`);
    await row.getByTestId("role-select").selectOption("ADMIN");
    await row.getByTestId("save-role").click();
    await expect(row.getByText("Saved.")).toBeVisible();
    // promoted: the same cookie now opens the admin page
    expect((await memberSession.page.goto("/admin/users"))?.status()).toBe(200);

    await page.reload();
    await page.locator(`[data-testid="user-row"][data-email="${member.email}"]`).getByTestId("disable-user").click();
    // disabling is confirmed in a dialog (issue 11)
    await page.getByTestId("confirm-dialog-confirm").click();
    await expect(
      page.locator(`[data-testid="user-row"][data-email="${member.email}"]`).getByTestId("user-status"),
    ).toHaveText("Disabled");
    await memberSession.page.goto("/admin/users");
    await expect(memberSession.page).toHaveURL(/\/sign-in/);
    expect(await sessionUser(memberSession.page)).toBeUndefined();
    await memberSession.context.close();
    await context.close();
  });

  test("a password link from the admin replaces the old password", async ({ browser }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const member = await createAppUser();
    const { context, page } = await signedInPage(browser, admin);
    const row = page.locator(`[data-testid="user-row"][data-email="${member.email}"]`);
    await row.getByTestId("issue-link").click();
    const link = await row.getByTestId("account-link-url").inputValue();
    expect(link).toMatch(/\/reset-password\//);
    const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
    const reset = await other.newPage();
    await reset.goto(link);
    await expect(reset.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await reset.getByLabel("New password").fill("the replacement password");
    await reset.getByLabel("Repeat the password").fill("the replacement password");
    await reset.getByRole("button", { name: "Save password" }).click();
    await expect(reset.getByTestId("password-saved")).toBeVisible();
    await other.close();
    await signedInPage(browser, { email: member.email, password: "the replacement password" }).then(async (s) => {
      expect(await sessionUser(s.page)).toMatchObject({ email: member.email });
      await s.context.close();
    });
    await context.close();
  });

  test("the audit log page filters by action and actor and shows UTC times, in Arabic too", async ({ browser }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const { context, page } = await signedInPage(browser, admin);
    await page.goto("/ar/admin/audit");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByLabel("الإجراء").selectOption("auth.signIn.success");
    await page.getByLabel("بريد المنفِّذ").fill(admin.email);
    await page.getByRole("button", { name: "تصفية" }).click();
    await expect(page).toHaveURL(/action=auth\.signIn\.success/);
    const entries = page.getByTestId("audit-entry");
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText(admin.email);
    await expect(entries.first().locator("time")).toContainText("UTC");
    await context.close();
  });
});
