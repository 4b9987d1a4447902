import "server-only";
import { createHash } from "node:crypto";
import { closest } from "fastest-levenshtein";
import { canonicalJson } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { clientOf, rootClient, type DbClient, type WithTx } from "@/lib/data/client";
import { approveChangeRequest, decideChangeRequest, ReviewError } from "@/lib/data/change-requests/decide";
import { OPEN_STATUSES, proposeChanges, type ProposalInput } from "@/lib/data/change-requests/propose";
import type { Touched } from "@/lib/data/change-requests/apply";
import { proposableEntry } from "@/lib/data/change-requests/registry";
import { restoreNeutralised } from "@/lib/export/csv";
import { coarsenLocation } from "@/lib/geo/coarsen";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRequestStatus } from "@/lib/generated/prisma/enums";
import {
  checkMapping,
  headerSignature,
  IMPORT_TARGETS,
  type ColumnMapping,
  type ImportEntity,
  type TargetSpec,
} from "@/lib/import/fields";
import type { Cell, FileFormat, FileRow } from "@/lib/import/read-file";

// Bulk import (docs/import.md): a spreadsheet of monuments or damage reports becomes one batch of
// change requests, made through the one change-request pipeline (proposeChanges: the same shared
// schema and checkProposal as a form's proposal). analyseImport is the dry run: every row is
// mapped, resolved (sites, monuments and vocabulary terms by code, slug, id or label), parsed with
// the kind's shared schema and compared with the record it names; commitImport runs the same
// analysis again inside the transaction that records the batch, so what is proposed is what
// the analysis found at that moment, and a refused row leaves nothing behind.

export type RowStatus = "create" | "update" | "unchanged" | "pending" | "error";

export type RowProblem = {
  row: number;
  // the file's header of the column concerned (null: the row as a whole)
  column: string | null;
  value: string | null;
  // an ErrorCode of the shared schemas, or one of the importer's own (messages/import.*.ts)
  reason: string;
  // the nearest known term or record for an unknown one
  suggestion?: string | null;
};

export type RowOutcome = { row: number; status: RowStatus; title: string | null; recordId: string | null };

export type FileProblem = { reason: string; params?: Record<string, string | number> };

export type ImportReport = {
  entityType: ImportEntity;
  format: FileFormat | null;
  headers: string[];
  signature: string;
  rowCount: number;
  counts: Record<RowStatus, number>;
  fileProblems: FileProblem[];
  problems: RowProblem[];
  problemCount: number;
  rows: RowOutcome[];
};

export type ImportFile = { format: FileFormat; headers: string[]; rows: FileRow[] };

export type Progress = (event: { phase: "validate" | "import"; done: number; total: number }) => void;

// a report lists at most this many problems and rows (the counts cover all of them)
const REPORT_PROBLEMS = 2000;
const REPORT_ROWS = 2000;
const PROPOSE_CHUNK = 100;
const NEAREST_LOOKUPS = 200;

type Proposal = {
  row: number;
  externalId: string | null;
  title: string | null;
  target: { kind: "CREATE"; note: string } | { kind: "UPDATE"; entityId: string; baseVersion: number; note: string };
  input: Record<string, unknown>;
};

type Analysis = { report: ImportReport; proposals: Proposal[] };

type Term = { code: string; labelEn: string; labelAr: string; retired: boolean };

const VOCABULARY_DELEGATES: Record<string, string> = {
  monumentKind: "monumentKind",
  condition: "condition",
  damageCause: "damageCause",
  certainty: "certainty",
  sourceKind: "sourceKind",
  sourceReliability: "sourceReliability",
};

const norm = (value: string) => value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  if (typeof cell !== "string") return "";
  return restoreNeutralised(cell.trim());
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function assertMayImport(actor: Actor) {
  assertCan(actor.role, "changeRequest:create");
}

/** The header row and the records of a read file (see lib/import/read-file.ts). */
export async function collectRows(rows: AsyncIterable<FileRow & { format: FileFormat }>): Promise<ImportFile> {
  let format: FileFormat = "csv";
  let headers: string[] | null = null;
  const records: FileRow[] = [];
  for await (const row of rows) {
    format = row.format;
    if (headers === null) {
      headers = row.cells.map((cell) => (typeof cell === "string" ? cell.trim() : ""));
      continue;
    }
    // a blank line is not a record
    if (row.cells.every((cell) => typeof cell === "string" && cell.trim() === "")) continue;
    records.push({ rowNumber: row.rowNumber, cells: row.cells });
  }
  return { format, headers: headers ?? [], rows: records };
}

function signatureOf(headers: string[]) {
  return createHash("sha256").update(headerSignature(headers)).digest("hex").slice(0, 32);
}

/** The mapping remembered for a file of this shape, if any. */
export async function rememberedMapping({
  actor,
  entityType,
  headers,
  tx,
}: { actor: Actor; entityType: ImportEntity; headers: string[] } & WithTx): Promise<ColumnMapping | null> {
  assertMayImport(actor);
  const row = await clientOf(tx).importMapping.findUnique({
    where: { entityType_headerSignature: { entityType, headerSignature: signatureOf(headers) } },
  });
  const mapping = row?.mapping as ColumnMapping | undefined;
  return mapping && checkMapping(entityType, headers, mapping) ? mapping : null;
}

async function rememberMapping(tx: DbClient, entityType: ImportEntity, headers: string[], mapping: ColumnMapping) {
  const headerSig = signatureOf(headers);
  await tx.importMapping.upsert({
    where: { entityType_headerSignature: { entityType, headerSignature: headerSig } },
    create: { entityType, headerSignature: headerSig, mapping },
    update: { mapping },
  });
}

// ---------------------------------------------------------------------------------------------
// Lookups, loaded once per import
// ---------------------------------------------------------------------------------------------

class Vocabularies {
  private terms = new Map<string, Term[]>();
  constructor(private readonly tx: DbClient) {}

  async load(name: string) {
    if (this.terms.has(name)) return;
    const delegate = (this.tx as unknown as Record<string, { findMany(args: unknown): Promise<unknown[]> }>)[
      VOCABULARY_DELEGATES[name]!
    ]!;
    const rows = (await delegate.findMany({
      select: { code: true, labelEn: true, labelAr: true, retiredAt: true },
      orderBy: { sortOrder: "asc" },
    })) as { code: string; labelEn: string; labelAr: string; retiredAt: Date | null }[];
    this.terms.set(
      name,
      rows.map((r) => ({ code: r.code, labelEn: r.labelEn, labelAr: r.labelAr, retired: r.retiredAt !== null })),
    );
  }

  /** The term a cell names by its code or either label; else the nearest live term. */
  resolve(name: string, value: string): { term: Term | null; nearest: string | null } {
    const terms = this.terms.get(name) ?? [];
    const wanted = norm(value);
    const term =
      terms.find((t) => t.code === wanted) ??
      terms.find(
        (t) => norm(t.labelEn) === wanted || norm(t.labelAr) === wanted || t.code === wanted.replace(/ /g, "_"),
      ) ??
      null;
    if (term) return { term, nearest: null };
    const live = terms.filter((t) => !t.retired);
    const candidates = live.flatMap((t) => [t.code, norm(t.labelEn), norm(t.labelAr)]);
    if (candidates.length === 0) return { term: null, nearest: null };
    const best = closest(wanted, candidates);
    const match = live.find((t) => t.code === best || norm(t.labelEn) === best || norm(t.labelAr) === best)!;
    return { term: null, nearest: `${match.code} (${match.labelEn} / ${match.labelAr})` };
  }
}

type RecordRef = { id: string; slug: string | null; label: string; deleted: boolean };

async function loadSites(tx: DbClient): Promise<RecordRef[]> {
  const sites = await tx.site.findMany({
    select: { id: true, slug: true, nameEn: true, nameAr: true, deletedAt: true },
  });
  return sites.flatMap((s) => [
    { id: s.id, slug: s.slug, label: s.nameEn, deleted: s.deletedAt !== null },
    { id: s.id, slug: null, label: s.nameAr, deleted: s.deletedAt !== null },
  ]);
}

async function loadMonumentRefs(tx: DbClient, values: string[]): Promise<RecordRef[]> {
  if (values.length === 0) return [];
  const rows = await tx.monument.findMany({
    where: { OR: [{ id: { in: values } }, { slug: { in: values } }] },
    select: { id: true, slug: true, nameEn: true, deletedAt: true },
  });
  return rows.map((m) => ({ id: m.id, slug: m.slug, label: m.nameEn, deleted: m.deletedAt !== null }));
}

async function nearestMonumentSlug(tx: DbClient, value: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM "Monument" WHERE "deletedAt" IS NULL
    ORDER BY similarity(slug, ${value}) DESC, slug LIMIT 1`;
  return rows[0]?.slug ?? null;
}

type CurrentRecord = {
  id: string;
  version: number;
  deleted: boolean;
  fields: Record<string, unknown>;
  citations: { sourceId: string; locator: string; claim: string | null }[];
};

async function loadCurrent(tx: DbClient, entityType: ImportEntity, ids: string[]): Promise<Map<string, CurrentRecord>> {
  const out = new Map<string, CurrentRecord>();
  if (ids.length === 0) return out;
  const citations = {
    orderBy: { createdAt: "asc" as const },
    select: { sourceId: true, locator: true, claimEn: true },
  };
  if (entityType === "MONUMENT") {
    const rows = await tx.monument.findMany({ where: { id: { in: ids } }, include: { citations } });
    for (const m of rows) {
      out.set(m.id, {
        id: m.id,
        version: m.version,
        deleted: m.deletedAt !== null,
        fields: {
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
        },
        citations: m.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator ?? "", claim: c.claimEn })),
      });
    }
  } else {
    const rows = await tx.damageReport.findMany({ where: { id: { in: ids } }, include: { citations } });
    for (const d of rows) {
      out.set(d.id, {
        id: d.id,
        version: d.version,
        deleted: d.deletedAt !== null,
        fields: {
          monumentId: d.monumentId,
          occurredOn: isoDay(d.occurredOn),
          occurredOnEnd: isoDay(d.occurredOnEnd),
          datePrecision: d.datePrecision,
          causeCode: d.causeCode,
          agentEn: d.agentEn,
          agentAr: d.agentAr,
          conditionAfterCode: d.conditionAfterCode,
          extentEn: d.extentEn,
          extentAr: d.extentAr,
          certaintyCode: d.certaintyCode,
          descriptionEn: d.descriptionEn,
          descriptionAr: d.descriptionAr,
          evidenceEn: d.evidenceEn,
          evidenceAr: d.evidenceAr,
          assessedOn: isoDay(d.assessedOn),
        },
        citations: d.citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator ?? "", claim: c.claimEn })),
      });
    }
  }
  return out;
}

const CREATE_DEFAULTS: Record<ImportEntity, Record<string, unknown>> = {
  MONUMENT: {
    parentId: null,
    altNames: [],
    periodEn: null,
    periodAr: null,
    builtFromYear: null,
    builtToYear: null,
    summaryEn: null,
    summaryAr: null,
    descriptionEn: null,
    descriptionAr: null,
    currentLocationEn: null,
    currentLocationAr: null,
    latitude: null,
    longitude: null,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
  },
  DAMAGE_REPORT: {
    occurredOn: null,
    occurredOnEnd: null,
    datePrecision: null,
    agentEn: null,
    agentAr: null,
    extentEn: null,
    extentAr: null,
    descriptionAr: null,
    evidenceEn: null,
    evidenceAr: null,
    assessedOn: null,
  },
};

const TRUE_WORDS = new Set(["yes", "y", "true", "1", "نعم"]);
const FALSE_WORDS = new Set(["no", "n", "false", "0", "لا"]);

/** A proposal's comparable content: its fields and its citations as a set. */
function comparable(data: { fields: Record<string, unknown>; citations?: unknown[] }) {
  const citations = ((data.citations ?? []) as { sourceId: string; locator: string; claim?: string | null }[])
    .map((c) => canonicalJson({ sourceId: c.sourceId, locator: c.locator ?? "", claim: c.claim ?? null }))
    .sort();
  return canonicalJson({ fields: data.fields, citations });
}

function emptyCounts(): Record<RowStatus, number> {
  return { create: 0, update: 0, unchanged: 0, pending: 0, error: 0 };
}

/**
 * The dry run: every row of the file mapped, resolved, parsed with the kind's shared schema and
 * compared with the record it names. Nothing is written.
 */
export async function analyseImport({
  actor,
  entityType,
  file,
  mapping,
  fileName = "",
  onProgress,
  tx,
}: {
  actor: Actor;
  entityType: ImportEntity;
  file: ImportFile;
  mapping: ColumnMapping;
  fileName?: string;
  onProgress?: Progress;
} & WithTx): Promise<Analysis> {
  assertMayImport(actor);
  const db = clientOf(tx);
  const { headers, rows } = file;
  const report: ImportReport = {
    entityType,
    format: file.format,
    headers,
    signature: signatureOf(headers),
    rowCount: rows.length,
    counts: emptyCounts(),
    fileProblems: [],
    problems: [],
    problemCount: 0,
    rows: [],
  };
  const proposals: Proposal[] = [];
  if (headers.length === 0 || headers.every((h) => h === "")) {
    report.fileProblems.push({ reason: "noHeader" });
    return { report, proposals };
  }
  if (!checkMapping(entityType, headers, mapping)) {
    report.fileProblems.push({ reason: "badMapping" });
    return { report, proposals };
  }

  const targets = IMPORT_TARGETS[entityType];
  const columnOf = new Map<string, number>();
  mapping.forEach((key, index) => key !== null && columnOf.set(key, index));
  const headerOf = (key: string) => {
    const index = columnOf.get(key);
    return index === undefined ? key : headers[index] || key;
  };
  const cellOf = (row: FileRow, key: string) => {
    const index = columnOf.get(key);
    return index === undefined ? undefined : row.cells[index];
  };
  const valueOf = (row: FileRow, key: string) => cellText(cellOf(row, key));

  // a file without an identity column creates every row: each field a creation needs must be there
  if (!columnOf.has("id") && !columnOf.has("externalId")) {
    for (const target of targets.filter((t) => t.requiredForCreate && !columnOf.has(t.key))) {
      report.fileProblems.push({ reason: "missingColumn", params: { column: target.key } });
    }
    if (report.fileProblems.length > 0) return { report, proposals };
  }

  // -- lookups -----------------------------------------------------------------------------------
  const vocabularies = new Vocabularies(db);
  for (const target of targets)
    if (target.vocabulary && columnOf.has(target.key)) await vocabularies.load(target.vocabulary);
  const sites = columnOf.has("site") ? await loadSites(db) : [];
  const monumentValues = new Set<string>();
  for (const key of ["parent", "monument"]) {
    if (!columnOf.has(key)) continue;
    for (const row of rows) {
      const value = valueOf(row, key);
      if (value) monumentValues.add(value);
    }
  }
  const monuments = await loadMonumentRefs(db, [...monumentValues]);

  // rows tied to earlier imports by their external id: the newest live proposal for each
  const externalIds = columnOf.has("externalId")
    ? [...new Set(rows.map((row) => valueOf(row, "externalId")).filter(Boolean))]
    : [];
  const earlier = new Map<string, { status: ChangeRequestStatus; entityId: string | null }>();
  if (externalIds.length > 0) {
    const tied = await db.importRow.findMany({
      where: {
        externalId: { in: externalIds },
        changeRequest: { entityType, status: { notIn: ["REJECTED", "WITHDRAWN"] } },
      },
      orderBy: { changeRequest: { createdAt: "desc" } },
      select: { externalId: true, changeRequest: { select: { status: true, entityId: true } } },
    });
    for (const t of tied) if (t.externalId && !earlier.has(t.externalId)) earlier.set(t.externalId, t.changeRequest);
  }

  const recordIds = new Set<string>();
  if (columnOf.has("id")) for (const row of rows) if (valueOf(row, "id")) recordIds.add(valueOf(row, "id"));
  for (const tied of earlier.values()) if (tied.status === "APPROVED" && tied.entityId) recordIds.add(tied.entityId);
  const current = await loadCurrent(db, entityType, [...recordIds]);

  // open proposals already made for the same records (or, for creations, by this author from an
  // import): a row that would propose exactly one of them again proposes nothing new
  const openProposals = new Set<string>();
  const open = await db.changeRequest.findMany({
    where: {
      entityType,
      status: { in: OPEN_STATUSES },
      OR: [
        { entityId: { in: [...current.keys()] } },
        { kind: "CREATE", authorId: actor.id, importRow: { isNot: null } },
      ],
    },
    select: { kind: true, entityId: true, proposedData: true },
  });
  for (const request of open) {
    openProposals.add(
      `${request.kind}:${request.entityId ?? ""}:${comparable(request.proposedData as { fields: Record<string, unknown> })}`,
    );
  }

  // sources named by id or by title
  const sourceIdValues = new Set<string>();
  const sourceTitles = new Set<string>();
  for (const row of rows) {
    for (const id of valueOf(row, "sourceIds").split("|")) if (id.trim()) sourceIdValues.add(id.trim());
    const title = valueOf(row, "sourceTitle");
    if (title) sourceTitles.add(title);
  }
  const sources = new Map(
    (
      await db.source.findMany({
        where: { id: { in: [...sourceIdValues] } },
        select: { id: true, deletedAt: true },
      })
    ).map((s) => [s.id, s.deletedAt !== null]),
  );
  const sourcesByTitle = new Map<string, string>();
  if (sourceTitles.size > 0) {
    const found = await db.source.findMany({
      where: { deletedAt: null, title: { in: [...sourceTitles] } },
      select: { id: true, title: true, url: true },
      orderBy: { createdAt: "asc" },
    });
    for (const s of found) if (!sourcesByTitle.has(norm(s.title))) sourcesByTitle.set(norm(s.title), s.id);
  }

  let nearestLookups = 0;
  const schema = proposableEntry(entityType).proposal.schema;
  const fieldTarget = new Map<string, TargetSpec>();
  for (const target of targets) if (target.field) fieldTarget.set(target.field, target);
  const seenIdentity = new Map<string, number>();
  const seenContent = new Map<string, number>();

  const addProblem = (problem: RowProblem) => {
    report.problemCount += 1;
    if (report.problems.length < REPORT_PROBLEMS) report.problems.push(problem);
  };

  for (const [index, row] of rows.entries()) {
    if (index % 250 === 0) onProgress?.({ phase: "validate", done: index, total: rows.length });
    const problems: RowProblem[] = [];
    const problem = (key: string | null, reason: string, suggestion?: string | null) =>
      problems.push({
        row: row.rowNumber,
        column: key === null ? null : headerOf(key),
        value: key === null ? null : valueOf(row, key) || null,
        reason,
        ...(suggestion ? { suggestion } : {}),
      });
    const outcome = (status: RowStatus, title: string | null, recordId: string | null) => {
      report.counts[status] += 1;
      if (report.rows.length < REPORT_ROWS) report.rows.push({ row: row.rowNumber, status, title, recordId });
    };

    // formula cells are never evaluated nor trusted
    row.cells.forEach((cell, column) => {
      if (typeof cell !== "string" && mapping[column] !== null) {
        problems.push({
          row: row.rowNumber,
          column: headers[column] || null,
          value: `=${cell.formula}`,
          reason: "formula",
        });
      }
    });

    // -- which record ---------------------------------------------------------------------------
    const externalId = valueOf(row, "externalId") || null;
    let record: CurrentRecord | null = null;
    const idValue = valueOf(row, "id");
    if (idValue) {
      record = current.get(idValue) ?? null;
      if (!record) problem("id", "unknownRecord");
      else if (record.deleted) problem("id", "recordDeleted");
    } else if (externalId && earlier.has(externalId)) {
      const tied = earlier.get(externalId)!;
      if (tied.status !== "APPROVED") {
        // proposed by an earlier import and not decided yet
        outcome("pending", null, tied.entityId);
        continue;
      }
      record = tied.entityId ? (current.get(tied.entityId) ?? null) : null;
      if (!record || record.deleted) problem("externalId", "recordDeleted");
    }
    const identity = idValue ? `id:${idValue}` : externalId ? `ext:${externalId}` : null;
    if (identity) {
      const first = seenIdentity.get(identity);
      if (first !== undefined) problem(idValue ? "id" : "externalId", "duplicateRow", String(first));
      else seenIdentity.set(identity, row.rowNumber);
    }

    // -- the record's fields as proposed ---------------------------------------------------------
    const fields: Record<string, unknown> = record ? { ...record.fields } : { ...CREATE_DEFAULTS[entityType] };
    const failed = new Set<string>();
    for (const target of targets) {
      if (!target.field || !columnOf.has(target.key)) continue;
      const cell = cellOf(row, target.key);
      if (cell !== undefined && typeof cell !== "string") {
        failed.add(target.field);
        continue;
      }
      const value = valueOf(row, target.key);
      switch (target.type) {
        case "text":
          fields[target.field] = value === "" ? null : value;
          if (value === "" && target.requiredForCreate) fields[target.field] = "";
          break;
        case "list":
          fields[target.field] = value
            .split("|")
            .map((part) => part.trim())
            .filter(Boolean);
          break;
        case "number":
        case "date":
          fields[target.field] = value === "" ? null : value;
          break;
        case "boolean":
          if (value === "") break;
          if (TRUE_WORDS.has(norm(value))) fields[target.field] = true;
          else if (FALSE_WORDS.has(norm(value))) fields[target.field] = false;
          else {
            problem(target.key, "invalid", "yes / no");
            failed.add(target.field);
          }
          break;
        case "enum": {
          if (value === "") {
            if (!record) fields[target.field] = CREATE_DEFAULTS[entityType][target.field] ?? null;
            break;
          }
          const upper = value.toUpperCase();
          const options = target.options ?? [];
          if (options.includes(upper)) fields[target.field] = upper;
          else {
            problem(target.key, "unknownTerm", closest(upper, [...options]));
            failed.add(target.field);
          }
          break;
        }
        case "vocabulary": {
          if (value === "") {
            fields[target.field] = undefined;
            break;
          }
          const { term, nearest } = vocabularies.resolve(target.vocabulary!, value);
          if (!term) {
            problem(target.key, "unknownTerm", nearest);
            failed.add(target.field);
          } else if (term.retired && record?.fields[target.field] !== term.code) {
            problem(target.key, "retiredTerm", nearest);
            failed.add(target.field);
          } else fields[target.field] = term.code;
          break;
        }
        case "record": {
          if (value === "") {
            fields[target.field] = target.requiredForCreate ? undefined : null;
            break;
          }
          const candidates = target.record === "SITE" ? sites : monuments;
          const wanted = norm(value);
          const found =
            candidates.find((c) => c.id === value) ??
            candidates.find((c) => c.slug === value) ??
            candidates.find((c) => target.record === "SITE" && norm(c.label) === wanted);
          if (!found) {
            let nearest: string | null = null;
            if (target.record === "SITE") {
              const live = sites.filter((s) => !s.deleted && s.slug);
              nearest = live.length
                ? closest(
                    value,
                    live.map((s) => s.slug!),
                  )
                : null;
            } else if (nearestLookups < NEAREST_LOOKUPS) {
              nearestLookups += 1;
              nearest = await nearestMonumentSlug(db, value);
            }
            problem(target.key, "unknownRecord", nearest);
            failed.add(target.field);
          } else if (found.deleted) {
            problem(target.key, "recordDeleted");
            failed.add(target.field);
          } else fields[target.field] = found.id;
          break;
        }
        default:
          break;
      }
    }

    // a sensitive place's export carries its public (coarsened) position: reading it back is no change
    if (entityType === "MONUMENT" && record && record.fields.isSensitive === true) {
      const coarse = coarsenLocation({
        latitude: record.fields.latitude as number | null,
        longitude: record.fields.longitude as number | null,
        precision: record.fields.locationPrecision as "EXACT" | "APPROXIMATE" | "SITE",
        isSensitive: true,
      });
      const sameNumber = (value: unknown, expected: number | null) =>
        value === null ? expected === null : expected !== null && Number(value) === expected;
      if (
        columnOf.has("latitude") &&
        columnOf.has("longitude") &&
        sameNumber(fields.latitude, coarse.latitude) &&
        sameNumber(fields.longitude, coarse.longitude)
      ) {
        fields.latitude = record.fields.latitude;
        fields.longitude = record.fields.longitude;
        if (fields.locationPrecision === coarse.precision) fields.locationPrecision = record.fields.locationPrecision;
      }
    }

    // -- sources ---------------------------------------------------------------------------------
    const citations = record ? record.citations.map((c) => ({ ...c })) : [];
    const newSources: Record<string, unknown>[] = [];
    const locator = valueOf(row, "sourceLocator");
    const cite = (sourceId: string) => {
      if (!citations.some((c) => c.sourceId === sourceId && c.locator === locator)) {
        citations.push({ sourceId, locator, claim: null });
      }
    };
    for (const id of valueOf(row, "sourceIds")
      .split("|")
      .map((part) => part.trim())
      .filter(Boolean)) {
      const deleted = sources.get(id);
      if (deleted === undefined) problem("sourceIds", "unknownRecord");
      else if (deleted) problem("sourceIds", "recordDeleted");
      else cite(id);
    }
    const sourceTitle = valueOf(row, "sourceTitle");
    if (sourceTitle) {
      const existing = sourcesByTitle.get(norm(sourceTitle));
      if (existing) cite(existing);
      else {
        const vocabulary = (key: string, name: string) => {
          const value = valueOf(row, key);
          if (!value) {
            problem(key, "required");
            return null;
          }
          const { term, nearest } = vocabularies.resolve(name, value);
          if (!term || term.retired) problem(key, "unknownTerm", nearest);
          return term?.code ?? null;
        };
        await vocabularies.load("sourceKind");
        await vocabularies.load("sourceReliability");
        const publishedOn = valueOf(row, "sourcePublishedOn") || null;
        newSources.push({
          tempId: "new-1",
          title: sourceTitle,
          titleAr: null,
          outlet: null,
          author: null,
          publishedOn,
          publishedPrecision: publishedOn ? "DAY" : null,
          url: valueOf(row, "sourceUrl") || null,
          language: null,
          kindCode: vocabulary("sourceKind", "sourceKind"),
          reliabilityCode: vocabulary("sourceReliability", "sourceReliability"),
          notesEn: null,
          notesAr: null,
        });
        citations.push({ sourceId: "new-1", locator, claim: null });
      }
    }

    const input = {
      fields,
      citations: citations.map((c) => (c.claim ? c : { sourceId: c.sourceId, locator: c.locator })),
      newSources,
      mediaIds: [],
    };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [part, name] = issue.path.map(String);
        let key: string | null = null;
        if (part === "fields" && name) {
          if (failed.has(name)) continue;
          key = fieldTarget.get(name)?.key ?? null;
        } else if (part === "citations") key = columnOf.has("sourceTitle") ? "sourceTitle" : "sourceIds";
        else if (part === "newSources") {
          const field = String(issue.path[2] ?? "");
          key = field === "url" ? "sourceUrl" : field === "publishedOn" ? "sourcePublishedOn" : "sourceTitle";
          if (field === "kindCode" || field === "reliabilityCode") continue;
        }
        const reason = issue.code === "unrecognized_keys" ? "invalid" : issue.message;
        if (!problems.some((p) => p.column === (key === null ? null : headerOf(key)) && p.reason === reason)) {
          problem(key, reason);
        }
      }
    }
    const title = String(fields.nameEn ?? fields.descriptionEn ?? "").slice(0, 120) || null;

    if (problems.length > 0 || !parsed.success) {
      if (problems.length === 0) problem(null, "invalid");
      for (const p of problems) addProblem(p);
      outcome("error", title, record?.id ?? null);
      continue;
    }
    const data = parsed.data as { fields: Record<string, unknown>; citations: unknown[]; newSources: unknown[] };

    if (record) {
      const before = schema.safeParse({
        fields: record.fields,
        citations: record.citations.map((c) => (c.claim ? c : { sourceId: c.sourceId, locator: c.locator })),
        newSources: [],
        mediaIds: [],
      });
      if (
        before.success &&
        comparable(before.data as typeof data) === comparable(data) &&
        data.newSources.length === 0
      ) {
        outcome("unchanged", title, record.id);
        continue;
      }
    }
    const key = `${record ? "UPDATE" : "CREATE"}:${record?.id ?? ""}:${comparable(data)}`;
    if (openProposals.has(key)) {
      outcome("pending", title, record?.id ?? null);
      continue;
    }
    if (!record) {
      const first = seenContent.get(key);
      if (first !== undefined) {
        addProblem({
          row: row.rowNumber,
          column: null,
          value: null,
          reason: "duplicateRow",
          suggestion: String(first),
        });
        outcome("error", title, null);
        continue;
      }
      seenContent.set(key, row.rowNumber);
    }
    const note = `${fileName || "import"}, row ${row.rowNumber}`.slice(0, 2000);
    proposals.push({
      row: row.rowNumber,
      externalId,
      title,
      target: record
        ? { kind: "UPDATE", entityId: record.id, baseVersion: record.version, note }
        : { kind: "CREATE", note },
      input,
    });
    outcome(record ? "update" : "create", title, record?.id ?? null);
  }
  onProgress?.({ phase: "validate", done: rows.length, total: rows.length });
  return { report, proposals };
}

/** The dry run, with the mapping remembered for the next file of the same shape. */
export async function dryRunImport(args: Parameters<typeof analyseImport>[0]): Promise<ImportReport> {
  const { report } = await analyseImport(args);
  if (report.fileProblems.every((p) => p.reason !== "badMapping" && p.reason !== "noHeader")) {
    await rememberMapping(clientOf(args.tx), args.entityType, args.file.headers, args.mapping);
  }
  return report;
}

class ImportRefused extends Error {
  constructor(public readonly report: ImportReport) {
    super("import refused");
  }
}

export type CommitResult =
  { ok: true; batchId: string | null; report: ImportReport } | { ok: false; report: ImportReport };

/**
 * Proposes the file: the analysis again, inside one transaction with an import lock (two imports
 * of one file at once cannot both propose it), then one batch of change requests through
 * proposeChanges. A file with any bad row proposes nothing; a file with nothing new makes no batch.
 */
export async function commitImport({
  actor,
  entityType,
  file,
  mapping,
  fileName,
  onProgress,
  tx,
}: Parameters<typeof analyseImport>[0] & { fileName: string }): Promise<CommitResult> {
  assertMayImport(actor);
  const client = rootClient(tx);
  try {
    return await client.$transaction(
      async (inner) => {
        await inner.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${entityType}`}))`;
        const { report, proposals } = await analyseImport({
          actor,
          entityType,
          file,
          mapping,
          fileName,
          onProgress,
          tx: inner,
        });
        if (report.fileProblems.length > 0 || report.counts.error > 0) throw new ImportRefused(report);
        await rememberMapping(inner, entityType, file.headers, mapping);
        if (proposals.length === 0) return { ok: true as const, batchId: null, report };

        const batch = await inner.importBatch.create({
          data: {
            entityType,
            fileName: fileName.slice(0, 255) || "import",
            headerSignature: report.signature,
            authorId: actor.id,
            rowCount: report.rowCount,
            proposedCount: proposals.length,
            unchangedCount: report.counts.unchanged + report.counts.pending,
          },
          select: { id: true },
        });
        for (let start = 0; start < proposals.length; start += PROPOSE_CHUNK) {
          const chunk = proposals.slice(start, start + PROPOSE_CHUNK);
          // all or none: one refused row (a record that changed since the dry run) proposes nothing
          const { results } = await proposeChanges({
            actor,
            tx: inner,
            allOrNone: true,
            proposals: chunk.map((p): ProposalInput => ({ entityType, target: p.target, input: p.input })),
          });
          const index = results.findIndex((r) => !r.ok && r.formError !== "notRecorded");
          const refused = results[index];
          if (refused && !refused.ok) {
            // "fields.nameEn" of the chunk's proposal -> its row and column in the file
            const proposal = chunk[index];
            const problems: Array<[string, string[]]> = [
              ...Object.entries(refused.fieldErrors),
              ...(refused.formError ? [["", [refused.formError]] as [string, string[]]] : []),
            ];
            for (const [path, codes] of problems) {
              const [part, name] = path.split(".");
              const target = part === "fields" ? IMPORT_TARGETS[entityType].find((t) => t.field === name) : undefined;
              const column = target
                ? mapping.indexOf(target.key) >= 0
                  ? file.headers[mapping.indexOf(target.key)]!
                  : target.key
                : null;
              for (const code of codes) {
                report.problemCount += 1;
                report.problems.push({ row: proposal?.row ?? 0, column, value: null, reason: code });
              }
            }
            report.counts.error += 1;
            throw new ImportRefused(report);
          }
          const ids = results.map((r) => (r.ok ? r.id : ""));
          await inner.importRow.createMany({
            data: chunk.map((p, i) => ({
              batchId: batch.id,
              rowNumber: p.row,
              externalId: p.externalId,
              changeRequestId: ids[i]!,
            })),
          });
          onProgress?.({
            phase: "import",
            done: Math.min(start + PROPOSE_CHUNK, proposals.length),
            total: proposals.length,
          });
        }
        return { ok: true as const, batchId: batch.id, report };
      },
      { maxWait: 60_000, timeout: 600_000 },
    );
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, report: error.report };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Batches: listing and review
// ---------------------------------------------------------------------------------------------

function batchScope(actor: Actor): Prisma.ImportBatchWhereInput {
  // an admin reviews every batch; a contributor sees their own
  return can(actor.role, "changeRequest:review") ? {} : { authorId: actor.id };
}

export async function listImportBatches({ actor, take = 50, tx }: { actor: Actor; take?: number } & WithTx) {
  assertCan(actor.role, "changeRequest:readOwn");
  const db = clientOf(tx);
  const batches = await db.importBatch.findMany({
    where: batchScope(actor),
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      entityType: true,
      fileName: true,
      rowCount: true,
      proposedCount: true,
      unchangedCount: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  const pending = await db.importRow.groupBy({
    by: ["batchId"],
    where: { batchId: { in: batches.map((b) => b.id) }, changeRequest: { status: "PENDING" } },
    _count: true,
  });
  const pendingOf = new Map(pending.map((p) => [p.batchId, p._count]));
  return batches.map((b) => ({ ...b, pendingCount: pendingOf.get(b.id) ?? 0 }));
}

export async function getImportBatch({ actor, id, tx }: { actor: Actor; id: string } & WithTx) {
  assertCan(actor.role, "changeRequest:readOwn");
  const db = clientOf(tx);
  const batch = await db.importBatch.findFirst({
    where: { id, ...batchScope(actor) },
    select: {
      id: true,
      entityType: true,
      fileName: true,
      rowCount: true,
      proposedCount: true,
      unchangedCount: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      rows: {
        orderBy: { rowNumber: "asc" },
        select: {
          rowNumber: true,
          externalId: true,
          changeRequest: {
            select: { id: true, kind: true, status: true, entityId: true, proposedData: true, reviewReason: true },
          },
        },
      },
    },
  });
  if (!batch) return null;
  return {
    ...batch,
    rows: batch.rows.map((r) => {
      const fields = (r.changeRequest.proposedData as { fields?: Record<string, unknown> }).fields ?? {};
      return {
        rowNumber: r.rowNumber,
        externalId: r.externalId,
        changeRequestId: r.changeRequest.id,
        kind: r.changeRequest.kind,
        status: r.changeRequest.status,
        entityId: r.changeRequest.entityId,
        reviewReason: r.changeRequest.reviewReason,
        title: String(fields.nameEn ?? fields.descriptionEn ?? "").slice(0, 120),
      };
    }),
  };
}

export type BatchDecisionResult = {
  approved: number;
  rejected: number;
  outOfDate: number;
  held: number;
  skipped: number;
  touched: Touched;
};

async function pendingInBatch(db: DbClient, batchId: string, changeRequestIds: string[] | "all") {
  const rows = await db.importRow.findMany({
    where: {
      batchId,
      changeRequest: { status: "PENDING" },
      ...(changeRequestIds === "all" ? {} : { changeRequestId: { in: changeRequestIds } }),
    },
    orderBy: { rowNumber: "asc" },
    select: { changeRequestId: true },
  });
  return rows.map((r) => r.changeRequestId);
}

/**
 * Approves the batch's pending proposals (all, or the chosen ones), each exactly as a single
 * proposal is approved (approveChangeRequest: its own transaction, conflict check, revision).
 */
export async function approveImportBatch({
  actor,
  batchId,
  changeRequestIds,
  tx,
}: { actor: Actor; batchId: string; changeRequestIds: string[] | "all" } & WithTx): Promise<BatchDecisionResult> {
  assertCan(actor.role, "changeRequest:review");
  const db = rootClient(tx);
  const ids = await pendingInBatch(db, batchId, changeRequestIds);
  const result: BatchDecisionResult = {
    approved: 0,
    rejected: 0,
    outOfDate: 0,
    held: 0,
    skipped: 0,
    touched: { monumentIds: [], siteIds: [], sourceIds: [] },
  };
  if (changeRequestIds !== "all") result.skipped = changeRequestIds.length - ids.length;
  for (const changeRequestId of ids) {
    try {
      const outcome = await approveChangeRequest({ actor, changeRequestId, tx: db });
      if (outcome.outcome === "APPROVED") {
        result.approved += 1;
        result.touched.monumentIds.push(...outcome.touched.monumentIds);
        result.touched.siteIds.push(...outcome.touched.siteIds);
        result.touched.sourceIds.push(...outcome.touched.sourceIds);
      } else if (outcome.outcome === "OUT_OF_DATE") result.outOfDate += 1;
      else result.held += 1;
    } catch (error) {
      // decided meanwhile, or the reviewer's own proposal (approveChangeRequest refuses and audits it)
      if (error instanceof ReviewError) result.skipped += 1;
      else throw error;
    }
  }
  return result;
}

/** Rejects the batch's pending proposals (all, or the chosen ones) with one reason. */
export async function rejectImportBatch({
  actor,
  batchId,
  changeRequestIds,
  reason,
  tx,
}: {
  actor: Actor;
  batchId: string;
  changeRequestIds: string[] | "all";
  reason: string;
} & WithTx): Promise<BatchDecisionResult> {
  assertCan(actor.role, "changeRequest:review");
  if (reason.trim() === "") throw new ReviewError("REASON_REQUIRED", "Give a reason for the rejection.", ["reason"]);
  const db = rootClient(tx);
  const ids = await pendingInBatch(db, batchId, changeRequestIds);
  const result: BatchDecisionResult = {
    approved: 0,
    rejected: 0,
    outOfDate: 0,
    held: 0,
    skipped: changeRequestIds === "all" ? 0 : changeRequestIds.length - ids.length,
    touched: { monumentIds: [], siteIds: [], sourceIds: [] },
  };
  for (const changeRequestId of ids) {
    try {
      await decideChangeRequest({ actor, changeRequestId, decision: "reject", reason, tx: db });
      result.rejected += 1;
    } catch (error) {
      if (error instanceof ReviewError && error.code === "ALREADY_DECIDED") result.skipped += 1;
      else throw error;
    }
  }
  return result;
}
