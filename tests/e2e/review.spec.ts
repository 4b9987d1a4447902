import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createAppUser, testIp, withAppDatabase } from "./support/app-database";

// An archaeologist proposes, an admin reviews: approved changes reach the public page, the record's
// history and the feed; a rejection's reason reaches the archaeologist.

const MONUMENT_ID = "mon-arch-of-triumph";

async function signedIn(
  browser: Browser,
  account: { email: string; password: string },
  next: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    ...(viewport ? { viewport } : {}),
  });
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}$`));
  return page;
}

// an admin of each test's own: other specs end the demo accounts' sessions (password links, role changes)
const freshAdmin = () => createAppUser({ role: "ADMIN" });

test("an archaeologist proposes, an admin approves, the public page, the history and the feed show it", async ({
  browser,
}) => {
  // many steps on a shared 2-core machine: more than the default minute
  test.setTimeout(180_000);
  const archaeologist = await createAppUser({ role: "CONTRIBUTOR" });
  const description = `Review e2e: fresh damage to the arch ${randomBytes(3).toString("hex")}.`;
  const slug = await withAppDatabase(
    async (db) =>
      (await db.query<{ slug: string }>(`SELECT slug FROM "Monument" WHERE id = $1`, [MONUMENT_ID])).rows[0]!.slug,
  );

  // the archaeologist logs a damage report with the editing form
  const author = await signedIn(browser, archaeologist, "/edit");
  await author.goto(`/edit/monuments/${MONUMENT_ID}/damage-report`);
  await author.getByLabel(/^Cause/).selectOption("armed_conflict");
  await author.getByLabel(/^Condition after/).selectOption("severe_damage");
  await author.getByLabel(/^Certainty/).selectOption("probable");
  await author.getByLabel(/^Description \(in English\)/).fill(description);
  await author.locator("#citations-0-sourceId").selectOption({ index: 1 });
  await author.getByTestId("submit-proposal").click();
  await expect(author).toHaveURL(/\/edit\/submissions/);

  const anonymous = await browser.newPage();
  await anonymous.goto(`/monuments/${slug}`);
  await expect(anonymous.locator("main")).not.toContainText(description);

  // the admin finds it in the queue, oldest first, and reviews it field by field
  const admin = await signedIn(browser, await freshAdmin(), "/admin/review");
  await expect(admin.getByTestId("nav-review-count")).toBeVisible();
  await admin.getByLabel("Monument").selectOption(MONUMENT_ID);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await admin.getByRole("link", { name: description }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(description);
  await expect(admin.getByTestId("proposed-descriptionEn")).toHaveText(description);
  await expect(admin.getByTestId("compare-descriptionEn")).toHaveAttribute("data-changed", "true");
  await expect(admin.getByTestId("sources-added").locator("li")).toHaveCount(1);
  await admin.getByTestId("approve").click();
  await expect(admin).toHaveURL(/\/admin\/review\?done=approved/);
  await expect(admin.getByTestId("review-done")).toContainText("Approved");

  // the public page shows it at once
  await anonymous.goto(`/monuments/${slug}`);
  await expect(anonymous.locator("main")).toContainText(description);

  // the monument's public history lists the new report
  await anonymous.goto(`/monuments/${slug}/history`);
  await expect(anonymous.getByTestId("history-entry").filter({ hasText: description })).toHaveCount(1);

  // the record's history (admin) has its first revision, from the archaeologist's proposal
  const reportId = await withAppDatabase(
    async (db) =>
      (await db.query<{ id: string }>(`SELECT id FROM "DamageReport" WHERE "descriptionEn" = $1`, [description]))
        .rows[0]!.id,
  );
  await admin.goto(`/admin/history/DAMAGE_REPORT/${reportId}`);
  await expect(admin.getByTestId("revision-1")).toContainText(archaeologist.name);

  // the feed: valid Atom, with the change, and no e-mail address
  const feed = await anonymous.request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).not.toMatch(/@[a-z0-9.-]+\.[a-z]{2,}/i);
  const parsed = await anonymous.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const root = doc.documentElement;
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
    const has = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name).length > 0;
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      feedHasRequired: ["id", "title", "updated", "author"].every((n) => has(root, n)),
      entriesComplete: entries.every((e) => ["id", "title", "updated", "link"].every((n) => has(e, n))),
      links: entries.map((e) => e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? ""),
      ids: entries.map((e) => e.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? ""),
    };
  }, xml);
  expect(parsed).toMatchObject({
    error: false,
    root: "http://www.w3.org/2005/Atom feed",
    feedHasRequired: true,
    entriesComplete: true,
  });
  expect(parsed.links.some((href) => href.endsWith(`/monuments/${slug}`))).toBe(true);
  expect(parsed.ids.some((id) => id.includes(reportId))).toBe(true);
  expect(new Set(parsed.ids).size).toBe(parsed.ids.length);

  await author.context().close();
  await admin.context().close();
  await anonymous.context().close();
});

test("a rejected proposal shows its reason to the archaeologist; a reason is required", async ({ browser }) => {
  // many steps on a shared 2-core machine: more than the default minute
  test.setTimeout(180_000);
  const archaeologist = await createAppUser({ role: "CONTRIBUTOR" });
  const title = `Review e2e: a source to reject ${randomBytes(3).toString("hex")}`;
  const requestId = `cr-e2e-${randomBytes(6).toString("hex")}`;
  // the proposal as the editing side stores it (the form for sources is the editing helper's)
  await withAppDatabase((db) =>
    db.query(
      `INSERT INTO "ChangeRequest" (id, kind, "entityType", "proposedData", note, "authorId", "updatedAt")
       VALUES ($1, 'CREATE', 'SOURCE', $2::jsonb, 'Found in an archive.', $3, now())`,
      [
        requestId,
        JSON.stringify({
          fields: { title, kindCode: "news_article", reliabilityCode: "established_outlet" },
          citations: [],
          newSources: [],
          mediaIds: [],
        }),
        archaeologist.id,
      ],
    ),
  );

  const admin = await signedIn(browser, await freshAdmin(), "/admin/review");
  await admin.goto(`/admin/review/${requestId}`);
  await expect(admin.getByTestId("author-note")).toHaveText("Found in an archive.");
  // no reason: refused, with the message tied to the field, nothing decided
  await admin.getByTestId("reject").click();
  const reason = admin.getByLabel("Reason for the rejection (shown to the author)");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(admin.locator(`#${await reason.getAttribute("aria-describedby")}`)).toHaveText(
    "Give a reason: the author will see it.",
  );
  const status = await withAppDatabase(
    async (db) => (await db.query(`SELECT status FROM "ChangeRequest" WHERE id = $1`, [requestId])).rows[0].status,
  );
  expect(status).toBe("PENDING");

  await reason.fill("This outlet is not a source we can verify.");
  await admin.getByTestId("reject").click();
  await expect(admin).toHaveURL(/\/admin\/review\?done=rejected/);

  const author = await signedIn(browser, archaeologist, "/edit");
  await expect(author.getByTestId("nav-submissions-count")).toBeVisible();
  await author.goto("/edit/submissions");
  const mine = author.getByTestId("submission").filter({ hasText: title });
  await expect(mine.getByTestId("submission-state")).toHaveText("Rejected");
  await expect(mine).toContainText("This outlet is not a source we can verify.");
  await author.context().close();
  await admin.context().close();
});

/** A pending UPDATE of a monument by `authorId`, as the editing side stores it, made against `version`. */
async function proposeMonumentEdit(authorId: string, monumentId: string, change: Record<string, unknown>) {
  const id = `cr-e2e-${randomBytes(6).toString("hex")}`;
  await withAppDatabase(async (db) => {
    const { rows } = await db.query(`SELECT * FROM "Monument" WHERE id = $1`, [monumentId]);
    const m = rows[0];
    const fields = {
      siteId: m.siteId,
      parentId: m.parentId,
      kindCode: m.kindCode,
      nameEn: m.nameEn,
      nameAr: m.nameAr,
      altNames: m.altNames,
      periodEn: m.periodEn,
      periodAr: m.periodAr,
      builtFromYear: m.builtFromYear,
      builtToYear: m.builtToYear,
      summaryEn: m.summaryEn,
      summaryAr: m.summaryAr,
      descriptionEn: m.descriptionEn,
      descriptionAr: m.descriptionAr,
      currentLocationEn: m.currentLocationEn,
      currentLocationAr: m.currentLocationAr,
      latitude: m.latitude,
      longitude: m.longitude,
      locationPrecision: m.locationPrecision,
      isSensitive: m.isSensitive,
      ...change,
    };
    const citations = (
      await db.query(`SELECT "sourceId", coalesce(locator, '') AS locator FROM "Citation" WHERE "monumentId" = $1`, [
        monumentId,
      ])
    ).rows;
    await db.query(
      `INSERT INTO "ChangeRequest" (id, kind, "entityType", "entityId", "baseVersion", "monumentId", "proposedData", "authorId", "updatedAt")
       VALUES ($1, 'UPDATE', 'MONUMENT', $2, $3, $2, $4::jsonb, $5, now())`,
      [id, monumentId, m.version, JSON.stringify({ fields, citations, newSources: [], mediaIds: [] }), authorId],
    );
  });
  return id;
}

test("a conflict is resolved field by field on a phone, then the history reverts it and undoes a deletion", async ({
  browser,
}) => {
  // many steps on a shared 2-core machine: more than the default minute
  test.setTimeout(180_000);
  const archaeologist = await createAppUser({ role: "CONTRIBUTOR" });
  const monumentId = "mon-roman-theatre";
  const suffix = randomBytes(3).toString("hex");
  const first = await proposeMonumentEdit(archaeologist.id, monumentId, {
    periodEn: `Severan ${suffix}`,
    summaryEn: `First summary ${suffix}`,
  });
  const second = await proposeMonumentEdit(archaeologist.id, monumentId, { summaryEn: `Second summary ${suffix}` });

  // signed in on a phone-sized screen (the sign-in helper waits for the encoded next= address to be left)
  const admin = await signedIn(browser, await freshAdmin(), "/admin/review", { width: 360, height: 780 });
  const context = admin.context();

  await admin.goto(`/admin/review/${first}`);
  await admin.getByTestId("approve").click();
  await expect(admin).toHaveURL(/done=approved/);

  // the second proposal was made against the old version: base, current and proposed, and a choice
  await admin.goto(`/admin/review/${second}`);
  await expect(admin.getByTestId("review-conflict")).toBeVisible();
  await expect(admin.getByTestId("approve")).toHaveCount(0);
  const summary = admin.getByTestId("compare-summaryEn");
  await expect(summary).toContainText(`First summary ${suffix}`);
  await expect(summary).toContainText(`Second summary ${suffix}`);
  const overflow = await admin.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // by keyboard: choose the proposed value, then approve the merged version
  await admin.getByTestId("choice-summaryEn-proposed").focus();
  await admin.keyboard.press("Space");
  await admin.getByTestId("approve-merged").click();
  await expect(admin).toHaveURL(/done=approved/);

  const row = await withAppDatabase(
    async (db) =>
      (await db.query(`SELECT version, "periodEn", "summaryEn", slug FROM "Monument" WHERE id = $1`, [monumentId]))
        .rows[0],
  );
  // the first proposal's period survives: nothing was silently overwritten
  expect(row).toMatchObject({ periodEn: `Severan ${suffix}`, summaryEn: `Second summary ${suffix}` });
  const resolution = await withAppDatabase(
    async (db) => (await db.query(`SELECT resolution FROM "ChangeRequest" WHERE id = $1`, [second])).rows[0].resolution,
  );
  expect(resolution).toMatchObject({ choices: { summaryEn: "proposed", periodEn: "current" } });

  // history: revert to the version before both changes
  await admin.goto(`/admin/history/MONUMENT/${monumentId}`);
  await expect(admin.getByTestId("history-version")).toContainText(String(row.version));
  await admin.getByTestId(`revert-${row.version - 2}`).click();
  await expect(admin.getByTestId("history-done")).toContainText(`version ${row.version + 1}`);
  const reverted = await withAppDatabase(
    async (db) =>
      (await db.query(`SELECT "periodEn", "summaryEn" FROM "Monument" WHERE id = $1`, [monumentId])).rows[0],
  );
  expect(reverted.summaryEn).not.toContain(suffix);
  expect(reverted.periodEn ?? "").not.toContain(suffix);

  // delete, the public page is gone; undo, it is back
  await admin.getByTestId("delete-record").click();
  await expect(admin).toHaveURL(/done=deleted/);
  await expect(admin.getByTestId("deleted-notice")).toBeVisible();
  const anonymous = await browser.newPage();
  expect((await anonymous.goto(`/monuments/${row.slug}`))?.status()).toBe(404);
  await admin.getByTestId("undo-delete").click();
  await expect(admin).toHaveURL(/done=restored/);
  await expect(admin.getByTestId("deleted-notice")).toHaveCount(0);
  expect((await anonymous.goto(`/monuments/${row.slug}`))?.status()).toBe(200);
  await anonymous.context().close();

  // the Arabic review queue is right-to-left and fits a phone
  await admin.goto("/ar/admin/review");
  await expect(admin.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("قائمة المراجعة");
  expect(
    await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await context.close();
});
