import { expect, test } from "@playwright/test";
import { createAppUser, testIp } from "./support/app-database";
import { findIllegibleControls } from "./support/legible-controls";

// Issue 11: every button and link has a name and legible text, at 360 and 1280 px, in both
// languages: what axe missed on /admin/users (a white-on-white primary button).

const PUBLIC = [
  "/",
  "/monuments",
  "/monuments/temple-of-bel",
  "/monuments/palmyra-funerary-bust-of-a-woman",
  "/sites/palmyra",
];
const ADMIN = ["/admin/users", "/admin/audit", "/admin/review", "/edit"];
const WIDTHS = [360, 1280];

for (const width of WIDTHS) {
  test(`public pages: every button and link is named and legible at ${width} px, English and Arabic`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of PUBLIC.flatMap((p) => [p, p === "/" ? "/ar" : `/ar${p}`])) {
      await page.goto(path);
      expect({ path, problems: await findIllegibleControls(page) }).toEqual({ path, problems: [] });
    }
    await context.close();
  });

  test(`admin pages: every button and link is named and legible at ${width} px, English and Arabic`, async ({
    browser,
  }) => {
    const admin = await createAppUser({ role: "ADMIN" });
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const page = await context.newPage();
    await page.goto("/sign-in?next=/admin/users");
    await page.getByLabel("Email address").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/users");
    for (const path of ADMIN.flatMap((p) => [p, `/ar${p}`])) {
      await page.goto(path);
      expect({ path, problems: await findIllegibleControls(page) }).toEqual({ path, problems: [] });
    }
    await context.close();
  });
}

test("the check can fail: a white-on-white button and an unnamed link are found", async ({ page }) => {
  await page.setContent(
    `<main style="background:#fff"><button style="background:#fff;color:#fff">Create</button><a href="/x"></a>
     <button style="background:oklch(42.4% 0.199 265.638);color:#fff">Fine</button></main>`,
  );
  const problems = await findIllegibleControls(page);
  expect(problems.map((p) => p.problem)).toEqual([
    expect.stringMatching(/^text contrast 1\.00:1/),
    "no accessible name",
  ]);
});
