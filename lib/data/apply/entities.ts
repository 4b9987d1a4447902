import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";

// What the approval needs to know about each entity a change request can touch: which of its
// columns a proposal may set, and what those columns point at (checked again at approval time,
// since a record, a source or a vocabulary value may have gone since the proposal was made).

export type VocabularyDelegate =
  | "monumentKind"
  | "condition"
  | "damageCause"
  | "certainty"
  | "sourceKind"
  | "sourceReliability"
  | "restorationTechnique"
  | "reversibility"
  | "restorationStatus";

export type Reference =
  | { field: string; kind: "record"; target: EntityType }
  | { field: string; kind: "vocabulary"; target: VocabularyDelegate };

export type EntitySpec = {
  entityType: EntityType;
  // the columns a proposal sets (its `fields`); anything else is refused
  editableFields: readonly string[];
  references: readonly Reference[];
  // which entity types take citations and photos
  citations: boolean;
  media: "monumentId" | "damageReportId" | "restorationEffortId" | null;
};

// Never set from a proposal: identity, bookkeeping, soft delete (its own action) and who recorded.
const NOT_EDITABLE = new Set(["id", "version", "createdAt", "updatedAt", "deletedAt", "recordedById", "uploadedById"]);

function editable(scalars: Record<string, string>): string[] {
  return Object.values(scalars).filter((name) => !NOT_EDITABLE.has(name));
}

export const ENTITY_SPECS: Partial<Record<EntityType, EntitySpec>> = {
  MONUMENT: {
    entityType: "MONUMENT",
    editableFields: editable(Prisma.MonumentScalarFieldEnum),
    references: [
      { field: "siteId", kind: "record", target: "SITE" },
      { field: "parentId", kind: "record", target: "MONUMENT" },
      { field: "kindCode", kind: "vocabulary", target: "monumentKind" },
    ],
    citations: true,
    media: "monumentId",
  },
  DAMAGE_REPORT: {
    entityType: "DAMAGE_REPORT",
    editableFields: editable(Prisma.DamageReportScalarFieldEnum),
    references: [
      { field: "monumentId", kind: "record", target: "MONUMENT" },
      { field: "causeCode", kind: "vocabulary", target: "damageCause" },
      { field: "conditionAfterCode", kind: "vocabulary", target: "condition" },
      { field: "certaintyCode", kind: "vocabulary", target: "certainty" },
    ],
    citations: true,
    media: "damageReportId",
  },
  RESTORATION_EFFORT: {
    entityType: "RESTORATION_EFFORT",
    editableFields: editable(Prisma.RestorationEffortScalarFieldEnum),
    references: [
      { field: "monumentId", kind: "record", target: "MONUMENT" },
      { field: "techniqueCode", kind: "vocabulary", target: "restorationTechnique" },
      { field: "statusCode", kind: "vocabulary", target: "restorationStatus" },
      { field: "reversibilityCode", kind: "vocabulary", target: "reversibility" },
    ],
    citations: true,
    media: "restorationEffortId",
  },
  SOURCE: {
    entityType: "SOURCE",
    editableFields: editable(Prisma.SourceScalarFieldEnum),
    references: [
      { field: "kindCode", kind: "vocabulary", target: "sourceKind" },
      { field: "reliabilityCode", kind: "vocabulary", target: "sourceReliability" },
    ],
    citations: false,
    media: null,
  },
  SITE: {
    entityType: "SITE",
    editableFields: editable(Prisma.SiteScalarFieldEnum),
    references: [],
    citations: true,
    media: null,
  },
  CONTROL_PERIOD: {
    entityType: "CONTROL_PERIOD",
    editableFields: editable(Prisma.ControlPeriodScalarFieldEnum),
    references: [{ field: "siteId", kind: "record", target: "SITE" }],
    citations: true,
    media: null,
  },
  PERSON: {
    entityType: "PERSON",
    editableFields: editable(Prisma.PersonScalarFieldEnum),
    references: [{ field: "organisationId", kind: "record", target: "ORGANISATION" }],
    citations: false,
    media: null,
  },
  ORGANISATION: {
    entityType: "ORGANISATION",
    editableFields: editable(Prisma.OrganisationScalarFieldEnum),
    references: [],
    citations: false,
    media: null,
  },
};

export const SOURCE_SPEC = ENTITY_SPECS.SOURCE!;
