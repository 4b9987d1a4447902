import type { Prisma } from "../../lib/generated/prisma/client";
import type { EntityType } from "../../lib/generated/prisma/enums";
import { delegateFor, ENTITY_REGISTRY } from "../../lib/data/change-requests/registry";
import { snapshotFromRow, type SnapshotCitation, type SnapshotParticipant } from "../../lib/data/snapshots";

/**
 * Writes the revision at its current version (revision 1 for seeded rows) of every editable record
 * that has none yet, so every record's history starts with what the seed loaded. Runs in the
 * seed's transaction; a second run finds every revision present and writes nothing.
 */
export async function seedRevisions(tx: Prisma.TransactionClient): Promise<number> {
  let written = 0;
  for (const entityType of Object.keys(ENTITY_REGISTRY) as EntityType[]) {
    const model = ENTITY_REGISTRY[entityType];
    const rows = await delegateFor(tx, entityType).findMany({ orderBy: { id: "asc" } });
    if (rows.length === 0) continue;
    const existing = new Set(
      (await tx.revision.findMany({ where: { entityType }, select: { entityId: true, version: true } })).map(
        (r) => `${r.entityId}@${r.version}`,
      ),
    );
    const missing = rows.filter((row) => !existing.has(`${row.id as string}@${row.version as number}`));
    if (missing.length === 0) continue;

    // One query per table for citations and participants, not one per record.
    const citationsBy = new Map<string, SnapshotCitation[]>();
    if (model.citationKey) {
      const key = model.citationKey;
      const citations = await tx.citation.findMany({
        where: { [key]: { in: missing.map((row) => row.id as string) } },
        select: { sourceId: true, locator: true, claimEn: true, claimAr: true, [key]: true },
      });
      for (const citation of citations as unknown as Array<SnapshotCitation & Record<string, unknown>>) {
        const owner = citation[key] as string;
        const { sourceId, locator, claimEn, claimAr } = citation;
        citationsBy.set(owner, [...(citationsBy.get(owner) ?? []), { sourceId, locator, claimEn, claimAr }]);
      }
    }
    const participantsBy = new Map<string, SnapshotParticipant[]>();
    if (model.participants) {
      const participants = await tx.restorationParticipant.findMany({
        where: { effortId: { in: missing.map((row) => row.id as string) } },
      });
      for (const { effortId, personId, organisationId, roleEn, roleAr } of participants) {
        participantsBy.set(effortId, [
          ...(participantsBy.get(effortId) ?? []),
          { personId, organisationId, roleEn, roleAr },
        ]);
      }
    }

    await tx.revision.createMany({
      data: missing.map((row) => {
        const id = row.id as string;
        const snapshot = snapshotFromRow(
          row,
          citationsBy.get(id) ?? [],
          entityType === "RESTORATION_EFFORT" ? (participantsBy.get(id) ?? []) : undefined,
        );
        return {
          entityType,
          entityId: id,
          version: row.version as number,
          data: snapshot as unknown as Prisma.InputJsonValue,
          summary: "Loaded with the catalogue",
        };
      }),
      skipDuplicates: true,
    });
    written += missing.length;
  }
  return written;
}
