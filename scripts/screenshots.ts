// Screenshots of the running app for the README: the home page, a monument, the review queue,
// the accounts page and the audit log, on a phone (360 px) and a desktop (1280 px), in English and
// Arabic. Run it against a started app (`npm start` in another shell):
//
//   npx tsx scripts/screenshots.ts [--base http://localhost:3000] [--out docs/screenshots]
//
// It signs in with the demo admin account (outside production mode only) and writes
// <page>-<en|ar>-<phone|desktop>.png. Chromium comes from CHROMIUM_PATH or /usr/bin/chromium.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const base = option("base", "http://localhost:3000").replace(/\/$/, "");
const out = option("out", path.join("docs", "screenshots"));
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const PAGES = [
  { name: "home", path: "/", admin: false },
  { name: "monument", path: "/monuments/palmyra-funerary-bust-of-a-woman", admin: false },
  { name: "review", path: "/admin/review", admin: true },
  { name: "accounts", path: "/admin/users", admin: true },
  { name: "audit", path: "/admin/audit", admin: true },
] as const;

const VIEWPORTS = [
  { name: "phone", width: 360, height: 780 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

async function signIn(page: Page) {
  await page.goto(`${base}/sign-in?next=/admin/users`);
  await page.getByLabel("Email address").fill("admin@demo.heritage.local");
  await page.getByLabel("Password").fill("palmyra-admin-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin/users");
}

const browser = await chromium.launch({
  executablePath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  await mkdir(out, { recursive: true });
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await signIn(page);
    for (const entry of PAGES) {
      for (const locale of ["en", "ar"] as const) {
        await page.goto(`${base}${locale === "ar" ? `/ar${entry.path === "/" ? "" : entry.path}` : entry.path}`);
        const file = path.join(out, `${entry.name}-${locale}-${viewport.name}.png`);
        // the first screen, as a person sees it on arrival
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
