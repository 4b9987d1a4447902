import type { Client } from "pg";
import type { Permission } from "../../lib/auth/permissions";

/*
 * Every server action and route handler of the app, with what it requires.
 *
 * tests/unit/permission-registry.test.ts scans the source (tests/permissions/discover.ts: every
 * export of a "use server" module, every HTTP method exported by an app/**\/route.ts) and FAILS
 * when an endpoint is missing here or listed here but gone. tests/e2e/permissions.spec.ts then
 * calls each entry over HTTP against the real build, as an anonymous visitor (with a forged
 * session cookie, so the request reaches the action past proxy.ts) and as a contributor, and
 * proves each refusal changed no row of any table (only "action.refused" audit entries appear).
 *
 * Adding an action or route handler: add one entry below.
 *   file        the module's path from the repository root, exactly as on disk
 *   name        the export's name (for a route handler: the HTTP method)
 *   requires    a Permission from lib/auth/permissions.ts; "signedIn" (any signed-in user);
 *               or "public" (open to anyone: then say why in `why`)
 *   sample      what to send. For an action: { args: [...] } (JSON-serialisable arguments, use
 *               { $formData: { field: "value" } } for a FormData argument). For a route:
 *               { method, path, body? }. It may be an async function of a pg Client connected
 *               to the app's database, to arrange rows (e.g. a pending change request) and
 *               return ids; make the sample one that WOULD change rows if it were allowed.
 *   page        optional: the page path to POST an action to (default: a page whose bundle
 *               includes the action, read from the build's server-reference manifest)
 */

export type ActionSample = { args: unknown[] };
export type RouteSample = { method: string; path: string; body?: string; contentType?: string };
export type Sample<S> = S | ((db: Client) => Promise<S>);

export type RegistryEntry =
  | {
      kind: "action";
      file: string;
      name: string;
      requires: Permission | "signedIn";
      sample: Sample<ActionSample>;
      page?: string;
    }
  | {
      kind: "action" | "route";
      file: string;
      name: string;
      requires: "public";
      why: string;
    }
  | {
      kind: "route";
      file: string;
      name: string;
      requires: Permission | "signedIn";
      sample: Sample<RouteSample>;
    };

export const REGISTRY: RegistryEntry[] = [
  // --- auth (lib/auth, app/api/auth, app/[locale]/(auth)) ---
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "GET",
    requires: "public",
    why: "next-auth's csrf/session/providers endpoints: reveal nothing but the caller's own session",
  },
  {
    kind: "route",
    file: "app/api/auth/[...nextauth]/route.ts",
    name: "POST",
    requires: "public",
    why: "next-auth's sign-in and sign-out: CSRF-token protected; sign-in throttled (tests/e2e/auth.spec.ts)",
  },
  {
    kind: "action",
    file: "app/[locale]/(auth)/actions.ts",
    name: "signOutAction",
    requires: "signedIn",
    sample: { args: [{ $formData: { locale: "en" } }] },
  },
  {
    kind: "action",
    file: "app/[locale]/(auth)/actions.ts",
    name: "setPasswordWithLinkAction",
    requires: "public",
    why: "the one-time link's 256-bit token is the credential (stored hashed, expiring, used once)",
  },
  // --- accounts (app/[locale]/(editing)/admin/users) ---
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/users/actions.ts",
    name: "createUserAction",
    requires: "user:manage",
    sample: {
      args: [
        { status: "idle" },
        { $formData: { name: "Intruder", email: "intruder@test.heritage.local", role: "ADMIN", locale: "en" } },
      ],
    },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/users/actions.ts",
    name: "changeUserRoleAction",
    requires: "user:manage",
    sample: async (db) => ({
      args: [{ status: "idle" }, { $formData: { userId: await demoUserId(db, "archaeologist"), role: "ADMIN" } }],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/users/actions.ts",
    name: "setUserDisabledAction",
    requires: "user:manage",
    sample: async (db) => ({
      args: [{ status: "idle" }, { $formData: { userId: await demoUserId(db, "admin"), disabled: "true" } }],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/users/actions.ts",
    name: "issueAccountLinkAction",
    requires: "user:manage",
    sample: async (db) => ({
      args: [{ status: "idle" }, { $formData: { userId: await demoUserId(db, "admin"), locale: "en" } }],
    }),
  },
  // --- editing: proposals, drafts, photos (app/[locale]/(editing)/edit, app/api/uploads, app/media) ---
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "proposeChangeAction",
    requires: "changeRequest:create",
    sample: {
      args: [
        {
          entityType: "SOURCE",
          target: { kind: "CREATE" },
          input: { fields: { title: "Intruder's source", kindCode: "news_article", reliabilityCode: "verified" } },
          formKey: "source:new",
        },
      ],
    },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "reviseChangeRequestAction",
    requires: "changeRequest:reviseOwn",
    sample: async (db) => ({
      args: [
        {
          id: await pendingProposalOfArchaeologist(db),
          target: { kind: "CREATE" },
          input: { fields: { title: "Revised by an intruder", kindCode: "news_article", reliabilityCode: "verified" } },
          formKey: "source:new",
        },
      ],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "withdrawChangeRequestAction",
    requires: "changeRequest:withdrawOwn",
    sample: async (db) => ({ args: [{ id: await pendingProposalOfArchaeologist(db) }] }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "saveDraftAction",
    requires: "draft:write",
    sample: { args: [{ formKey: "source:new", data: { values: { fields: { title: "typed" } }, photos: [] } }] },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "discardDraftAction",
    requires: "draft:write",
    sample: { args: [{ formKey: "source:new" }] },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/edit/actions.ts",
    name: "markDecisionsSeenAction",
    requires: "changeRequest:readOwn",
    sample: { args: [{ ids: [] }] },
  },
  {
    kind: "route",
    file: "app/api/uploads/route.ts",
    name: "POST",
    requires: "upload:create",
    sample: {
      method: "POST",
      path: "/api/uploads",
      contentType: "multipart/form-data; boundary=----registry",
      body: '------registry\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nnot really a png\r\n------registry--\r\n',
    },
  },
  {
    kind: "route",
    file: "app/media/[key]/route.ts",
    name: "GET",
    requires: "public",
    why: "serves a photo only when it is attached to a live approved record, or to its uploader and reviewers (lib/data/uploads.ts getServableMedia; tests/integration/uploads.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/import/[step]/route.ts",
    name: "POST",
    requires: "changeRequest:create",
    sample: {
      method: "POST",
      path: `/api/import/propose?entity=MONUMENT&name=intruder.csv&mapping=${encodeURIComponent(
        JSON.stringify(["nameEn", "nameAr", "kind", "site"]),
      )}`,
      contentType: "application/octet-stream",
      body: "name_en,name_ar,kind,site\r\nIntruder's monument,معلم دخيل,temple,palmyra\r\n",
    },
  },
  // --- open data: the public read API, exports and IIIF (app/api/v1) ---
  {
    kind: "route",
    file: "app/api/v1/damage-reports/[id]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/damage-reports/[id]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/damage-reports/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/damage-reports/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/catalogue.ndjson/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/catalogue.ndjson/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/monuments.csv/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/monuments.csv/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/monuments.geojson/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/exports/monuments.geojson/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/image/[id]/[...path]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/image/[id]/[...path]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/image/[id]/info.json/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/image/[id]/info.json/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/monuments/[slug]/manifest/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/iiif/monuments/[slug]/manifest/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/linked-art/context.json/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/linked-art/context.json/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/[slug]/linked-art/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/[slug]/linked-art/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/[slug]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/[slug]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/monuments/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/openapi.json/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/openapi.json/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/restoration-efforts/[id]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/restoration-efforts/[id]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/restoration-efforts/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/restoration-efforts/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/sites/[slug]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/sites/[slug]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/sites/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/sites/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/sources/[id]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/sources/[id]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/sources/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/sources/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/vocabularies/[name]/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/vocabularies/[name]/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  {
    kind: "route",
    file: "app/api/v1/vocabularies/route.ts",
    name: "GET",
    requires: "public",
    why: "public open-data API: reads approved records only, coarsened positions, rate limited (tests/integration/open-data-api.test.ts)",
  },
  {
    kind: "route",
    file: "app/api/v1/vocabularies/route.ts",
    name: "OPTIONS",
    requires: "public",
    why: "CORS preflight of the public API: answers with headers only, reads nothing",
  },
  // --- review and history (app/[locale]/(editing)/admin/review, admin/history, app/feed.xml) ---
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/review/actions.ts",
    name: "approveChangeRequestAction",
    requires: "changeRequest:review",
    sample: async (db) => ({
      args: [{ ok: true }, { $formData: { changeRequestId: await pendingProposalOfArchaeologist(db), locale: "en" } }],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/review/actions.ts",
    name: "decideChangeRequestAction",
    requires: "changeRequest:review",
    sample: async (db) => ({
      args: [
        { ok: true },
        {
          $formData: {
            changeRequestId: await pendingProposalOfArchaeologist(db),
            decision: "reject",
            reason: "Intruder",
            locale: "en",
          },
        },
      ],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/imports/actions.ts",
    name: "decideImportBatchAction",
    requires: "changeRequest:review",
    sample: async (db) => ({
      args: [
        { ok: true },
        { $formData: { batchId: await importBatchOfArchaeologist(db), intent: "approveAll", locale: "en" } },
      ],
    }),
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/history/actions.ts",
    name: "revertRecordAction",
    requires: "revision:revert",
    sample: async (db) => {
      // a monument moved past its seeded revision 1, so reverting to 1 would write
      const { rows } = await db.query<{ version: number }>(
        `UPDATE "Monument" SET version = version + 1 WHERE id = 'mon-temple-of-bel' RETURNING version`,
      );
      return {
        args: [
          { ok: true },
          {
            $formData: {
              entityType: "MONUMENT",
              entityId: "mon-temple-of-bel",
              toVersion: "1",
              expectedVersion: String(rows[0]!.version),
              locale: "en",
            },
          },
        ],
      };
    },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/history/actions.ts",
    name: "deleteRecordAction",
    requires: "record:delete",
    sample: async (db) => {
      const monument = await liveMonument(db);
      return {
        args: [
          { ok: true },
          {
            $formData: {
              entityType: "MONUMENT",
              entityId: monument.id,
              expectedVersion: String(monument.version),
              locale: "en",
            },
          },
        ],
      };
    },
  },
  {
    kind: "action",
    file: "app/[locale]/(editing)/admin/history/actions.ts",
    name: "restoreRecordAction",
    requires: "record:delete",
    sample: async (db) => {
      // a deleted organisation of its own, so restoring it would write
      const id = `org-registry-${Date.now().toString(36)}`;
      await db.query(
        `INSERT INTO "Organisation" (id, slug, "nameEn", "nameAr", "deletedAt", "updatedAt") VALUES ($1, $1, 'Deleted org', 'مؤسسة محذوفة', now(), now())`,
        [id],
      );
      return {
        args: [
          { ok: true },
          { $formData: { entityType: "ORGANISATION", entityId: id, expectedVersion: "1", locale: "en" } },
        ],
      };
    },
  },
  {
    kind: "route",
    file: "app/feed.xml/route.ts",
    name: "GET",
    requires: "public",
    why: "the public Atom feed of approved changes: record names and public links only, no people or e-mail addresses (tests/integration/history.test.ts, tests/e2e/review.spec.ts)",
  },
];

/** A pending proposal by the demo archaeologist (made here if there is none), to withdraw or revise. */
async function pendingProposalOfArchaeologist(db: Client): Promise<string> {
  const authorId = await demoUserId(db, "archaeologist");
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM "ChangeRequest" WHERE "authorId" = $1 AND status = 'PENDING' ORDER BY "createdAt" LIMIT 1`,
    [authorId],
  );
  if (rows[0]) return rows[0].id;
  const id = `cr-registry-${Date.now().toString(36)}`;
  await db.query(
    `INSERT INTO "ChangeRequest" (id, kind, "entityType", "proposedData", "authorId", "updatedAt")
     VALUES ($1, 'CREATE', 'SOURCE', $2::jsonb, $3, now())`,
    [
      id,
      JSON.stringify({
        fields: { title: "A pending source", kindCode: "news_article", reliabilityCode: "verified" },
        citations: [],
        newSources: [],
        mediaIds: [],
      }),
      authorId,
    ],
  );
  return id;
}

/** An imported batch holding the archaeologist's pending proposal. */
async function importBatchOfArchaeologist(db: Client): Promise<string> {
  const changeRequestId = await pendingProposalOfArchaeologist(db);
  const { rows } = await db.query<{ batchId: string }>(
    `SELECT "batchId" FROM "ImportRow" WHERE "changeRequestId" = $1`,
    [changeRequestId],
  );
  if (rows[0]) return rows[0].batchId;
  const batchId = `ib-registry-${Date.now().toString(36)}`;
  await db.query(
    `INSERT INTO "ImportBatch" (id, "entityType", "fileName", "headerSignature", "authorId", "rowCount", "proposedCount", "unchangedCount")
     SELECT $1, 'SOURCE', 'registry.csv', 'registry', "authorId", 1, 1, 0 FROM "ChangeRequest" WHERE id = $2`,
    [batchId, changeRequestId],
  );
  await db.query(`INSERT INTO "ImportRow" (id, "batchId", "rowNumber", "changeRequestId") VALUES ($1, $2, 2, $3)`, [
    `ir-registry-${Date.now().toString(36)}`,
    batchId,
    changeRequestId,
  ]);
  return batchId;
}

/** A live (not deleted) seeded monument and its current version. */
async function liveMonument(db: Client): Promise<{ id: string; version: number }> {
  const { rows } = await db.query<{ id: string; version: number }>(
    `SELECT id, version FROM "Monument" WHERE "deletedAt" IS NULL ORDER BY slug LIMIT 1`,
  );
  if (!rows[0]) throw new Error("no monument in the app's database");
  return rows[0];
}

async function demoUserId(db: Client, who: "admin" | "archaeologist"): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
    `${who}@demo.heritage.local`,
  ]);
  if (!rows[0]) throw new Error(`demo account ${who} missing`);
  return rows[0].id;
}
