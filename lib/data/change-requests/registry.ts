import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { DbClient } from "@/lib/data/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { createDamageReportSchema } from "@/lib/validations/damage-report";
import { createMonumentSchema } from "@/lib/validations/monument";
import { createRestorationEffortSchema } from "@/lib/validations/restoration-effort";
import { createSourceSchema } from "@/lib/validations/source";

// The one description of every kind of record the catalogue keeps a history of: its table, what
// a proposal may set and what that points at, its title, and how it is snapshotted. The change
// request pipeline (propose, check, approve, apply), the revisions (snapshot, revert, delete) and
// the seed read this table; none of them names an entity type.
//
// A new kind of record that contributors may propose = one entry here (with `proposal`) and its
// shared schema in lib/validations/<entity>.ts.

type Tx = Prisma.TransactionClient;

export type VocabularyName =
  | "monumentKind"
  | "condition"
  | "damageCause"
  | "certainty"
  | "sourceKind"
  | "sourceReliability"
  | "restorationTechnique"
  | "reversibility"
  | "restorationStatus";

/** A column that points at a record of another kind, or at a vocabulary term. */
export type Reference =
  { field: string; kind: "record"; target: EntityType } | { field: string; kind: "vocabulary"; target: VocabularyName };

export type Title = { en: string | null; ar: string | null };

export type ProposalSpec = {
  // ChangeRequest.proposedData; the form, the action and the approval parse with it
  schema: z.ZodType;
  // needed besides changeRequest:create
  permissions: readonly Permission[];
  // lists in the proposal whose items point at records: [list, reference within an item]
  listReferences: readonly { list: string; reference: Reference }[];
  // the monument a proposal concerns, for the review queue's filter
  monumentOf: (fields: Record<string, unknown>, entityId: string | null) => string | null;
  // columns a CREATE sets that the proposal does not carry (a slug, who recorded it)
  createDefaults: (
    tx: Tx,
    input: { fields: Record<string, unknown>; authorId: string },
  ) => Promise<Record<string, unknown>>;
};

export type EntityEntry = {
  entityType: EntityType;
  // the Prisma model's delegate on a client (tx[delegate])
  delegate: string;
  // DateTime columns: ISO strings in snapshots and proposals, Dates in the table
  dateFields: readonly string[];
  // the Citation column pointing at this kind, if it takes citations
  citationKey: keyof Prisma.CitationWhereInput | null;
  // the Media column a photo is attached through on approval, if it takes photos
  mediaKey: "monumentId" | "damageReportId" | "restorationEffortId" | null;
  // RestorationParticipant rows belong to the record (snapshotted, proposed, applied with it)
  participants: boolean;
  // the columns a change may set; identity, bookkeeping and soft delete are never among them
  editableFields: readonly string[];
  references: readonly Reference[];
  title: (fields: Record<string, unknown>) => Title;
  // present for the kinds contributors propose
  proposal: ProposalSpec | null;
};

// Never set by a change: identity, bookkeeping, soft delete (its own action) and who recorded.
const NOT_EDITABLE = new Set(["id", "version", "createdAt", "updatedAt", "deletedAt", "recordedById", "uploadedById"]);

const editable = (scalars: Record<string, string>) => Object.values(scalars).filter((name) => !NOT_EDITABLE.has(name));

function text(fields: Record<string, unknown>, key: string): string | null {
  const value = fields[key];
  return typeof value === "string" && value.trim() ? value : null;
}

const titleFrom = (en: string, ar: string) => (fields: Record<string, unknown>) => ({
  en: text(fields, en),
  ar: text(fields, ar),
});

const noDefaults = async () => ({});

/** A URL slug from the English name, unique among monuments ("temple-of-bel", "temple-of-bel-2"). */
export async function uniqueMonumentSlug(tx: Tx, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "monument";
  const taken = new Set(
    (await tx.monument.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((m) => m.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const monumentOfFields = (fields: Record<string, unknown>) =>
  typeof fields.monumentId === "string" ? fields.monumentId : null;

export const ENTITY_REGISTRY = {
  SITE: {
    entityType: "SITE",
    delegate: "site",
    dateFields: ["deletedAt"],
    citationKey: "siteId",
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.SiteScalarFieldEnum),
    references: [],
    title: titleFrom("nameEn", "nameAr"),
    proposal: null,
  },
  CONTROL_PERIOD: {
    entityType: "CONTROL_PERIOD",
    delegate: "controlPeriod",
    dateFields: ["startDate", "endDate", "deletedAt"],
    citationKey: "controlPeriodId",
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.ControlPeriodScalarFieldEnum),
    references: [{ field: "siteId", kind: "record", target: "SITE" }],
    title: titleFrom("controllerEn", "controllerAr"),
    proposal: null,
  },
  MONUMENT: {
    entityType: "MONUMENT",
    delegate: "monument",
    dateFields: ["deletedAt"],
    citationKey: "monumentId",
    mediaKey: "monumentId",
    participants: false,
    editableFields: editable(Prisma.MonumentScalarFieldEnum),
    references: [
      { field: "siteId", kind: "record", target: "SITE" },
      { field: "parentId", kind: "record", target: "MONUMENT" },
      { field: "kindCode", kind: "vocabulary", target: "monumentKind" },
    ],
    title: titleFrom("nameEn", "nameAr"),
    proposal: {
      schema: createMonumentSchema,
      permissions: [],
      listReferences: [],
      monumentOf: (_fields, entityId) => entityId,
      // the slug comes from the English name once, so public URLs stay stable after edits
      createDefaults: async (tx, { fields }) => ({ slug: await uniqueMonumentSlug(tx, String(fields.nameEn ?? "")) }),
    },
  },
  DAMAGE_REPORT: {
    entityType: "DAMAGE_REPORT",
    delegate: "damageReport",
    dateFields: ["occurredOn", "occurredOnEnd", "assessedOn", "deletedAt"],
    citationKey: "damageReportId",
    mediaKey: "damageReportId",
    participants: false,
    editableFields: editable(Prisma.DamageReportScalarFieldEnum),
    references: [
      { field: "monumentId", kind: "record", target: "MONUMENT" },
      { field: "causeCode", kind: "vocabulary", target: "damageCause" },
      { field: "conditionAfterCode", kind: "vocabulary", target: "condition" },
      { field: "certaintyCode", kind: "vocabulary", target: "certainty" },
    ],
    title: titleFrom("descriptionEn", "descriptionAr"),
    proposal: {
      schema: createDamageReportSchema,
      permissions: [],
      listReferences: [],
      monumentOf: monumentOfFields,
      // who recorded the report is its author, never a value the proposal carries
      createDefaults: async (_tx, { authorId }) => ({ recordedById: authorId }),
    },
  },
  RESTORATION_EFFORT: {
    entityType: "RESTORATION_EFFORT",
    delegate: "restorationEffort",
    dateFields: ["startedOn", "endedOn", "deletedAt"],
    citationKey: "restorationEffortId",
    mediaKey: "restorationEffortId",
    participants: true,
    editableFields: editable(Prisma.RestorationEffortScalarFieldEnum),
    references: [
      { field: "monumentId", kind: "record", target: "MONUMENT" },
      { field: "techniqueCode", kind: "vocabulary", target: "restorationTechnique" },
      { field: "statusCode", kind: "vocabulary", target: "restorationStatus" },
      { field: "reversibilityCode", kind: "vocabulary", target: "reversibility" },
    ],
    title: titleFrom("titleEn", "titleAr"),
    proposal: {
      schema: createRestorationEffortSchema,
      permissions: [],
      listReferences: [
        { list: "participants", reference: { field: "personId", kind: "record", target: "PERSON" } },
        { list: "participants", reference: { field: "organisationId", kind: "record", target: "ORGANISATION" } },
      ],
      monumentOf: monumentOfFields,
      createDefaults: noDefaults,
    },
  },
  SOURCE: {
    entityType: "SOURCE",
    delegate: "source",
    dateFields: ["publishedOn", "deletedAt"],
    citationKey: null,
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.SourceScalarFieldEnum),
    references: [
      { field: "kindCode", kind: "vocabulary", target: "sourceKind" },
      { field: "reliabilityCode", kind: "vocabulary", target: "sourceReliability" },
    ],
    title: titleFrom("title", "titleAr"),
    proposal: {
      schema: createSourceSchema,
      permissions: ["source:propose"],
      listReferences: [],
      monumentOf: () => null,
      createDefaults: noDefaults,
    },
  },
  PERSON: {
    entityType: "PERSON",
    delegate: "person",
    dateFields: ["deletedAt"],
    citationKey: null,
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.PersonScalarFieldEnum),
    references: [{ field: "organisationId", kind: "record", target: "ORGANISATION" }],
    title: titleFrom("nameEn", "nameAr"),
    proposal: null,
  },
  ORGANISATION: {
    entityType: "ORGANISATION",
    delegate: "organisation",
    dateFields: ["deletedAt"],
    citationKey: null,
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.OrganisationScalarFieldEnum),
    references: [],
    title: titleFrom("nameEn", "nameAr"),
    proposal: null,
  },
  MEDIA: {
    entityType: "MEDIA",
    delegate: "media",
    dateFields: ["takenOn", "deletedAt"],
    citationKey: null,
    mediaKey: null,
    participants: false,
    editableFields: editable(Prisma.MediaScalarFieldEnum),
    references: [],
    title: titleFrom("captionEn", "captionAr"),
    proposal: null,
  },
} as const satisfies Record<EntityType, EntityEntry>;

/** The kinds a contributor may propose. */
export type ProposableEntity = {
  [K in EntityType]: (typeof ENTITY_REGISTRY)[K]["proposal"] extends null ? never : K;
}[EntityType];

export function entryOf(entityType: EntityType): EntityEntry {
  return ENTITY_REGISTRY[entityType];
}

export function isProposableEntity(value: string): value is ProposableEntity {
  return Object.hasOwn(ENTITY_REGISTRY, value) && ENTITY_REGISTRY[value as EntityType].proposal !== null;
}

/** The registry entry of a kind contributors propose, with its proposal part. */
export function proposableEntry(entityType: ProposableEntity): EntityEntry & { proposal: ProposalSpec } {
  return ENTITY_REGISTRY[entityType] as EntityEntry & { proposal: ProposalSpec };
}

// A loose view of a model delegate: the entity type picks the table at run time.
export type AnyDelegate = {
  findUnique(args: {
    where: { id: string };
    select?: Record<string, boolean>;
  }): Promise<Record<string, unknown> | null>;
  findFirst(args: unknown): Promise<Record<string, unknown> | null>;
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  create(args: { data: Record<string, unknown> }): Promise<Record<string, unknown>>;
};

/** The table of a kind of record, on the given client or transaction. */
export function delegateFor(tx: DbClient, entityType: EntityType): AnyDelegate {
  return (tx as unknown as Record<string, AnyDelegate>)[ENTITY_REGISTRY[entityType].delegate]!;
}

/** A record's title (from its own columns, a snapshot's or a proposal's fields). */
export function recordTitle(entityType: EntityType, fields: Record<string, unknown> | undefined): Title {
  return ENTITY_REGISTRY[entityType].title(fields ?? {});
}
