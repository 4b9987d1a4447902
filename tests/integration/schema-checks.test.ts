// Proves that the hand-written part of the init migration (CHECK constraints and the AuditLog
// append-only triggers, which schema.prisma cannot express) rejects what it is meant to reject.
//
// Every rejection is asserted by constraint name (or, for the triggers, by message), so a test
// fails if its constraint is missing, renamed or no longer rejects the row; every rejection test
// also inserts a near-identical valid row, so a constraint that rejects too much fails as well.
// Each test runs in its own transaction and rolls back, leaving the shared database untouched.

import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: the schema check tests need a fresh PostgreSQL database on " +
        "which every migration in prisma/migrations has been applied (the Vitest globalSetup provides one).",
    );
  }
  return url;
}

let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

type Params = readonly unknown[];

interface Fixture {
  /** Random per test, so nothing collides with seed data or with another test file's rows. */
  tag: string;
  siteId: string;
  monumentId: string;
  controlPeriodId: string;
  damageReportId: string;
  effortId: string;
  sourceId: string;
  personId: string;
  organisationId: string;
  mediaIds: readonly [string, string];
  userId: string;
  revisionId: string;
  kindCode: string;
  causeCode: string;
  conditionCode: string;
  certaintyCode: string;
  techniqueCode: string;
  statusCode: string;
}

/** Runs `body` inside a transaction holding one valid row of every table, then rolls it all back. */
async function withFixture(body: (f: Fixture) => Promise<void>): Promise<void> {
  const tag = randomUUID().slice(0, 8);
  const f: Fixture = {
    tag,
    siteId: `site-${tag}`,
    monumentId: `monument-${tag}`,
    controlPeriodId: `period-${tag}`,
    damageReportId: `damage-${tag}`,
    effortId: `effort-${tag}`,
    sourceId: `source-${tag}`,
    personId: `person-${tag}`,
    organisationId: `org-${tag}`,
    mediaIds: [`media-a-${tag}`, `media-b-${tag}`],
    userId: `user-${tag}`,
    revisionId: `revision-${tag}`,
    kindCode: `kind-${tag}`,
    causeCode: `cause-${tag}`,
    conditionCode: `condition-${tag}`,
    certaintyCode: `certainty-${tag}`,
    techniqueCode: `technique-${tag}`,
    statusCode: `status-${tag}`,
  };
  await client.query("BEGIN");
  try {
    const vocabulary = async (table: string, code: string) =>
      client.query(`INSERT INTO "${table}" ("code", "labelEn", "labelAr") VALUES ($1, 'x', 'x')`, [code]);
    await vocabulary("MonumentKind", f.kindCode);
    await vocabulary("DamageCause", f.causeCode);
    await vocabulary("Condition", f.conditionCode);
    await vocabulary("Certainty", f.certaintyCode);
    await vocabulary("RestorationTechnique", f.techniqueCode);
    await vocabulary("RestorationStatus", f.statusCode);
    await vocabulary("SourceKind", `sk-${tag}`);
    await client.query(
      `INSERT INTO "SourceReliability" ("code", "labelEn", "labelAr", "rank") VALUES ($1, 'x', 'x', 1)`,
      [`sr-${tag}`],
    );
    await client.query(
      `INSERT INTO "Site" ("id", "slug", "nameEn", "nameAr", "countryCode", "updatedAt")
       VALUES ($1, $2, 'Site', 'موقع', 'SY', now())`,
      [f.siteId, `site-${tag}`],
    );
    await client.query(
      `INSERT INTO "ControlPeriod" ("id", "siteId", "controllerEn", "controllerAr", "startDate", "startPrecision", "updatedAt")
       VALUES ($1, $2, 'x', 'x', '2015-05-21', 'DAY', now())`,
      [f.controlPeriodId, f.siteId],
    );
    await client.query(
      `INSERT INTO "Monument" ("id", "slug", "siteId", "kindCode", "nameEn", "nameAr", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Monument', 'معلم', now())`,
      [f.monumentId, `monument-${tag}`, f.siteId, f.kindCode],
    );
    await client.query(
      `INSERT INTO "DamageReport" ("id", "monumentId", "causeCode", "conditionAfterCode", "certaintyCode", "descriptionEn", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'x', now())`,
      [f.damageReportId, f.monumentId, f.causeCode, f.conditionCode, f.certaintyCode],
    );
    await client.query(
      `INSERT INTO "RestorationEffort" ("id", "monumentId", "titleEn", "techniqueCode", "statusCode", "updatedAt")
       VALUES ($1, $2, 'x', $3, $4, now())`,
      [f.effortId, f.monumentId, f.techniqueCode, f.statusCode],
    );
    await client.query(
      `INSERT INTO "Source" ("id", "title", "kindCode", "reliabilityCode", "updatedAt") VALUES ($1, 'x', $2, $3, now())`,
      [f.sourceId, `sk-${tag}`, `sr-${tag}`],
    );
    await client.query(
      `INSERT INTO "Organisation" ("id", "slug", "nameEn", "nameAr", "updatedAt") VALUES ($1, $2, 'x', 'x', now())`,
      [f.organisationId, `org-${tag}`],
    );
    await client.query(
      `INSERT INTO "Person" ("id", "slug", "nameEn", "nameAr", "updatedAt") VALUES ($1, $2, 'x', 'x', now())`,
      [f.personId, `person-${tag}`],
    );
    for (const id of f.mediaIds) {
      await client.query(
        `INSERT INTO "Media" ("id", "storageKey", "mimeType", "width", "height", "byteSize", "credit", "licence", "updatedAt")
         VALUES ($1, $1, 'image/jpeg', 640, 480, 1000, 'x', 'CC BY 4.0', now())`,
        [id],
      );
    }
    await client.query(`INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, $2, 'x', now())`, [
      f.userId,
      `user-${tag}@example.org`,
    ]);
    await client.query(
      `INSERT INTO "Revision" ("id", "entityType", "entityId", "version", "data") VALUES ($1, 'SITE', $2, 1, '{}')`,
      [f.revisionId, f.siteId],
    );
    await body(f);
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Runs one statement in a savepoint and returns its error (undefined if it succeeded). */
async function attempt(
  sql: string,
  params: Params = [],
): Promise<(Error & { code?: string; constraint?: string }) | undefined> {
  await client.query("SAVEPOINT attempt");
  try {
    await client.query(sql, [...params]);
    await client.query("RELEASE SAVEPOINT attempt");
    return undefined;
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT attempt");
    if (error instanceof Error) return error;
    throw error;
  }
}

async function expectAccepted(sql: string, params: Params = []): Promise<void> {
  const error = await attempt(sql, params);
  expect(error?.message, `expected to be accepted: ${sql} ${JSON.stringify(params)}`).toBeUndefined();
}

async function expectRejectedBy(constraint: string, sql: string, params: Params = []): Promise<void> {
  const error = await attempt(sql, params);
  expect(error, `expected "${constraint}" to reject: ${sql} ${JSON.stringify(params)}`).toBeDefined();
  // 23514 = check_violation
  expect({ code: error?.code, constraint: error?.constraint, message: error?.message }).toMatchObject({
    code: "23514",
    constraint,
  });
}

// ---------------------------------------------------------------------------------------------

describe("coordinates", () => {
  for (const table of ["Site", "Monument"] as const) {
    const idOf = (f: Fixture) => (table === "Site" ? f.siteId : f.monumentId);
    const setCoordinates = `UPDATE "${table}" SET "latitude" = $2, "longitude" = $3 WHERE "id" = $1`;

    it(`${table}: latitude outside -90..90 is rejected`, async () => {
      await withFixture(async (f) => {
        await expectAccepted(setCoordinates, [idOf(f), 90, 180]);
        await expectAccepted(setCoordinates, [idOf(f), -90, -180]);
        await expectRejectedBy(`${table}_latitude_check`, setCoordinates, [idOf(f), 200, 38.27]);
        await expectRejectedBy(`${table}_latitude_check`, setCoordinates, [idOf(f), -90.0001, 38.27]);
        await expectRejectedBy(`${table}_latitude_check`, setCoordinates, [idOf(f), "NaN", 38.27]);
      });
    });

    it(`${table}: longitude outside -180..180 is rejected`, async () => {
      await withFixture(async (f) => {
        await expectAccepted(setCoordinates, [idOf(f), 34.55, 38.27]);
        await expectRejectedBy(`${table}_longitude_check`, setCoordinates, [idOf(f), 34.55, 180.5]);
        await expectRejectedBy(`${table}_longitude_check`, setCoordinates, [idOf(f), 34.55, "-Infinity"]);
      });
    });

    it(`${table}: latitude and longitude come together or not at all`, async () => {
      await withFixture(async (f) => {
        await expectAccepted(setCoordinates, [idOf(f), null, null]);
        await expectRejectedBy(`${table}_coordinates_check`, setCoordinates, [idOf(f), 34.55, null]);
        await expectRejectedBy(`${table}_coordinates_check`, setCoordinates, [idOf(f), null, 38.27]);
      });
    });
  }
});

describe("date windows", () => {
  const setDamageDates = `UPDATE "DamageReport" SET "occurredOn" = $2, "occurredOnEnd" = $3, "datePrecision" = $4 WHERE "id" = $1`;

  it("DamageReport: an end date needs precision WINDOW, and WINDOW needs an end date", async () => {
    await withFixture(async (f) => {
      await expectAccepted(setDamageDates, [f.damageReportId, null, null, null]);
      await expectAccepted(setDamageDates, [f.damageReportId, "2015-08-23", null, "DAY"]);
      await expectAccepted(setDamageDates, [f.damageReportId, "2015-08-01", "2015-08-31", "WINDOW"]);
      await expectRejectedBy("DamageReport_datePrecision_check", setDamageDates, [
        f.damageReportId,
        "2015-08-01",
        "2015-08-31",
        "MONTH",
      ]);
      await expectRejectedBy("DamageReport_datePrecision_check", setDamageDates, [
        f.damageReportId,
        "2015-08-01",
        "2015-08-31",
        null,
      ]);
      await expectRejectedBy("DamageReport_datePrecision_check", setDamageDates, [
        f.damageReportId,
        "2015-08-01",
        null,
        "WINDOW",
      ]);
    });
  });

  it("DamageReport: a window ends no earlier than it starts, and has a start", async () => {
    await withFixture(async (f) => {
      await expectAccepted(setDamageDates, [f.damageReportId, "2015-08-23", "2015-08-23", "WINDOW"]);
      await expectRejectedBy("DamageReport_occurredOnEnd_check", setDamageDates, [
        f.damageReportId,
        "2015-08-31",
        "2015-08-01",
        "WINDOW",
      ]);
      await expectRejectedBy("DamageReport_occurredOnEnd_check", setDamageDates, [
        f.damageReportId,
        null,
        "2015-08-31",
        "WINDOW",
      ]);
    });
  });

  it("ControlPeriod: endDate is not before startDate", async () => {
    await withFixture(async (f) => {
      const sql = `UPDATE "ControlPeriod" SET "startDate" = $2, "endDate" = $3 WHERE "id" = $1`;
      await expectAccepted(sql, [f.controlPeriodId, "2015-05-21", null]);
      await expectAccepted(sql, [f.controlPeriodId, "2015-05-21", "2015-05-21"]);
      await expectRejectedBy("ControlPeriod_endDate_check", sql, [f.controlPeriodId, "2015-05-21", "2015-05-20"]);
    });
  });

  it("RestorationEffort: endedOn is not before startedOn", async () => {
    await withFixture(async (f) => {
      const sql = `UPDATE "RestorationEffort" SET "startedOn" = $2, "endedOn" = $3 WHERE "id" = $1`;
      await expectAccepted(sql, [f.effortId, "2016-01-01", "2017-01-01"]);
      await expectAccepted(sql, [f.effortId, null, "2017-01-01"]);
      await expectRejectedBy("RestorationEffort_endedOn_check", sql, [f.effortId, "2017-01-01", "2016-12-31"]);
    });
  });

  it("Monument: builtToYear is not before builtFromYear (negative years are BC)", async () => {
    await withFixture(async (f) => {
      const sql = `UPDATE "Monument" SET "builtFromYear" = $2, "builtToYear" = $3 WHERE "id" = $1`;
      await expectAccepted(sql, [f.monumentId, -100, -32]);
      await expectAccepted(sql, [f.monumentId, 32, null]);
      await expectRejectedBy("Monument_builtToYear_check", sql, [f.monumentId, 32, -32]);
    });
  });
});

describe("references", () => {
  it("Monument: a monument is not its own parent", async () => {
    await withFixture(async (f) => {
      const sql = `UPDATE "Monument" SET "parentId" = $2 WHERE "id" = $1`;
      await expectRejectedBy("Monument_parentId_check", sql, [f.monumentId, f.monumentId]);
      await expectAccepted(
        `INSERT INTO "Monument" ("id", "slug", "siteId", "kindCode", "nameEn", "nameAr", "parentId", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Cella', 'x', $5, now())`,
        [`part-${f.tag}`, `part-${f.tag}`, f.siteId, f.kindCode, f.monumentId],
      );
    });
  });

  it("Citation: exactly one target", async () => {
    await withFixture(async (f) => {
      const sql = `INSERT INTO "Citation" ("id", "sourceId", "siteId", "monumentId", "damageReportId") VALUES ($1, $2, $3, $4, $5)`;
      await expectAccepted(sql, [`c1-${f.tag}`, f.sourceId, null, f.monumentId, null]);
      await expectRejectedBy("Citation_target_check", sql, [`c2-${f.tag}`, f.sourceId, f.siteId, f.monumentId, null]);
      await expectRejectedBy("Citation_target_check", sql, [
        `c3-${f.tag}`,
        f.sourceId,
        null,
        f.monumentId,
        f.damageReportId,
      ]);
      await expectRejectedBy("Citation_target_check", sql, [`c4-${f.tag}`, f.sourceId, null, null, null]);
    });
  });

  it("RestorationParticipant: a person or an organisation, exactly one", async () => {
    await withFixture(async (f) => {
      const sql = `INSERT INTO "RestorationParticipant" ("id", "effortId", "personId", "organisationId") VALUES ($1, $2, $3, $4)`;
      await expectAccepted(sql, [`p1-${f.tag}`, f.effortId, f.personId, null]);
      await expectAccepted(sql, [`p2-${f.tag}`, f.effortId, null, f.organisationId]);
      await expectRejectedBy("RestorationParticipant_party_check", sql, [
        `p3-${f.tag}`,
        f.effortId,
        f.personId,
        f.organisationId,
      ]);
      await expectRejectedBy("RestorationParticipant_party_check", sql, [`p4-${f.tag}`, f.effortId, null, null]);
    });
  });

  it("MediaPair: before and after are different photos", async () => {
    await withFixture(async (f) => {
      const sql = `INSERT INTO "MediaPair" ("id", "monumentId", "beforeMediaId", "afterMediaId") VALUES ($1, $2, $3, $4)`;
      const [a, b] = f.mediaIds;
      await expectAccepted(sql, [`pair1-${f.tag}`, f.monumentId, a, b]);
      await expectRejectedBy("MediaPair_distinct_check", sql, [`pair2-${f.tag}`, f.monumentId, a, a]);
    });
  });
});

describe("versions", () => {
  const versioned: readonly [string, (f: Fixture) => string][] = [
    ["Site", (f) => f.siteId],
    ["ControlPeriod", (f) => f.controlPeriodId],
    ["Monument", (f) => f.monumentId],
    ["DamageReport", (f) => f.damageReportId],
    ["RestorationEffort", (f) => f.effortId],
    ["Source", (f) => f.sourceId],
    ["Organisation", (f) => f.organisationId],
    ["Person", (f) => f.personId],
    ["Media", (f) => f.mediaIds[0]],
    ["Revision", (f) => f.revisionId],
  ];

  it.each(versioned)("%s: version is at least 1", async (table, idOf) => {
    await withFixture(async (f) => {
      const sql = `UPDATE "${table}" SET "version" = $2 WHERE "id" = $1`;
      await expectAccepted(sql, [idOf(f), 2]);
      await expectRejectedBy(`${table}_version_check`, sql, [idOf(f), 0]);
      await expectRejectedBy(`${table}_version_check`, sql, [idOf(f), -1]);
    });
  });
});

describe("text formats", () => {
  it("User: email is stored lower-case", async () => {
    await withFixture(async (f) => {
      const sql = `UPDATE "User" SET "email" = $2 WHERE "id" = $1`;
      await expectAccepted(sql, [f.userId, `someone-${f.tag}@example.org`]);
      await expectRejectedBy("User_email_check", sql, [f.userId, `Someone-${f.tag}@Example.org`]);
    });
  });

  const slugged: readonly [string, (f: Fixture) => string][] = [
    ["Site", (f) => f.siteId],
    ["Monument", (f) => f.monumentId],
    ["Organisation", (f) => f.organisationId],
    ["Person", (f) => f.personId],
  ];

  it.each(slugged)("%s: slug is lower-case words joined by single hyphens", async (table, idOf) => {
    await withFixture(async (f) => {
      const sql = `UPDATE "${table}" SET "slug" = $2 WHERE "id" = $1`;
      await expectAccepted(sql, [idOf(f), `temple-of-bel-2-${f.tag}`]);
      await expectAccepted(sql, [idOf(f), `a${f.tag}`]);
      for (const bad of [
        "Temple-of-Bel",
        "temple of bel",
        "temple--bel",
        "-temple",
        "temple-",
        "",
        "temple_bel",
        "ma'abad",
        "معبد",
      ]) {
        await expectRejectedBy(`${table}_slug_check`, sql, [idOf(f), bad]);
      }
    });
  });

  it.each(slugged)("%s: altNames is never NULL", async (table, idOf) => {
    await withFixture(async (f) => {
      const sql = `UPDATE "${table}" SET "altNames" = $2 WHERE "id" = $1`;
      await expectAccepted(sql, [idOf(f), []]);
      await expectRejectedBy(`${table}_altNames_check`, sql, [idOf(f), null]);
    });
  });
});

describe("change requests", () => {
  const insert = `INSERT INTO "ChangeRequest" ("id", "kind", "entityType", "entityId", "baseVersion", "proposedData", "authorId", "updatedAt")
                  VALUES ($1, $2, 'SITE', $3, $4, '{}', $5, now())`;

  it("UPDATE and DELETE name the record and the version they were made against", async () => {
    await withFixture(async (f) => {
      await expectAccepted(insert, [`cr1-${f.tag}`, "UPDATE", f.siteId, 1, f.userId]);
      await expectAccepted(insert, [`cr2-${f.tag}`, "DELETE", f.siteId, 3, f.userId]);
      await expectRejectedBy("ChangeRequest_baseVersion_check", insert, [
        `cr3-${f.tag}`,
        "UPDATE",
        f.siteId,
        null,
        f.userId,
      ]);
      await expectRejectedBy("ChangeRequest_baseVersion_check", insert, [
        `cr4-${f.tag}`,
        "DELETE",
        f.siteId,
        null,
        f.userId,
      ]);
      await expectRejectedBy("ChangeRequest_baseVersion_check", insert, [
        `cr5-${f.tag}`,
        "UPDATE",
        f.siteId,
        0,
        f.userId,
      ]);
      await expectRejectedBy("ChangeRequest_entityId_check", insert, [`cr6-${f.tag}`, "UPDATE", null, 1, f.userId]);
    });
  });

  it("a CREATE has no base version", async () => {
    await withFixture(async (f) => {
      await expectAccepted(insert, [`cr7-${f.tag}`, "CREATE", null, null, f.userId]);
      await expectRejectedBy("ChangeRequest_baseVersion_check", insert, [`cr8-${f.tag}`, "CREATE", null, 1, f.userId]);
    });
  });
});

describe("media", () => {
  it.each(["width", "height", "byteSize"])("Media: %s is positive", async (column) => {
    await withFixture(async (f) => {
      const sql = `UPDATE "Media" SET "${column}" = $2 WHERE "id" = $1`;
      await expectAccepted(sql, [f.mediaIds[0], 1]);
      await expectRejectedBy(`Media_${column}_check`, sql, [f.mediaIds[0], 0]);
      await expectRejectedBy(`Media_${column}_check`, sql, [f.mediaIds[0], -640]);
    });
  });
});

describe("AuditLog is append-only", () => {
  async function insertEntry(f: Fixture): Promise<string> {
    const result = await client.query<{ id: string }>(
      `INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "hash")
       VALUES ($1, 'test', 'SITE', $2, $3) RETURNING "id"`,
      [f.userId, f.siteId, `hash-${f.tag}`],
    );
    const id = result.rows[0]?.id;
    if (id === undefined) throw new Error("INSERT … RETURNING gave no row");
    return id;
  }

  async function expectRefused(sql: string, params: Params, operation: string): Promise<void> {
    const error = await attempt(sql, params);
    expect(error, `expected AuditLog to refuse: ${sql}`).toBeDefined();
    expect(error?.message).toBe(`AuditLog is append-only: ${operation} refused`);
  }

  it("accepts inserts", async () => {
    await withFixture(async (f) => {
      const first = await insertEntry(f);
      const second = await insertEntry(f);
      expect(BigInt(second)).toBeGreaterThan(BigInt(first));
    });
  });

  it("refuses UPDATE", async () => {
    await withFixture(async (f) => {
      const id = await insertEntry(f);
      await expectRefused(`UPDATE "AuditLog" SET "action" = 'rewritten' WHERE "id" = $1`, [id], "UPDATE");
      await expectRefused(`UPDATE "AuditLog" SET "hash" = "hash" WHERE "id" = $1`, [id], "UPDATE");
      const row = await client.query<{ action: string }>(`SELECT "action" FROM "AuditLog" WHERE "id" = $1`, [id]);
      expect(row.rows[0]?.action).toBe("test");
    });
  });

  it("refuses DELETE", async () => {
    await withFixture(async (f) => {
      const id = await insertEntry(f);
      await expectRefused(`DELETE FROM "AuditLog" WHERE "id" = $1`, [id], "DELETE");
      const row = await client.query(`SELECT 1 FROM "AuditLog" WHERE "id" = $1`, [id]);
      expect(row.rowCount).toBe(1);
    });
  });

  it("refuses TRUNCATE", async () => {
    await withFixture(async (f) => {
      await insertEntry(f);
      // Takes an exclusive lock on AuditLog until the rollback; TRUNCATE "User" CASCADE would
      // prove the cascade case too but would lock half the schema under concurrent test files.
      await expectRefused(`TRUNCATE "AuditLog"`, [], "TRUNCATE");
      const rows = await client.query(`SELECT 1 FROM "AuditLog" WHERE "hash" = $1`, [`hash-${f.tag}`]);
      expect(rows.rowCount).toBe(1);
    });
  });
});
