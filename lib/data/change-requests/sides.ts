import "server-only";
import type { DbClient } from "@/lib/data/client";
import type { ProposedData } from "@/lib/data/change-requests/check-proposal";
import type { MergeSide } from "@/lib/data/change-requests/merge";
import { sortCitations, type RecordSnapshot } from "@/lib/data/snapshots";
import type { EntityType } from "@/lib/generated/prisma/enums";

// The three sides a reviewer compares (and the approval merges): the record as the proposal's
// author saw it (base), as it is now (current, a snapshot), and as proposed.

/** The proposal in the shape of a snapshot: its fields, and its citations in snapshot form. */
export function proposedSide(proposedData: unknown): MergeSide {
  const data = (proposedData ?? {}) as Partial<ProposedData>;
  return {
    fields: data.fields ?? {},
    citations: sortCitations(
      (data.citations ?? []).map((c) => ({
        sourceId: c.sourceId,
        locator: c.locator ?? null,
        claimEn: c.claimEn ?? c.claim ?? null,
        claimAr: c.claimAr ?? null,
      })),
    ),
  };
}

/** The revision a proposal was made against, or null (a CREATE, or a version never recorded). */
export async function baseSnapshot(
  tx: DbClient,
  entityType: EntityType,
  entityId: string,
  version: number | null,
): Promise<RecordSnapshot | null> {
  if (version === null) return null;
  const revision = await tx.revision.findUnique({
    where: { entityType_entityId_version: { entityType, entityId, version } },
    select: { data: true },
  });
  return (revision?.data as RecordSnapshot | undefined) ?? null;
}
