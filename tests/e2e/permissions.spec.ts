import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Client } from "pg";
import { can } from "../../lib/auth/permissions";
import { REGISTRY, type ActionSample, type RegistryEntry, type RouteSample } from "../permissions/registry";
import { createAppUser, testIp, withAppDatabase } from "./support/app-database";
import { callAction, findAction, loadActionManifest, workerPath } from "./support/server-actions";

// The acceptance test of issue 4: every server action and route handler (the list is kept
// complete by tests/unit/permission-registry.test.ts) refuses an anonymous visitor and a
// contributor whatever they may not do, and a refusal changes no row in any table.

const FORGED_COOKIE = "next-auth.session-token=forged.not-a-session";

/** A fingerprint of every table: row count and an md5 of all rows, so any insert/update/delete shows. */
async function fingerprint(db: Client): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    if (name === "AuditLog") continue; // compared on its own: refusals append "action.refused"
    const { rows } = await db.query<{ n: string; h: string | null }>(
      `SELECT count(*)::text AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    out[name] = `${rows[0]!.n}:${rows[0]!.h}`;
  }
  return out;
}

async function auditActionsAfter(db: Client, lastId: string): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE id > $1 ORDER BY id`, [
    lastId,
  ]);
  return rows.map((r) => r.action);
}

async function lastAuditId(db: Client): Promise<string> {
  const { rows } = await db.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM "AuditLog"`);
  return rows[0]?.id ?? "0";
}

/**
 * Signs in through next-auth's own endpoints in a throwaway context; returns the Cookie header
 * value. The calls themselves go through a context with an empty cookie jar, so each carries
 * exactly the cookie it is given.
 */
async function signInCookie(
  playwright: PlaywrightLike,
  baseURL: string,
  { email, password }: { email: string; password: string },
) {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp() } });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const state = await request.storageState();
  const session = state.cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session, "signed in").toBeTruthy();
  await request.dispose();
  return `${session!.name}=${session!.value}`;
}

type PlaywrightLike = {
  request: {
    newContext: (options: { baseURL: string; extraHTTPHeaders?: Record<string, string> }) => Promise<APIRequestContext>;
  };
};

async function resolve<S>(sample: S | ((db: Client) => Promise<S>)): Promise<S> {
  return typeof sample === "function" ? withAppDatabase((db) => (sample as (db: Client) => Promise<S>)(db)) : sample;
}

type Caller = { label: string; cookie: string; role: "CONTRIBUTOR" | null };

type Guarded = Exclude<RegistryEntry, { requires: "public" }>;

/** The request to make: samples that arrange rows run here, before the tables are fingerprinted. */
async function prepare(entry: Guarded) {
  if (entry.kind === "route") {
    return {
      kind: "route" as const,
      sample: await resolve(entry.sample as RouteSample | ((db: Client) => Promise<RouteSample>)),
    };
  }
  const found = findAction(loadActionManifest(), entry);
  // An action no page imports has no id in the build: nobody can call it over HTTP.
  if (!found) return null;
  const sample = await resolve(entry.sample as ActionSample | ((db: Client) => Promise<ActionSample>));
  const page = "page" in entry && entry.page ? entry.page : workerPath(found.workers[0]!);
  return { kind: "action" as const, id: found.id, page, args: sample.args };
}

async function send(
  request: APIRequestContext,
  prepared: NonNullable<Awaited<ReturnType<typeof prepare>>>,
  caller: Caller,
  origin: string,
) {
  if (prepared.kind === "route") {
    const { sample } = prepared;
    return request.fetch(sample.path, {
      method: sample.method,
      headers: {
        Cookie: caller.cookie,
        Origin: origin,
        ...(sample.contentType ? { "Content-Type": sample.contentType } : {}),
      },
      data: sample.body,
      maxRedirects: 0,
    });
  }
  return callAction(request, {
    id: prepared.id,
    page: prepared.page,
    args: prepared.args,
    origin,
    cookie: caller.cookie,
  });
}

test.describe("every action and route handler refuses what the caller may not do", () => {
  test("anonymous visitors and contributors are refused, and no row changes", async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const origin = baseURL!;
    const request = await playwright.request.newContext({
      baseURL: origin,
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const contributor = await createAppUser();
    const contributorCookie = await signInCookie(playwright, origin, contributor);
    const callers: Caller[] = [
      { label: "anonymous (forged cookie)", cookie: FORGED_COOKIE, role: null },
      { label: "anonymous (no cookie)", cookie: "", role: null },
      { label: "contributor", cookie: contributorCookie, role: "CONTRIBUTOR" },
    ];

    const checked: string[] = [];
    for (const entry of REGISTRY) {
      if (entry.requires === "public") continue;
      const guarded = entry as Guarded;
      for (const caller of callers) {
        const allowed = caller.role !== null && (guarded.requires === "signedIn" || can(caller.role, guarded.requires));
        if (allowed) continue;
        const prepared = await prepare(guarded);
        const before = await withAppDatabase(async (db) => ({
          tables: await fingerprint(db),
          audit: await lastAuditId(db),
        }));
        const response = prepared ? await send(request, prepared, caller, origin) : null;
        const label = `${entry.file}#${entry.name} as ${caller.label}`;
        const after = await withAppDatabase(async (db) => ({
          tables: await fingerprint(db),
          audit: await auditActionsAfter(db, before.audit),
        }));
        expect(after.tables, `${label}: rows changed`).toEqual(before.tables);
        // the only trace a refusal may leave is its own audit entry
        expect(
          after.audit.filter((action) => action !== "action.refused"),
          `${label}: audit`,
        ).toEqual([]);
        if (caller.role !== null && response)
          expect(after.audit, `${label}: refusal audited`).toContain("action.refused");
        if (response) checked.push(label);
      }
    }
    // the loop cannot pass by doing nothing: every guarded entry was called at least once
    expect(checked.length).toBeGreaterThanOrEqual(REGISTRY.filter((e) => e.requires !== "public").length);
    await request.dispose();
  });

  test("the same requests do change rows for a caller who may make them (the refusals above are real)", async ({
    playwright,
    baseURL,
  }) => {
    const origin = baseURL!;
    const request = await playwright.request.newContext({
      baseURL: origin,
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const admin = await createAppUser({ role: "ADMIN" });
    const contributor = await createAppUser();
    const adminCookie = await signInCookie(playwright, origin, admin);
    const contributorCookie = await signInCookie(playwright, origin, contributor);
    // harmless to the rest of the suite: they only add rows
    const controls: { name: string; cookie: string }[] = [
      { name: "createUserAction", cookie: adminCookie },
      { name: "issueAccountLinkAction", cookie: adminCookie },
      { name: "saveDraftAction", cookie: contributorCookie },
    ];
    for (const control of controls) {
      const entry = REGISTRY.find((e) => e.name === control.name) as Guarded | undefined;
      if (!entry) continue; // an entry renamed away is caught by the registry's own test
      const prepared = await prepare(entry);
      expect(prepared, `${control.name} is in the build`).toBeTruthy();
      const before = await withAppDatabase(fingerprint);
      const response = await send(request, prepared!, { label: "allowed", cookie: control.cookie, role: null }, origin);
      expect(response.status(), `${control.name}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(400);
      const body = (await response.text()).slice(0, 400);
      expect(await withAppDatabase(fingerprint), `${control.name} changed nothing when allowed: ${body}`).not.toEqual(
        before,
      );
    }
    await request.dispose();
  });

  test("a server action posted from another origin changes nothing", async ({ playwright, baseURL }) => {
    const origin = baseURL!;
    const request = await playwright.request.newContext({
      baseURL: origin,
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const admin = await createAppUser({ role: "ADMIN" });
    const cookie = await signInCookie(playwright, origin, admin);
    const signOut = findAction(loadActionManifest(), { file: "app/[locale]/(auth)/actions.ts", name: "signOutAction" });
    expect(signOut).toBeTruthy();
    const before = await withAppDatabase(fingerprint);
    const response = await callAction(request, {
      id: signOut!.id,
      page: workerPath(signOut!.workers[0]!),
      args: [{ $formData: { locale: "en" } }],
      origin: "https://evil.example",
      cookie,
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(await withAppDatabase(fingerprint)).toEqual(before);
    // still signed in: the cross-site request did not sign the admin out
    const page = await request.get("/admin/users", { headers: { Cookie: cookie }, maxRedirects: 0 });
    expect(page.status()).toBe(200);

    // the same action from the app's own origin does sign out: the refusal above was the origin
    const sameSite = await callAction(request, {
      id: signOut!.id,
      page: workerPath(signOut!.workers[0]!),
      args: [{ $formData: { locale: "en" } }],
      origin,
      cookie,
    });
    expect(sameSite.status()).toBeLessThan(400);
    expect((await request.get("/admin/users", { headers: { Cookie: cookie }, maxRedirects: 0 })).status()).toBe(307);
    await request.dispose();
  });

  test("a sign-in posted from another origin without next-auth's CSRF token creates no session", async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({
      baseURL: baseURL!,
      extraHTTPHeaders: { "X-Forwarded-For": testIp() },
    });
    const user = await createAppUser();
    const before = await withAppDatabase((db) => db.query(`SELECT count(*)::int AS n FROM "Session"`));
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { Origin: "https://evil.example" },
      form: { email: user.email, password: user.password, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    const after = await withAppDatabase((db) => db.query(`SELECT count(*)::int AS n FROM "Session"`));
    expect(after.rows[0].n).toBe(before.rows[0].n);
    expect((await request.storageState()).cookies.some((c) => c.name.endsWith("session-token"))).toBe(false);
    await request.dispose();
  });
});
