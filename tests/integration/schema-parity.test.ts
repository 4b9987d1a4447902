// Proves that the database built by prisma/migrations is the one schema.prisma describes.
// The migrations are hand-written (Prisma's migration engine cannot run on the project's
// machines), so this test is what keeps them honest. The comparison itself lives in
// tests/helpers/schema-parity.ts; this file runs it and proves that it can fail.

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemaWithDatabase } from "../helpers/schema-parity";

const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

// Indexes the migrations create on purpose although schema.prisma cannot declare them (e.g. a
// partial or expression index). Each entry needs a comment saying why it exists; without an
// entry here any index the schema does not declare fails the test.
const INDEXES_PRISMA_CANNOT_EXPRESS: readonly string[] = [
  // search (migration 20261123120000_search): a trigram GIN index for typo-tolerant name search,
  "MonumentSearch_names_trgm_idx",
  // a full-text GIN index on an expression (to_tsvector of the document),
  "MonumentSearch_document_fts_idx",
  // and a GIN index on the cause codes array for the cause facet (array overlap)
  "MonumentSearch_causeCodes_gin_idx",
];

// getDMMF loads Prisma's WASM schema engine, and each comparison reads the whole catalog.
const TIMEOUT_MS = 60_000;

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "TEST_DATABASE_URL is not set: the schema parity test needs a fresh PostgreSQL database on " +
        "which every migration in prisma/migrations has been applied (the Vitest globalSetup provides one).",
    );
  }
  return url;
}

function compare(schemaPath: string): Promise<string[]> {
  return compareSchemaWithDatabase({
    schemaPath,
    databaseUrl: testDatabaseUrl(),
    allowedExtraIndexes: INDEXES_PRISMA_CANNOT_EXPRESS,
  });
}

describe("migrated database matches prisma/schema.prisma", () => {
  it(
    "has every model, column, type, nullability, default, enum, key, index and foreign key, and nothing else",
    async () => {
      // Compared as a list so that a failure prints every mismatch, one per line.
      expect(await compare(SCHEMA_PATH)).toEqual([]);
    },
    TIMEOUT_MS,
  );
});

/** Replaces text inside one `model`/`enum` block; fails loudly if the block or text is not found. */
function editBlock(schema: string, header: string, edit: (block: string) => string): string {
  const start = schema.indexOf(`${header} {`);
  if (start < 0) throw new Error(`schema has no "${header}" block`);
  const end = schema.indexOf("\n}", start);
  const block = schema.slice(start, end);
  const edited = edit(block);
  // A mutation that silently does nothing would make its test pass for the wrong reason.
  if (edited === block)
    throw new Error(`edit of "${header}" changed nothing: the schema has moved on, update the test`);
  return schema.slice(0, start) + edited + schema.slice(end);
}

function replaceOnce(block: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(block)) throw new Error(`pattern ${pattern} not found`);
  return block.replace(pattern, replacement);
}

interface Mutation {
  what: string;
  edit: (schema: string) => string;
  /** Every string must appear in one and the same reported mismatch. */
  expectMismatch: readonly string[];
}

// Each mutation makes schema.prisma disagree with the migrated database in one way the parity
// check claims to cover; each must be reported, naming the model and field concerned.
const MUTATIONS: readonly Mutation[] = [
  {
    what: "a column the database lacks",
    edit: (s) => editBlock(s, "model Site", (b) => `${b}\n  foo String`),
    expectMismatch: ["Site.foo: column missing in database"],
  },
  {
    what: "a required field that the database has as nullable",
    edit: (s) =>
      editBlock(s, "model DamageReport", (b) => replaceOnce(b, /descriptionAr(\s+)String\?/, "descriptionAr$1String ")),
    expectMismatch: ["DamageReport.descriptionAr: nullable in DB but required in schema"],
  },
  {
    what: "an optional field that the database has as NOT NULL",
    edit: (s) => editBlock(s, "model Site", (b) => replaceOnce(b, /nameAr(\s+)String\n/, "nameAr$1String?\n")),
    expectMismatch: ["Site.nameAr: NOT NULL in DB but optional in schema"],
  },
  {
    what: "a different native type",
    edit: (s) => editBlock(s, "model Source", (b) => replaceOnce(b, /@db\.VarChar\(8\)/, "@db.VarChar(16)")),
    expectMismatch: ["Source.language: type is character varying(8) in DB but character varying(16) in schema"],
  },
  {
    what: "DateTime without @db.Timestamptz",
    edit: (s) => editBlock(s, "model SeedRun", (b) => replaceOnce(b, / @db\.Timestamptz\(3\)/, "")),
    expectMismatch: [
      "SeedRun.loadedAt: type is timestamp(3) with time zone in DB but timestamp(3) without time zone in schema",
    ],
  },
  {
    what: "a column of another enum",
    edit: (s) =>
      editBlock(s, "model Media", (b) =>
        replaceOnce(b, /takenPrecision(\s+)DatePrecision\?/, "takenPrecision$1LocationPrecision?"),
      ),
    expectMismatch: ['Media.takenPrecision: type is "DatePrecision" in DB but enum "LocationPrecision" in schema'],
  },
  {
    what: "a list of another type",
    edit: (s) =>
      editBlock(s, "model Person", (b) =>
        replaceOnce(b, /altNames(\s+)String\[\](\s+)@default\(\[\]\)/, "altNames$1Int[]$2@default([])"),
      ),
    expectMismatch: ["Person.altNames: type is text[] in DB but integer[] in schema"],
  },
  {
    what: "a different enum default",
    edit: (s) => editBlock(s, "model Monument", (b) => replaceOnce(b, /@default\(APPROXIMATE\)/, "@default(EXACT)")),
    expectMismatch: ["Monument.locationPrecision: default", "in DB but @default(EXACT) in schema"],
  },
  {
    what: "a different integer default",
    edit: (s) =>
      editBlock(s, "model Site", (b) =>
        replaceOnce(b, /version(\s+)Int(\s+)@default\(1\)/, "version$1Int$2@default(2)"),
      ),
    expectMismatch: ["Site.version: default 1 in DB but @default(2) in schema"],
  },
  {
    what: "a JSON default",
    edit: (s) => editBlock(s, "model Media", (b) => replaceOnce(b, /@default\("\[\]"\)/, '@default("{}")')),
    expectMismatch: ["Media.variants: default"],
  },
  {
    what: "a default the database lacks",
    edit: (s) =>
      editBlock(s, "model Media", (b) => replaceOnce(b, /credit(\s+)String/, 'credit$1String @default("unknown")')),
    expectMismatch: ["Media.credit: no default in DB"],
  },
  {
    what: "a database default the schema lacks",
    edit: (s) =>
      editBlock(s, "model User", (b) => replaceOnce(b, /role(\s+)Role(\s+)@default\(CONTRIBUTOR\)/, "role$1Role")),
    expectMismatch: ["User.role: default", "in DB but none in schema"],
  },
  {
    what: "an enum value the database lacks",
    edit: (s) => editBlock(s, "enum Role", (b) => `${b}\n  OWNER`),
    expectMismatch: ["enum Role: values are [CONTRIBUTOR, ADMIN] in DB but [CONTRIBUTOR, ADMIN, OWNER] in schema"],
  },
  {
    what: "a model the database lacks",
    edit: (s) => `${s}\nmodel Extra {\n  id String @id\n}\n`,
    expectMismatch: ['Extra: table "Extra" missing in database'],
  },
  {
    what: "a table the schema no longer declares",
    edit: (s) => s.replace(/model SeedRun \{[^}]*\}/, ""),
    expectMismatch: ['database has table "SeedRun" that the schema does not declare'],
  },
  {
    what: "a column the schema no longer declares",
    edit: (s) => editBlock(s, "model Site", (b) => replaceOnce(b, /\n\s+designationAr\s+String\?/, "")),
    expectMismatch: ['Site: database has column "designationAr"'],
  },
  {
    what: "an @@index the database lacks",
    edit: (s) => editBlock(s, "model Site", (b) => `${b}\n  @@index([nameEn])`),
    expectMismatch: ['Site: index "Site_nameEn_idx" btree (nameEn) missing in database'],
  },
  {
    what: "an index the schema no longer declares",
    edit: (s) => editBlock(s, "model Monument", (b) => replaceOnce(b, /\n\s+@@index\(\[parentId\]\)/, "")),
    expectMismatch: ['Monument: database has index "Monument_parentId_idx"'],
  },
  {
    what: "columns of a composite index in another order",
    edit: (s) =>
      editBlock(s, "model ControlPeriod", (b) =>
        replaceOnce(b, /@@index\(\[siteId, startDate\]\)/, "@@index([startDate, siteId])"),
      ),
    expectMismatch: ["ControlPeriod: index", "ControlPeriod_startDate_siteId_idx", "missing in database"],
  },
  {
    what: "a unique constraint the schema no longer declares",
    edit: (s) => editBlock(s, "model Site", (b) => replaceOnce(b, /slug(\s+)String(\s+)@unique/, "slug$1String$2")),
    expectMismatch: ['Site: database has index "Site_slug_key" UNIQUE btree (slug)'],
  },
  {
    what: "an @@unique the database lacks",
    edit: (s) => editBlock(s, "model Citation", (b) => `${b}\n  @@unique([sourceId, siteId])`),
    expectMismatch: [
      'Citation: unique index "Citation_sourceId_siteId_key" UNIQUE btree (sourceId, siteId) missing in database',
    ],
  },
  {
    what: "a different ON DELETE action",
    edit: (s) =>
      editBlock(s, "model Citation", (b) =>
        replaceOnce(
          b,
          /(site\s+Site\?\s+@relation\(fields: \[siteId\], references: \[id\], onDelete: )Cascade/,
          "$1SetNull",
        ),
      ),
    expectMismatch: ["Citation.site: ON DELETE is CASCADE in DB but SET NULL in schema"],
  },
  {
    what: "the default ON DELETE of an optional relation (SetNull) where the database restricts",
    edit: (s) =>
      editBlock(s, "model Revision", (b) =>
        replaceOnce(
          b,
          /(actor\s+User\?\s+@relation\(fields: \[actorId\], references: \[id\]), onDelete: Restrict/,
          "$1",
        ),
      ),
    expectMismatch: ["Revision.actor: ON DELETE is RESTRICT in DB but SET NULL in schema"],
  },
  {
    what: "a primary key under another name",
    edit: (s) => editBlock(s, "model SeedRun", (b) => replaceOnce(b, /@id\b/, '@id(map: "SeedRun_name_pk")')),
    expectMismatch: ['SeedRun: primary key is named "SeedRun_pkey" in DB but Prisma names it "SeedRun_name_pk"'],
  },
  {
    what: "a relation removed while the database keeps its foreign key",
    edit: (s) =>
      editBlock(
        editBlock(s, "model DamageReport", (b) => replaceOnce(b, /\n\s+recordedBy\s+User\?[^\n]*/, "")),
        "model User",
        (b) => replaceOnce(b, /\n\s+damageReports\s+DamageReport\[\][^\n]*/, ""),
      ),
    expectMismatch: [
      'DamageReport: database has foreign key "DamageReport_recordedById_fkey" (recordedById) -> "User"(id)',
    ],
  },
  {
    what: "a relation the database has no foreign key for",
    edit: (s) =>
      editBlock(s, "model SeedRun", (b) =>
        replaceOnce(
          b,
          /name(\s+)String(\s+)@id/,
          "name$1String$2@id\n  userId String?\n  user User? @relation(fields: [userId], references: [id])",
        ),
      ).replace(/(auditEntries\s+AuditLog\[\])/, "$1\n  seedRuns SeedRun[]"),
    expectMismatch: ['SeedRun.user: foreign key "SeedRun_userId_fkey" (userId) -> "User"(id) missing in database'],
  },
];

describe("the parity check reports drift", () => {
  let workDir: string;
  let schema: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), "schema-parity-"));
    schema = await readFile(SCHEMA_PATH, "utf8");
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it.each(MUTATIONS.map((m) => [m.what, m] as const))(
    "when the schema has %s",
    async (_what, mutation) => {
      const mutatedPath = path.join(workDir, `${mutation.what.replace(/\W+/g, "-")}.prisma`);
      await writeFile(mutatedPath, mutation.edit(schema));
      const mismatches = await compare(mutatedPath);
      const matching = mismatches.filter((m) => mutation.expectMismatch.every((part) => m.includes(part)));
      expect(matching, `reported instead:\n${mismatches.join("\n")}`).toHaveLength(1);
    },
    TIMEOUT_MS,
  );
});
