import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createMonument, createUser } from "../factories";

// The data layer reads DATABASE_URL when lib/db is first imported: point it at this file's own
// database first, then import.
let database: TestDatabase;
let data: typeof import("../../lib/data/change-requests/propose") &
  typeof import("../../lib/data/change-requests/submissions");
let FormErrorClass: typeof import("../../lib/validations/errors").FormError;
let PermissionErrorClass: typeof import("../../lib/auth/permissions").PermissionError;

const BAALSHAMIN = "mon-temple-of-baalshamin";

beforeAll(async () => {
  database = await createTestDatabase({ from: "seeded" });
  process.env.DATABASE_URL = database.url;
  data = {
    ...(await import("../../lib/data/change-requests/propose")),
    ...(await import("../../lib/data/change-requests/submissions")),
  };
  FormErrorClass = (await import("../../lib/validations/errors")).FormError;
  PermissionErrorClass = (await import("../../lib/auth/permissions")).PermissionError;
});
afterAll(async () => {
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await database?.drop();
});

async function publicCounts() {
  const p = database.prisma;
  const [monuments, reports, efforts, sources, citations, participants, media, changeRequests] = await Promise.all([
    p.monument.count(),
    p.damageReport.count(),
    p.restorationEffort.count(),
    p.source.count(),
    p.citation.count(),
    p.restorationParticipant.count(),
    p.media.count({
      where: {
        OR: [{ monumentId: { not: null } }, { damageReportId: { not: null } }, { restorationEffortId: { not: null } }],
      },
    }),
    p.changeRequest.count(),
  ]);
  return { monuments, reports, efforts, sources, citations, participants, media, changeRequests };
}

async function aSourceId() {
  return (await database.prisma.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } })).id;
}

async function damageReportInput(overrides: Record<string, unknown> = {}) {
  return {
    fields: {
      monumentId: BAALSHAMIN,
      occurredOn: "2015-08-27",
      occurredOnEnd: "2015-08-31",
      datePrecision: "WINDOW",
      causeCode: "deliberate_destruction_explosives",
      agentEn: "ISIL",
      agentAr: "تنظيم الدولة",
      conditionAfterCode: "destroyed",
      extentEn: "Cella destroyed; columns standing",
      extentAr: "",
      certaintyCode: "confirmed",
      descriptionEn: "  The cella was blown up.  ",
      descriptionAr: "",
      evidenceEn: null,
      evidenceAr: null,
      assessedOn: "",
      ...overrides,
    },
    citations: [
      { sourceId: await aSourceId(), locator: "para 3", claim: "Explosives were used." },
      { sourceId: "new-1", locator: "" },
    ],
    newSources: [
      {
        tempId: "new-1",
        title: "Satellite imagery of Baalshamin",
        outlet: "UNITAR",
        publishedOn: "2015-08-01",
        publishedPrecision: "MONTH",
        url: "https://example.org/report",
        kindCode: "satellite_analysis",
        reliabilityCode: "verified",
      },
    ],
    mediaIds: [],
  };
}

async function expectFormError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormErrorClass);
  return error as InstanceType<typeof FormErrorClass>;
}

describe("proposing a damage report", () => {
  it("records a pending change request with proposedData in the contract's shape and touches no public table", async () => {
    const user = await createUser(database.prisma);
    const before = await publicCounts();
    const { id } = await data.proposeChange({
      actor: user,
      entityType: "DAMAGE_REPORT",
      target: { kind: "CREATE", note: "From the UNITAR imagery" },
      input: await damageReportInput(),
    });
    const after = await publicCounts();
    expect(after).toEqual({ ...before, changeRequests: before.changeRequests + 1 });

    const row = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      kind: "CREATE",
      entityType: "DAMAGE_REPORT",
      entityId: null,
      baseVersion: null,
      monumentId: BAALSHAMIN,
      status: "PENDING",
      authorId: user.id,
      note: "From the UNITAR imagery",
    });
    const proposed = row.proposedData as Record<string, unknown>;
    expect(Object.keys(proposed).sort()).toEqual(["citations", "fields", "mediaIds", "newSources"]);
    expect(proposed.fields).toMatchObject({
      monumentId: BAALSHAMIN,
      occurredOn: "2015-08-27",
      occurredOnEnd: "2015-08-31",
      datePrecision: "WINDOW",
      descriptionEn: "The cella was blown up.",
      extentAr: null,
      assessedOn: null,
    });
    expect((proposed.newSources as { tempId: string }[])[0]?.tempId).toBe("new-1");
    const audit = await database.prisma.auditLog.findFirst({
      where: { action: "changeRequest.propose", actorId: user.id },
    });
    expect((audit?.details as { changeRequestId: string }).changeRequestId).toBe(id);

    // the stored data is valid input to the same schema (the review side parses it again)
    const { createDamageReportSchema } = await import("../../lib/validations/damage-report");
    expect(createDamageReportSchema.parse(proposed)).toEqual(proposed);
  });

  it.each([
    ["status", { status: "APPROVED" }],
    ["version", { version: 7 }],
    ["authorId", { authorId: "someone" }],
    ["role", { role: "ADMIN" }],
  ])("refuses an extra %s key, at the top or among the fields, writing nothing", async (key, extra) => {
    const user = await createUser(database.prisma);
    const before = await publicCounts();
    const top = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: { ...(await damageReportInput()), ...extra },
      }),
    );
    expect(Object.keys(top.fieldErrors)).toContain(key);
    const inner = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: await damageReportInput(extra),
      }),
    );
    expect(Object.keys(inner.fieldErrors)).toContain(`fields.${key}`);
    const target = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE", ...extra },
        input: await damageReportInput(),
      }),
    );
    expect(Object.keys(target.fieldErrors)).toContain(key);
    expect(await publicCounts()).toEqual(before);
  });

  it("names each bad field: unknown vocabulary codes, a window ending before it starts, a month date not on the 1st", async () => {
    const user = await createUser(database.prisma);
    const before = await publicCounts();
    const vocab = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: await damageReportInput({ causeCode: "made_up", certaintyCode: "sure" }),
      }),
    );
    expect(vocab.fieldErrors).toEqual({ "fields.causeCode": ["unknownCode"], "fields.certaintyCode": ["unknownCode"] });

    const window = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: await damageReportInput({ occurredOn: "2015-08-31", occurredOnEnd: "2015-08-27" }),
      }),
    );
    expect(window.fieldErrors["fields.occurredOnEnd"]).toEqual(["dateOrder"]);

    const month = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: await damageReportInput({ occurredOn: "2015-08-12", occurredOnEnd: null, datePrecision: "MONTH" }),
      }),
    );
    expect(month.fieldErrors["fields.occurredOn"]).toEqual(["dateMustBeFirstOfMonth"]);

    const noSource = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: { ...(await damageReportInput()), citations: [], newSources: [] },
      }),
    );
    expect(noSource.fieldErrors.citations).toEqual(["sourceRequired"]);

    const missingMonument = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: await damageReportInput({ monumentId: "no-such-monument" }),
      }),
    );
    expect(missingMonument.fieldErrors["fields.monumentId"]).toEqual(["unknownRecord"]);
    expect(await publicCounts()).toEqual(before);
  });

  it("refuses a signed-out visitor and an unknown role, writing nothing", async () => {
    const before = await publicCounts();
    for (const role of ["", "VISITOR"]) {
      await expect(
        data.proposeChange({
          actor: { id: "x", role },
          entityType: "DAMAGE_REPORT",
          target: { kind: "CREATE" },
          input: await damageReportInput(),
        }),
      ).rejects.toBeInstanceOf(PermissionErrorClass);
    }
    expect(await publicCounts()).toEqual(before);
  });
});

function monumentFields(siteId: string, overrides: Record<string, unknown> = {}) {
  return {
    siteId,
    parentId: null,
    kindCode: "tower_tomb",
    nameEn: "Tower tomb of Elahbel",
    nameAr: "مدفن إلحبل البرجي",
    altNames: ["Elahbel", "Tomb of Elahbel"],
    periodEn: "Roman",
    periodAr: "روماني",
    builtFromYear: "103",
    builtToYear: 103,
    summaryEn: "A four-storey tower tomb.",
    summaryAr: "",
    descriptionEn: "",
    descriptionAr: "",
    currentLocationEn: "",
    currentLocationAr: "",
    latitude: "34.5461",
    longitude: 38.2589,
    locationPrecision: "EXACT",
    isSensitive: true,
    ...overrides,
  };
}

describe("proposing a monument", () => {
  it("records a new monument with every field, both names and alternative spellings", async () => {
    const user = await createUser(database.prisma);
    const site = await database.prisma.site.findFirstOrThrow();
    const before = await publicCounts();
    const { id } = await data.proposeChange({
      actor: user,
      entityType: "MONUMENT",
      target: { kind: "CREATE" },
      input: { fields: monumentFields(site.id, { parentId: BAALSHAMIN }), citations: [], newSources: [], mediaIds: [] },
    });
    expect(await publicCounts()).toEqual({ ...before, changeRequests: before.changeRequests + 1 });
    const row = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect((row.proposedData as { fields: unknown }).fields).toEqual({
      ...monumentFields(site.id, { parentId: BAALSHAMIN }),
      builtFromYear: 103,
      latitude: 34.5461,
      summaryAr: null,
      descriptionEn: null,
      descriptionAr: null,
      currentLocationEn: null,
      currentLocationAr: null,
    });
  });

  it("records an edit against the version the author saw and refuses a stale one", async () => {
    const user = await createUser(database.prisma);
    const monument = await createMonument(database.prisma);
    const fields = monumentFields(monument.siteId, { nameEn: "Renamed" });
    const { id } = await data.proposeChange({
      actor: user,
      entityType: "MONUMENT",
      target: { kind: "UPDATE", entityId: monument.id, baseVersion: 1 },
      input: { fields, citations: [], newSources: [], mediaIds: [] },
    });
    const row = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ kind: "UPDATE", entityId: monument.id, baseVersion: 1, monumentId: monument.id });
    expect((await database.prisma.monument.findUniqueOrThrow({ where: { id: monument.id } })).nameEn).toBe(
      monument.nameEn,
    );

    await database.prisma.monument.update({ where: { id: monument.id }, data: { version: 2 } });
    const stale = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "MONUMENT",
        target: { kind: "UPDATE", entityId: monument.id, baseVersion: 1 },
        input: { fields, citations: [], newSources: [], mediaIds: [] },
      }),
    );
    expect(stale.formError).toBe("stale");
  });

  it("refuses coordinates out of range or alone, years out of order and a part-of cycle", async () => {
    const user = await createUser(database.prisma);
    const parent = await createMonument(database.prisma);
    const child = await createMonument(database.prisma, { siteId: parent.siteId });
    await database.prisma.monument.update({ where: { id: child.id }, data: { parentId: parent.id } });
    const before = await publicCounts();
    const ranges = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "MONUMENT",
        target: { kind: "CREATE" },
        input: {
          fields: monumentFields(parent.siteId, {
            latitude: 91,
            longitude: -181,
            builtFromYear: 200,
            builtToYear: 100,
          }),
        },
      }),
    );
    expect(ranges.fieldErrors).toMatchObject({
      "fields.latitude": ["latitudeRange"],
      "fields.longitude": ["longitudeRange"],
    });
    const pair = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "MONUMENT",
        target: { kind: "CREATE" },
        input: { fields: monumentFields(parent.siteId, { longitude: null, builtFromYear: 200, builtToYear: 100 }) },
      }),
    );
    expect(pair.fieldErrors).toEqual({ "fields.longitude": ["coordinatesPair"], "fields.builtToYear": ["yearOrder"] });
    const cycle = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "MONUMENT",
        target: { kind: "UPDATE", entityId: parent.id, baseVersion: 1 },
        input: { fields: monumentFields(parent.siteId, { parentId: child.id }) },
      }),
    );
    expect(cycle.fieldErrors).toEqual({ "fields.parentId": ["partOfItself"] });
    expect(await publicCounts()).toEqual(before);
  });
});

describe("proposing a restoration effort and a source", () => {
  it("records a restoration with people, organisations and sources; the reversibility needs a reason", async () => {
    const user = await createUser(database.prisma);
    const person = await database.prisma.person.findFirstOrThrow();
    const organisation = await database.prisma.organisation.findFirstOrThrow();
    const input = {
      fields: {
        monumentId: BAALSHAMIN,
        titleEn: "Consolidation of the cella walls",
        titleAr: "تدعيم جدران الحرم",
        techniqueCode: "consolidation",
        statusCode: "in_progress",
        reversibilityCode: "partly_reversible",
        reversibilityReasonEn: "",
        materialsEn: "Lime mortar",
        attachmentMethodEn: "Stainless steel pins",
        placeEn: "On site",
        startedOn: "2019-01-01",
        startPrecision: "YEAR",
        endedOn: null,
        endPrecision: null,
      },
      participants: [
        { personId: person.id, organisationId: null, roleEn: "Lead" },
        { organisationId: organisation.id },
      ],
      citations: [{ sourceId: await aSourceId(), locator: "p. 2" }],
    };
    const before = await publicCounts();
    const noReason = await expectFormError(
      data.proposeChange({ actor: user, entityType: "RESTORATION_EFFORT", target: { kind: "CREATE" }, input }),
    );
    expect(noReason.fieldErrors).toEqual({ "fields.reversibilityReasonEn": ["reasonRequired"] });
    const both = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "RESTORATION_EFFORT",
        target: { kind: "CREATE" },
        input: {
          ...input,
          fields: {
            ...input.fields,
            reversibilityReasonEn: "Pins can be removed",
            endedOn: "2018-06-01",
            endPrecision: "MONTH",
          },
          participants: [{ personId: person.id, organisationId: organisation.id }],
        },
      }),
    );
    expect(both.fieldErrors).toEqual({
      "fields.endedOn": ["dateOrder"],
      "participants.0.personId": ["participantParty"],
    });
    expect(await publicCounts()).toEqual(before);

    const { id } = await data.proposeChange({
      actor: user,
      entityType: "RESTORATION_EFFORT",
      target: { kind: "CREATE" },
      input: { ...input, fields: { ...input.fields, reversibilityReasonEn: "Pins can be removed" } },
    });
    const row = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect(row.monumentId).toBe(BAALSHAMIN);
    expect((row.proposedData as { participants: unknown[] }).participants).toEqual([
      { personId: person.id, organisationId: null, roleEn: "Lead", roleAr: null },
      { personId: null, organisationId: organisation.id, roleEn: null, roleAr: null },
    ]);
    expect(await publicCounts()).toEqual({ ...before, changeRequests: before.changeRequests + 1 });
  });

  it("records a new source and a correction of an existing one", async () => {
    const user = await createUser(database.prisma);
    const fields = {
      title: "Palmyra's Baalshamin temple destroyed",
      outlet: "Example News",
      publishedOn: "2015-08-23",
      publishedPrecision: "DAY",
      url: "https://example.org/news",
      language: "en",
      kindCode: "news_article",
      reliabilityCode: "established_outlet",
    };
    const created = await data.proposeChange({
      actor: user,
      entityType: "SOURCE",
      target: { kind: "CREATE" },
      input: { fields },
    });
    const createdRow = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(createdRow.proposedData).toMatchObject({
      fields: { ...fields, titleAr: null },
      citations: [],
      newSources: [],
      mediaIds: [],
    });

    const source = await database.prisma.source.findFirstOrThrow();
    const correction = await data.proposeChange({
      actor: user,
      entityType: "SOURCE",
      target: { kind: "UPDATE", entityId: source.id, baseVersion: source.version },
      input: { fields: { ...fields, title: `${source.title} (corrected)` } },
    });
    expect(await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: correction.id } })).toMatchObject({
      entityType: "SOURCE",
      entityId: source.id,
      baseVersion: source.version,
      monumentId: null,
    });
    const badUrl = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "SOURCE",
        target: { kind: "CREATE" },
        input: { fields: { ...fields, url: "javascript:alert(1)" } },
      }),
    );
    expect(badUrl.fieldErrors).toEqual({ "fields.url": ["url"] });
  });
});

describe("my submissions", () => {
  it("lists the author's own proposals with their state, and withdraws and revises only their own open ones", async () => {
    const user = await createUser(database.prisma);
    const other = await createUser(database.prisma);
    const monument = await createMonument(database.prisma);
    const report = async () =>
      (
        await data.proposeChange({
          actor: user,
          entityType: "DAMAGE_REPORT",
          target: { kind: "CREATE" },
          input: await damageReportInput(),
        })
      ).id;
    const pending = await report();
    const approved = await report();
    const rejected = await report();
    const toWithdraw = await report();
    const edit = await data.proposeChange({
      actor: user,
      entityType: "MONUMENT",
      target: { kind: "UPDATE", entityId: monument.id, baseVersion: 1 },
      input: { fields: monumentFields(monument.siteId) },
    });
    const now = new Date();
    await database.prisma.changeRequest.update({
      where: { id: approved },
      data: { status: "APPROVED", reviewedAt: now, reviewerId: other.id },
    });
    await database.prisma.changeRequest.update({
      where: { id: rejected },
      data: { status: "REJECTED", reviewedAt: now, reviewerId: other.id, reviewReason: "No source for the date" },
    });
    // the monument moved on: the pending edit is out of date
    await database.prisma.monument.update({ where: { id: monument.id }, data: { version: 2 } });

    await expect(data.withdrawChangeRequest({ actor: other, id: toWithdraw })).rejects.toBeInstanceOf(FormErrorClass);
    await data.withdrawChangeRequest({ actor: user, id: toWithdraw });
    await expect(data.withdrawChangeRequest({ actor: user, id: approved })).rejects.toBeInstanceOf(FormErrorClass);

    const list = await data.listOwnChangeRequests({ actor: user });
    const byId = new Map(list.map((row) => [row.id, row]));
    expect(byId.get(pending)?.state).toBe("pending");
    expect(byId.get(approved)?.state).toBe("approved");
    expect(byId.get(rejected)).toMatchObject({
      state: "rejected",
      reviewReason: "No source for the date",
      decisionUnseen: true,
      canRevise: false,
    });
    expect(byId.get(toWithdraw)?.state).toBe("withdrawn");
    expect(byId.get(edit.id)?.state).toBe("outOfDate");
    expect(await data.listOwnChangeRequests({ actor: other })).toEqual([]);

    expect(await data.markDecisionsSeen({ actor: user })).toBe(2);
    expect(await data.countUnseenDecisions({ actor: user })).toBe(0);

    // revising: only the author, and an out-of-date edit against the current version
    const revised = { fields: monumentFields(monument.siteId, { nameEn: "Revised name" }) };
    await expect(
      data.reviseChangeRequest({
        actor: other,
        id: edit.id,
        target: { kind: "UPDATE", entityId: monument.id, baseVersion: 2 },
        input: revised,
      }),
    ).rejects.toBeInstanceOf(FormErrorClass);
    await data.reviseChangeRequest({
      actor: user,
      id: edit.id,
      target: { kind: "UPDATE", entityId: monument.id, baseVersion: 2 },
      input: revised,
    });
    const row = await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: edit.id } });
    expect(row).toMatchObject({ status: "PENDING", baseVersion: 2 });
    expect((row.proposedData as { fields: { nameEn: string } }).fields.nameEn).toBe("Revised name");
    expect((await data.listOwnChangeRequests({ actor: user })).find((r) => r.id === edit.id)?.state).toBe("pending");

    // a refused revision changes nothing
    await expectFormError(
      data.reviseChangeRequest({
        actor: user,
        id: pending,
        target: { kind: "CREATE" },
        input: await damageReportInput({ causeCode: "made_up" }),
      }),
    );
    expect(
      (await database.prisma.changeRequest.findUniqueOrThrow({ where: { id: pending } })).proposedData,
    ).toMatchObject({
      fields: { causeCode: "deliberate_destruction_explosives" },
    });
  });

  it("refuses another author's photo or one already attached", async () => {
    const user = await createUser(database.prisma);
    const other = await createUser(database.prisma);
    const media = await database.prisma.media.create({
      data: {
        storageKey: `k-${Date.now()}`,
        mimeType: "image/webp",
        width: 10,
        height: 10,
        byteSize: 10,
        credit: "x",
        licence: "y",
        uploadedById: other.id,
      },
    });
    const error = await expectFormError(
      data.proposeChange({
        actor: user,
        entityType: "DAMAGE_REPORT",
        target: { kind: "CREATE" },
        input: { ...(await damageReportInput()), mediaIds: [media.id] },
      }),
    );
    expect(error.fieldErrors).toEqual({ "mediaIds.0": ["notYourPhoto"] });
  });
});
