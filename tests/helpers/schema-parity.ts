// Compares prisma/schema.prisma with a migrated PostgreSQL database and lists every difference.
//
// Why this exists: Prisma's migration engine cannot be downloaded on the project's machines, so
// the migrations are written by hand. Nothing else would notice a hand-written migration that
// drifts from the schema until Prisma's client meets the real table at run time. This module
// derives, from the schema's DMMF, what `prisma migrate dev` would have created (Prisma's column
// types, defaults and constraint names), reads what the database actually has from pg_catalog,
// and reports each difference as one readable line.
//
// What it deliberately ignores: CHECK constraints, functions and triggers (Prisma cannot express
// them, so the migrations add them by hand and Prisma's own diff ignores them too), sequences,
// views, and tables listed in `ignoredTables`.
//
// No side effects at import; the only I/O is reading the schema file and catalog queries inside a
// READ ONLY transaction.

import { readFile } from "node:fs/promises";
import { isDeepStrictEqual } from "node:util";
// @prisma/internals is CommonJS without named exports Node's ESM loader can detect.
import prismaInternals from "@prisma/internals";
import { Client } from "pg";

type Document = Awaited<ReturnType<typeof prismaInternals.getDMMF>>;
type Datamodel = Document["datamodel"];
type DmmfModel = Datamodel["models"][number];
type DmmfField = DmmfModel["fields"][number];
type DmmfIndex = Datamodel["indexes"][number];

// ---------------------------------------------------------------------------------------------
// The two sides
// ---------------------------------------------------------------------------------------------

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

/** How a default is compared: the same JSON-ish value can mean different things per type. */
type ValueKind = "number" | "bigint" | "string" | "boolean" | "json" | "datetime" | "bytes";

export type ExpectedDefault =
  | { kind: "none" }
  | { kind: "autoincrement" }
  | { kind: "now" }
  | { kind: "value"; value: unknown; valueKind: ValueKind; display: string }
  | { kind: "list"; values: readonly unknown[]; valueKind: ValueKind; display: string }
  // dbgenerated("expr"): the database must have some default; its text is not compared because
  // PostgreSQL rewrites expressions (casts, spacing) when it stores them.
  | { kind: "dbgenerated"; expression: string }
  // dbgenerated() without an argument: the default is managed outside Prisma; nothing to check.
  | { kind: "unchecked" };

export type ExpectedType =
  | { kind: "builtin"; formatted: string }
  | { kind: "enum"; name: string; isList: boolean }
  | { kind: "unsupported"; reason: string };

export interface ExpectedColumn {
  field: string;
  column: string;
  type: ExpectedType;
  nullable: boolean;
  isList: boolean;
  default: ExpectedDefault;
}

export interface ExpectedIndex {
  name: string;
  unique: boolean;
  method: string;
  columns: readonly string[];
  descending: readonly boolean[];
  problems: readonly string[];
}

export interface ExpectedForeignKey {
  relationField: string;
  name: string;
  columns: readonly string[];
  referencedTable: string;
  referencedColumns: readonly string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface ExpectedTable {
  model: string;
  table: string;
  columns: readonly ExpectedColumn[];
  primaryKey: { name: string; columns: readonly string[] } | null;
  indexes: readonly ExpectedIndex[];
  foreignKeys: readonly ExpectedForeignKey[];
}

export interface ExpectedEnum {
  name: string;
  dbName: string;
  values: readonly string[];
}

export interface ExpectedSchema {
  tables: readonly ExpectedTable[];
  enums: readonly ExpectedEnum[];
  /** Schema features this checker cannot verify: reported as mismatches rather than skipped. */
  unsupported: readonly string[];
}

export type DatabaseDefault =
  | { kind: "none" }
  | { kind: "sequence"; expression: string; ownedSequence: string | null }
  | { kind: "now"; expression: string }
  | { kind: "value"; expression: string; json: unknown; text: string | null }
  | { kind: "unevaluable"; expression: string; error: string };

export interface DatabaseColumn {
  table: string;
  name: string;
  notNull: boolean;
  formatted: string;
  baseTypeName: string;
  isEnum: boolean;
  isArray: boolean;
  identity: string;
  generated: string;
  default: DatabaseDefault;
}

export interface DatabaseIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  method: string;
  /** null where the index has an expression instead of a column */
  columns: readonly (string | null)[];
  descending: readonly boolean[];
  includeColumns: readonly string[];
  predicate: string | null;
}

export interface DatabaseForeignKey {
  table: string;
  name: string;
  columns: readonly string[];
  referencedTable: string;
  referencedColumns: readonly string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface DatabaseSchema {
  tables: readonly string[];
  columns: readonly DatabaseColumn[];
  primaryKeys: readonly { table: string; name: string; columns: readonly string[] }[];
  indexes: readonly DatabaseIndex[];
  foreignKeys: readonly DatabaseForeignKey[];
  enums: readonly { name: string; values: readonly string[] }[];
}

export interface DiffOptions {
  /** Tables the schema does not model but the database legitimately has. */
  ignoredTables?: readonly string[];
  /** Index names the migrations add on purpose although schema.prisma cannot declare them. */
  allowedExtraIndexes?: readonly string[];
}

export interface CompareOptions extends DiffOptions {
  schemaPath: string;
  databaseUrl: string;
}

/** Prisma's own bookkeeping table: present in every migrated database, never in the schema. */
export const PRISMA_MIGRATIONS_TABLE = "_prisma_migrations";

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

/** Returns one line per difference between schema.prisma and the database; empty when they match. */
export async function compareSchemaWithDatabase(options: CompareOptions): Promise<string[]> {
  const datamodel = await readDatamodel(options.schemaPath);
  const expected = expectedSchemaFromDatamodel(datamodel);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  let actual: DatabaseSchema;
  try {
    actual = await readDatabaseSchema(client);
  } finally {
    await client.end();
  }
  return diffSchemas(expected, actual, options);
}

export async function readDatamodel(schemaPath: string): Promise<Datamodel> {
  const source = await readFile(schemaPath, "utf8");
  const document = await prismaInternals.getDMMF({ datamodel: source });
  return document.datamodel;
}

// ---------------------------------------------------------------------------------------------
// Schema side: what `prisma migrate dev` would create for PostgreSQL
// ---------------------------------------------------------------------------------------------

// PostgreSQL's limit; Prisma truncates generated names to fit it.
const MAX_IDENTIFIER_LENGTH = 63;

/** Prisma's default constraint/index name: Table_col1_col2_suffix, truncated to 63 bytes. */
export function prismaConstraintName(table: string, columns: readonly string[], suffix: string): string {
  const base = columns.length > 0 ? `${table}_${columns.join("_")}` : table;
  const room = MAX_IDENTIFIER_LENGTH - suffix.length - 1;
  return `${base.length > room ? base.slice(0, room) : base}_${suffix}`;
}

// Prisma's PostgreSQL type for each scalar type without a native-type attribute.
const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// What format_type() prints for each @db.* native type; `args` are the attribute's arguments.
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Text: () => "text",
  Char: (a) => withArgs("character", a),
  VarChar: (a) => withArgs("character varying", a),
  Bit: (a) => withArgs("bit", a),
  VarBit: (a) => withArgs("bit varying", a),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Integer: () => "integer",
  SmallInt: () => "smallint",
  Oid: () => "oid",
  BigInt: () => "bigint",
  DoublePrecision: () => "double precision",
  Real: () => "real",
  Decimal: (a) => withArgs("numeric", a),
  Money: () => "money",
  Timestamp: (a) => `${withArgs("timestamp", a)} without time zone`,
  Timestamptz: (a) => `${withArgs("timestamp", a)} with time zone`,
  Date: () => "date",
  Time: (a) => `${withArgs("time", a)} without time zone`,
  Timetz: (a) => `${withArgs("time", a)} with time zone`,
  Boolean: () => "boolean",
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

function withArgs(name: string, args: readonly string[]): string {
  return args.length > 0 ? `${name}(${args.join(",")})` : name;
}

const VALUE_KINDS: Record<string, ValueKind> = {
  String: "string",
  Int: "number",
  Float: "number",
  Decimal: "number",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "datetime",
  Json: "json",
  Bytes: "bytes",
};

export function expectedSchemaFromDatamodel(datamodel: Datamodel): ExpectedSchema {
  const unsupported: string[] = [];
  const modelsByName = new Map(datamodel.models.map((m) => [m.name, m]));
  const enumsByName = new Map(datamodel.enums.map((e) => [e.name, e]));

  const tableName = (model: DmmfModel): string => model.dbName ?? model.name;
  const columnName = (model: DmmfModel, fieldName: string): string => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  const enums: ExpectedEnum[] = datamodel.enums.map((e) => ({
    name: e.name,
    dbName: e.dbName ?? e.name,
    values: e.values.map((v) => v.dbName ?? v.name),
  }));

  const tables: ExpectedTable[] = datamodel.models.map((model) => {
    const table = tableName(model);
    const qualified = (field: string) => `${model.name}.${field}`;

    const columns: ExpectedColumn[] = model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((field) => {
        const enumDef = field.kind === "enum" ? enumsByName.get(field.type) : undefined;
        return {
          field: field.name,
          column: field.dbName ?? field.name,
          type: expectedType(field, enumDef?.dbName ?? field.type),
          // Prisma creates scalar-list columns without NOT NULL even though the client treats
          // them as required; matching that keeps `prisma migrate diff` free of drift.
          nullable: !field.isRequired || field.isList,
          isList: field.isList,
          default: expectedDefault(field, enumDef, (msg) => unsupported.push(`${qualified(field.name)}: ${msg}`)),
        };
      });

    for (const field of model.fields) {
      if (field.kind === "unsupported") {
        unsupported.push(`${qualified(field.name)}: Unsupported("…") fields are not checked by the parity test`);
      }
      if (field.kind === "object" && field.isList && (field.relationFromFields ?? []).length === 0) {
        const opposite = modelsByName
          .get(field.type)
          ?.fields.find((f) => f.relationName === field.relationName && f !== field);
        if (opposite?.isList) {
          unsupported.push(
            `${qualified(field.name)}: implicit many-to-many relations (join table _${field.relationName}) are not checked by the parity test`,
          );
        }
      }
    }

    const modelIndexes = datamodel.indexes.filter((i) => i.model === model.name);
    const idIndex = modelIndexes.find((i) => i.type === "id");
    const primaryKey = idIndex
      ? (() => {
          const cols = idIndex.fields.map((f) => columnName(model, f.name));
          return { name: idIndex.dbName ?? prismaConstraintName(table, [], "pkey"), columns: cols };
        })()
      : null;

    const indexes: ExpectedIndex[] = modelIndexes
      .filter((i) => i.type !== "id")
      .map((index) => expectedIndex(model, table, index, columnName));

    const foreignKeys: ExpectedForeignKey[] = model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields ?? []).length > 0)
      .map((field) => {
        const target = modelsByName.get(field.type);
        const fromFields = field.relationFromFields ?? [];
        const columnsFrom = fromFields.map((f) => columnName(model, f));
        return {
          relationField: field.name,
          // The DMMF does not expose @relation(map: "…"), so a mapped foreign key shows up as a
          // name mismatch; teach this function the name if the schema ever uses `map` there.
          name: prismaConstraintName(table, columnsFrom, "fkey"),
          columns: columnsFrom,
          referencedTable: target ? tableName(target) : field.type,
          referencedColumns: (field.relationToFields ?? []).map((f) => (target ? columnName(target, f) : f)),
          // The DMMF leaves these out when the schema does not set them; these are Prisma's
          // documented defaults (SetNull only when the relation is optional).
          onDelete: toAction(field.relationOnDelete) ?? (field.isRequired ? "Restrict" : "SetNull"),
          onUpdate: toAction(field.relationOnUpdate) ?? "Cascade",
        };
      });

    return { model: model.name, table, columns, primaryKey, indexes, foreignKeys };
  });

  return { tables, enums, unsupported };
}

function expectedType(field: DmmfField, enumDbName: string): ExpectedType {
  if (field.kind === "enum") return { kind: "enum", name: enumDbName, isList: field.isList };
  const suffix = field.isList ? "[]" : "";
  if (field.nativeType) {
    const [nativeName, args] = field.nativeType;
    const render = NATIVE_TYPES[nativeName];
    if (!render) return { kind: "unsupported", reason: `native type @db.${nativeName} is unknown to the parity test` };
    return { kind: "builtin", formatted: render(args) + suffix };
  }
  const base = SCALAR_TYPES[field.type];
  if (!base) return { kind: "unsupported", reason: `type ${field.type} is unknown to the parity test` };
  return { kind: "builtin", formatted: base + suffix };
}

function expectedDefault(
  field: DmmfField,
  enumDef: Datamodel["enums"][number] | undefined,
  reportUnsupported: (message: string) => void,
): ExpectedDefault {
  if (!field.hasDefaultValue || field.default === undefined) return { kind: "none" };
  const value = field.default;
  const valueKind: ValueKind = field.kind === "enum" ? "string" : (VALUE_KINDS[field.type] ?? "string");
  // Shown the way the schema writes it: enum values bare, strings quoted.
  const display = (v: unknown): string => (enumDef ? String(v) : JSON.stringify(v));
  // Enum defaults are written with the Prisma value name; the database stores its @map name.
  const toDb = (v: unknown): unknown => (enumDef ? (enumDef.values.find((ev) => ev.name === v)?.dbName ?? v) : v);

  if (Array.isArray(value)) {
    const values = value.map(toDb);
    return { kind: "list", values, valueKind, display: `[${values.map(display).join(", ")}]` };
  }
  if (typeof value === "object" && value !== null && "name" in value) {
    switch (value.name) {
      case "autoincrement":
        return { kind: "autoincrement" };
      case "now":
        return { kind: "now" };
      // Generated by Prisma's client, so the column has no database default.
      case "cuid":
      case "uuid":
      case "nanoid":
      case "ulid":
        return { kind: "none" };
      case "dbgenerated": {
        const expression = value.args[0];
        return typeof expression === "string" && expression.length > 0
          ? { kind: "dbgenerated", expression }
          : { kind: "unchecked" };
      }
      default:
        reportUnsupported(`default function ${value.name}() is unknown to the parity test`);
        return { kind: "unchecked" };
    }
  }
  const dbValue = toDb(value);
  return { kind: "value", value: dbValue, valueKind, display: display(dbValue) };
}

function expectedIndex(
  model: DmmfModel,
  table: string,
  index: DmmfIndex,
  columnName: (model: DmmfModel, field: string) => string,
): ExpectedIndex {
  const columns = index.fields.map((f) => columnName(model, f.name));
  const problems: string[] = [];
  if (index.type === "fulltext") problems.push("fulltext indexes do not exist on PostgreSQL");
  for (const f of index.fields) {
    if (f.operatorClass)
      problems.push(`operator class ${f.operatorClass} on ${f.name} is not checked by the parity test`);
    if (f.length !== undefined) problems.push(`length on ${f.name} is MySQL-only`);
  }
  const unique = index.type === "unique";
  return {
    name: index.dbName ?? prismaConstraintName(table, columns, unique ? "key" : "idx"),
    unique,
    method: (index.algorithm ?? "BTree").toLowerCase(),
    columns,
    descending: index.fields.map((f) => f.sortOrder === "desc"),
    problems,
  };
}

const ACTIONS: Record<string, ReferentialAction> = {
  Cascade: "Cascade",
  Restrict: "Restrict",
  NoAction: "NoAction",
  SetNull: "SetNull",
  SetDefault: "SetDefault",
};

function toAction(value: string | undefined): ReferentialAction | undefined {
  return value === undefined ? undefined : ACTIONS[value];
}

// ---------------------------------------------------------------------------------------------
// Database side
// ---------------------------------------------------------------------------------------------

// pg_constraint.confdeltype / confupdtype codes.
const PG_ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

/** Reads the current schema (search_path's first entry) of the connected database. */
export async function readDatabaseSchema(client: Client): Promise<DatabaseSchema> {
  // READ ONLY so that evaluating stored default expressions below can never write anything.
  await client.query("BEGIN READ ONLY");
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
        ORDER BY c.relname`,
    );

    const columns = await client.query<{
      table: string;
      name: string;
      not_null: boolean;
      formatted: string;
      base_type_name: string;
      base_type_type: string;
      is_array: boolean;
      identity: string;
      generated: string;
      default_expression: string | null;
      owned_sequence: string | null;
    }>(
      `SELECT c.relname AS table,
              a.attname AS name,
              a.attnotnull AS not_null,
              format_type(a.atttypid, a.atttypmod) AS formatted,
              coalesce(et.typname, t.typname) AS base_type_name,
              coalesce(et.typtype, t.typtype)::text AS base_type_type,
              (et.oid IS NOT NULL) AS is_array,
              a.attidentity::text AS identity,
              a.attgenerated::text AS generated,
              pg_get_expr(d.adbin, d.adrelid) AS default_expression,
              pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS owned_sequence
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY c.relname, a.attnum`,
    );

    const databaseColumns: DatabaseColumn[] = [];
    for (const row of columns.rows) {
      databaseColumns.push({
        table: row.table,
        name: row.name,
        notNull: row.not_null,
        formatted: row.formatted,
        baseTypeName: row.base_type_name,
        isEnum: row.base_type_type === "e",
        isArray: row.is_array,
        identity: row.identity,
        generated: row.generated,
        default: await describeDefault(client, row.default_expression, row.owned_sequence),
      });
    }

    const primaryKeys = await client.query<{ table: string; name: string; columns: string[] }>(
      `SELECT t.relname AS table, c.conname AS name,
              (SELECT json_agg(a.attname ORDER BY k.ord)
                 FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = current_schema() AND c.contype = 'p'
        ORDER BY t.relname`,
    );

    const indexes = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      method: string;
      key_count: number;
      columns: (string | null)[];
      options: number[];
      predicate: string | null;
    }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              am.amname AS method, ix.indnkeyatts AS key_count,
              (SELECT json_agg(a.attname ORDER BY k.ord)
                 FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                 LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum) AS columns,
              (SELECT json_agg(o.opt ORDER BY o.ord)
                 FROM unnest(ix.indoption::int2[]) WITH ORDINALITY o(opt, ord)) AS options,
              pg_get_expr(ix.indpred, ix.indrelid) AS predicate
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')
        ORDER BY t.relname, i.relname`,
    );

    const foreignKeys = await client.query<{
      table: string;
      name: string;
      columns: string[];
      referenced_table: string;
      referenced_columns: string[];
      on_delete: string;
      on_update: string;
    }>(
      `SELECT t.relname AS table, c.conname AS name, rt.relname AS referenced_table,
              (SELECT json_agg(a.attname ORDER BY k.ord)
                 FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT json_agg(a.attname ORDER BY k.ord)
                 FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns,
              c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_class rt ON rt.oid = c.confrelid
        WHERE n.nspname = current_schema() AND c.contype = 'f'
        ORDER BY t.relname, c.conname`,
    );

    const enums = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS values
         FROM pg_type t
         JOIN pg_namespace n ON n.oid = t.typnamespace
         JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = current_schema()
        GROUP BY t.typname
        ORDER BY t.typname`,
    );

    return {
      tables: tables.rows.map((r) => r.name),
      columns: databaseColumns,
      primaryKeys: primaryKeys.rows.map((r) => ({ table: r.table, name: r.name, columns: r.columns })),
      indexes: indexes.rows.map((r) => ({
        table: r.table,
        name: r.name,
        unique: r.unique,
        primary: r.primary,
        method: r.method,
        columns: r.columns.slice(0, r.key_count),
        // Bit 0 of indoption is DESC.
        descending: r.options.slice(0, r.key_count).map((o) => (o & 1) === 1),
        includeColumns: r.columns.slice(r.key_count).map((c) => c ?? "<expression>"),
        predicate: r.predicate,
      })),
      foreignKeys: foreignKeys.rows.map((r) => ({
        table: r.table,
        name: r.name,
        columns: r.columns,
        referencedTable: r.referenced_table,
        referencedColumns: r.referenced_columns,
        onDelete: PG_ACTIONS[r.on_delete] ?? "NoAction",
        onUpdate: PG_ACTIONS[r.on_update] ?? "NoAction",
      })),
      enums: enums.rows.map((r) => ({ name: r.name, values: r.values })),
    };
  } finally {
    await client.query("ROLLBACK");
  }
}

const NOW_EXPRESSIONS = new Set(["CURRENT_TIMESTAMP", "now()"]);

// PostgreSQL stores defaults as rewritten expressions ('[]'::jsonb, ARRAY[]::text[],
// 'PENDING'::"ChangeRequestStatus"), and how it prints them varies between versions. Comparing
// the value the expression evaluates to is what matters and is stable, so literal defaults are
// evaluated; sequences and clocks are recognised by shape because their value changes.
async function describeDefault(
  client: Client,
  expression: string | null,
  ownedSequence: string | null,
): Promise<DatabaseDefault> {
  if (expression === null) return { kind: "none" };
  if (/^nextval\(/i.test(expression)) return { kind: "sequence", expression, ownedSequence };
  if (NOW_EXPRESSIONS.has(expression)) return { kind: "now", expression };
  await client.query("SAVEPOINT parity_default");
  try {
    // The expression comes from this database's own catalog, not from user input.
    const result = await client.query<{ json: unknown; text: string | null }>(
      `SELECT to_jsonb((${expression})) AS json, (${expression})::text AS text`,
    );
    await client.query("RELEASE SAVEPOINT parity_default");
    const row = result.rows[0];
    return { kind: "value", expression, json: row?.json ?? null, text: row?.text ?? null };
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT parity_default");
    return { kind: "unevaluable", expression, error: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

const ACTION_SQL: Record<ReferentialAction, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

export function diffSchemas(expected: ExpectedSchema, actual: DatabaseSchema, options: DiffOptions = {}): string[] {
  const ignoredTables = new Set(options.ignoredTables ?? [PRISMA_MIGRATIONS_TABLE]);
  const allowedExtraIndexes = new Set(options.allowedExtraIndexes ?? []);
  const out: string[] = [...expected.unsupported];

  // Enums
  const dbEnums = new Map(actual.enums.map((e) => [e.name, e]));
  for (const e of expected.enums) {
    const dbEnum = dbEnums.get(e.dbName);
    if (!dbEnum) {
      out.push(`enum ${e.name}: type "${e.dbName}" missing in database`);
      continue;
    }
    if (!isDeepStrictEqual([...dbEnum.values], [...e.values])) {
      out.push(`enum ${e.name}: values are ${list(dbEnum.values)} in DB but ${list(e.values)} in schema`);
    }
  }
  const expectedEnumNames = new Set(expected.enums.map((e) => e.dbName));
  for (const e of actual.enums) {
    if (!expectedEnumNames.has(e.name)) out.push(`database has enum "${e.name}" that the schema does not declare`);
  }

  // Tables
  const dbTables = new Set(actual.tables);
  const expectedTables = new Set(expected.tables.map((t) => t.table));
  for (const table of actual.tables) {
    if (!expectedTables.has(table) && !ignoredTables.has(table)) {
      out.push(`database has table "${table}" that the schema does not declare`);
    }
  }

  for (const table of expected.tables) {
    if (!dbTables.has(table.table)) {
      out.push(`${table.model}: table "${table.table}" missing in database`);
      continue;
    }
    out.push(
      ...diffColumns(
        table,
        actual.columns.filter((c) => c.table === table.table),
      ),
    );
    out.push(
      ...diffPrimaryKey(
        table,
        actual.primaryKeys.find((p) => p.table === table.table),
      ),
    );
    out.push(
      ...diffIndexes(
        table,
        actual.indexes.filter((i) => i.table === table.table && !i.primary),
        allowedExtraIndexes,
      ),
    );
    out.push(
      ...diffForeignKeys(
        table,
        actual.foreignKeys.filter((f) => f.table === table.table),
      ),
    );
  }
  return out;
}

function diffColumns(table: ExpectedTable, dbColumns: readonly DatabaseColumn[]): string[] {
  const out: string[] = [];
  const byName = new Map(dbColumns.map((c) => [c.name, c]));
  for (const column of table.columns) {
    const where = `${table.model}.${column.field}`;
    const db = byName.get(column.column);
    if (!db) {
      out.push(
        `${where}: column missing in database${column.column === column.field ? "" : ` (expected "${column.column}")`}`,
      );
      continue;
    }
    const typeProblem = compareType(column.type, db);
    if (typeProblem) out.push(`${where}: ${typeProblem}`);

    if (column.nullable && db.notNull) {
      out.push(
        column.isList
          ? `${where}: NOT NULL in DB but Prisma creates list columns nullable`
          : `${where}: NOT NULL in DB but optional in schema`,
      );
    } else if (!column.nullable && !db.notNull) {
      out.push(`${where}: nullable in DB but required in schema`);
    }
    if (db.generated !== "") out.push(`${where}: generated column in DB, Prisma creates a plain column`);
    if (db.identity !== "") out.push(`${where}: identity column in DB, Prisma creates SERIAL/BIGSERIAL`);

    const defaultProblem = compareDefault(column, db);
    if (defaultProblem) out.push(`${where}: ${defaultProblem}`);
  }
  const expectedColumns = new Set(table.columns.map((c) => c.column));
  for (const db of dbColumns) {
    if (!expectedColumns.has(db.name)) {
      out.push(`${table.model}: database has column "${db.name}" (${db.formatted}) that the schema does not declare`);
    }
  }
  return out;
}

function compareType(type: ExpectedType, db: DatabaseColumn): string | null {
  switch (type.kind) {
    case "unsupported":
      return type.reason;
    case "enum": {
      const wanted = `enum "${type.name}"${type.isList ? "[]" : ""}`;
      const ok = db.isEnum && db.baseTypeName === type.name && db.isArray === type.isList;
      return ok ? null : `type is ${db.formatted} in DB but ${wanted} in schema`;
    }
    case "builtin":
      return db.formatted === type.formatted ? null : `type is ${db.formatted} in DB but ${type.formatted} in schema`;
  }
}

function compareDefault(column: ExpectedColumn, db: DatabaseColumn): string | null {
  const wanted = column.default;
  const dbDefault = db.default;
  const dbText = "expression" in dbDefault ? dbDefault.expression : "";
  switch (wanted.kind) {
    case "unchecked":
      return null;
    case "none":
      return dbDefault.kind === "none" ? null : `default ${dbText} in DB but none in schema`;
    case "autoincrement":
      if (dbDefault.kind !== "sequence") {
        return dbDefault.kind === "none"
          ? "no default in DB but @default(autoincrement()) in schema"
          : `default ${dbText} in DB but @default(autoincrement()) in schema`;
      }
      return dbDefault.ownedSequence === null
        ? `default ${dbText} uses a sequence the column does not own; Prisma creates SERIAL`
        : null;
    case "now":
      if (dbDefault.kind === "now") return null;
      return dbDefault.kind === "none"
        ? "no default in DB but @default(now()) in schema"
        : `default ${dbText} in DB but @default(now()) in schema`;
    case "dbgenerated":
      return dbDefault.kind === "none"
        ? `no default in DB but @default(dbgenerated("${wanted.expression}")) in schema`
        : null;
    case "value":
    case "list": {
      if (dbDefault.kind === "none") return `no default in DB but @default(${wanted.display}) in schema`;
      if (dbDefault.kind === "unevaluable") {
        return `default ${dbText} in DB could not be evaluated (${dbDefault.error}); schema has @default(${wanted.display})`;
      }
      if (dbDefault.kind !== "value") return `default ${dbText} in DB but @default(${wanted.display}) in schema`;
      const same =
        wanted.kind === "list"
          ? Array.isArray(dbDefault.json) &&
            dbDefault.json.length === wanted.values.length &&
            wanted.values.every((v, i) => sameValue(wanted.valueKind, v, (dbDefault.json as unknown[])[i], null))
          : sameValue(wanted.valueKind, wanted.value, dbDefault.json, dbDefault.text);
      return same ? null : `default ${dbText} in DB but @default(${wanted.display}) in schema`;
    }
  }
}

function sameValue(kind: ValueKind, wanted: unknown, dbJson: unknown, dbText: string | null): boolean {
  switch (kind) {
    case "number":
      return Number(dbJson) === Number(wanted);
    case "bigint":
      // Compared as text: a BIGINT beyond 2^53 does not survive a trip through a JS number.
      try {
        return BigInt(String(dbText ?? dbJson)) === BigInt(String(wanted));
      } catch {
        return false;
      }
    case "boolean":
      return dbJson === wanted;
    case "string":
      return dbJson === wanted;
    case "json": {
      // jsonb normalises key order and whitespace; compare parsed documents.
      if (typeof wanted !== "string") return false;
      try {
        return isDeepStrictEqual(dbJson, JSON.parse(wanted));
      } catch {
        return false;
      }
    }
    case "datetime": {
      if (typeof dbJson !== "string" || typeof wanted !== "string") return false;
      return parseInstant(dbJson) === parseInstant(wanted);
    }
    case "bytes":
      // bytea prints as \x<hex>; the schema's literal is base64.
      return typeof dbJson === "string" && typeof wanted === "string"
        ? dbJson.replace(/^\\x/, "") === Buffer.from(wanted, "base64").toString("hex")
        : false;
  }
}

/** PostgreSQL prints timestamp and date values without an offset: read those as UTC. */
function parseInstant(text: string): number {
  const iso = text.trim().replace(/^(\d{4}-\d{2}-\d{2}) /, "$1T");
  const needsZone = iso.includes("T") && !/(Z|[+-]\d\d(:?\d\d)?)$/.test(iso);
  return Date.parse(needsZone ? `${iso}Z` : iso);
}

function diffPrimaryKey(table: ExpectedTable, db: { name: string; columns: readonly string[] } | undefined): string[] {
  const wanted = table.primaryKey;
  if (!wanted) {
    return db
      ? [`${table.model}: database has primary key "${db.name}" ${cols(db.columns)} but the schema declares none`]
      : [];
  }
  if (!db) return [`${table.model}: primary key "${wanted.name}" ${cols(wanted.columns)} missing in database`];
  const out: string[] = [];
  if (!isDeepStrictEqual([...db.columns], [...wanted.columns])) {
    out.push(`${table.model}: primary key is ${cols(db.columns)} in DB but ${cols(wanted.columns)} in schema`);
  }
  if (db.name !== wanted.name) {
    out.push(`${table.model}: primary key is named "${db.name}" in DB but Prisma names it "${wanted.name}"`);
  }
  return out;
}

function expectedIndexShape(index: ExpectedIndex): string {
  const columns = index.columns.map((c, i) => (index.descending[i] ? `${c} DESC` : c));
  return `${index.unique ? "UNIQUE " : ""}${index.method} (${columns.join(", ")})`;
}

function databaseIndexShape(index: DatabaseIndex): string {
  const columns = index.columns.map((c, i) => `${c ?? "<expression>"}${index.descending[i] ? " DESC" : ""}`);
  return (
    `${index.unique ? "UNIQUE " : ""}${index.method} (${columns.join(", ")})` +
    (index.includeColumns.length > 0 ? ` INCLUDE (${index.includeColumns.join(", ")})` : "") +
    (index.predicate ? ` WHERE ${index.predicate}` : "")
  );
}

function diffIndexes(
  table: ExpectedTable,
  dbIndexes: readonly DatabaseIndex[],
  allowedExtraIndexes: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const unmatched = new Map(dbIndexes.map((i) => [i.name, i]));
  const kind = (i: ExpectedIndex) => (i.unique ? "unique index" : "index");
  const pending: ExpectedIndex[] = [];

  // Names first: an index that exists under its expected name but differs is a changed index,
  // not a missing one plus an extra one.
  for (const index of table.indexes) {
    for (const problem of index.problems) out.push(`${table.model}: ${kind(index)} "${index.name}": ${problem}`);
    const db = unmatched.get(index.name);
    if (!db) {
      pending.push(index);
      continue;
    }
    unmatched.delete(index.name);
    const wanted = expectedIndexShape(index);
    const found = databaseIndexShape(db);
    if (wanted !== found)
      out.push(`${table.model}: ${kind(index)} "${index.name}" is ${found} in DB but ${wanted} in schema`);
  }
  for (const index of pending) {
    const wanted = expectedIndexShape(index);
    const renamed = [...unmatched.values()].find((db) => databaseIndexShape(db) === wanted);
    if (renamed) {
      unmatched.delete(renamed.name);
      out.push(
        `${table.model}: ${kind(index)} ${wanted} is named "${renamed.name}" in DB but Prisma names it "${index.name}"`,
      );
    } else {
      out.push(`${table.model}: ${kind(index)} "${index.name}" ${wanted} missing in database`);
    }
  }
  for (const db of unmatched.values()) {
    if (allowedExtraIndexes.has(db.name)) continue;
    out.push(
      `${table.model}: database has index "${db.name}" ${databaseIndexShape(db)} that the schema does not declare`,
    );
  }
  return out;
}

function diffForeignKeys(table: ExpectedTable, dbForeignKeys: readonly DatabaseForeignKey[]): string[] {
  const out: string[] = [];
  const unmatched = new Map(dbForeignKeys.map((f) => [f.name, f]));
  const pending: ExpectedForeignKey[] = [];
  const describe = (fk: {
    columns: readonly string[];
    referencedTable: string;
    referencedColumns: readonly string[];
  }) => `${cols(fk.columns)} -> "${fk.referencedTable}"${cols(fk.referencedColumns)}`;

  const compare = (fk: ExpectedForeignKey, db: DatabaseForeignKey) => {
    const where = `${table.model}.${fk.relationField}`;
    if (describe(db) !== describe(fk)) {
      out.push(`${where}: foreign key "${fk.name}" is ${describe(db)} in DB but ${describe(fk)} in schema`);
    }
    if (db.onDelete !== fk.onDelete) {
      out.push(`${where}: ON DELETE is ${ACTION_SQL[db.onDelete]} in DB but ${ACTION_SQL[fk.onDelete]} in schema`);
    }
    if (db.onUpdate !== fk.onUpdate) {
      out.push(`${where}: ON UPDATE is ${ACTION_SQL[db.onUpdate]} in DB but ${ACTION_SQL[fk.onUpdate]} in schema`);
    }
  };

  for (const fk of table.foreignKeys) {
    const db = unmatched.get(fk.name);
    if (!db) {
      pending.push(fk);
      continue;
    }
    unmatched.delete(fk.name);
    compare(fk, db);
  }
  for (const fk of pending) {
    const where = `${table.model}.${fk.relationField}`;
    const renamed = [...unmatched.values()].find((db) => isDeepStrictEqual([...db.columns], [...fk.columns]));
    if (renamed) {
      unmatched.delete(renamed.name);
      out.push(`${where}: foreign key is named "${renamed.name}" in DB but Prisma names it "${fk.name}"`);
      compare(fk, renamed);
    } else {
      out.push(`${where}: foreign key "${fk.name}" ${describe(fk)} missing in database`);
    }
  }
  for (const db of unmatched.values()) {
    out.push(`${table.model}: database has foreign key "${db.name}" ${describe(db)} that the schema does not declare`);
  }
  return out;
}

function cols(columns: readonly (string | null)[]): string {
  return `(${columns.map((c) => c ?? "<expression>").join(", ")})`;
}

function list(values: readonly string[]): string {
  return `[${values.join(", ")}]`;
}
