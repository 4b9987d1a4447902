import "server-only";
import { cache } from "react";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import { publicMonumentWhere } from "@/lib/data/monuments";

// The public history of a monument: its approved revisions (and those of its damage reports and
// restorations), what changed and when. Never who by e-mail: no user column is selected.

type Snapshot = { fields?: Record<string, unknown>; citations?: unknown[] };

function asSnapshot(data: unknown): Snapshot {
  return data !== null && typeof data === "object" ? (data as Snapshot) : {};
}

/** The own fields whose value differs between two snapshots; every field for the first one. */
export function changedFields(previous: unknown, current: unknown): { fields: string[]; citationsChanged: boolean } {
  const before = asSnapshot(previous);
  const after = asSnapshot(current);
  const keys = new Set([...Object.keys(before.fields ?? {}), ...Object.keys(after.fields ?? {})]);
  const fields = [...keys].filter(
    (key) => JSON.stringify(before.fields?.[key] ?? null) !== JSON.stringify(after.fields?.[key] ?? null),
  );
  const citationsChanged = JSON.stringify(before.citations ?? []) !== JSON.stringify(after.citations ?? []);
  return { fields: fields.sort(), citationsChanged };
}

/** A public monument's approved versions, newest first, with what changed in each. */
export function getMonumentHistory({ slug, tx }: { slug: string } & WithTx) {
  return monumentHistory(slug, clientOf(tx));
}

const monumentHistory = cache(async (slug: string, db: DbClient) => {
  const monument = await db.monument.findFirst({
    where: { ...publicMonumentWhere, slug },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameAr: true,
      version: true,
      // deleted reports and restorations keep their history (their deletion is a revision)
      damageReports: { select: { id: true } },
      restorations: { select: { id: true } },
    },
  });
  if (!monument) return null;
  const entityIds = [
    monument.id,
    ...monument.damageReports.map((r) => r.id),
    ...monument.restorations.map((r) => r.id),
  ];
  const revisions = await db.revision.findMany({
    where: { entityId: { in: entityIds }, entityType: { in: ["MONUMENT", "DAMAGE_REPORT", "RESTORATION_EFFORT"] } },
    orderBy: [{ createdAt: "asc" }, { version: "asc" }, { id: "asc" }],
    select: { id: true, entityType: true, entityId: true, version: true, data: true, summary: true, createdAt: true },
  });
  // compare each revision with the previous revision of the same record
  const last = new Map<string, unknown>();
  const entries = revisions.map((revision) => {
    const key = `${revision.entityType}:${revision.entityId}`;
    const previous = last.get(key);
    last.set(key, revision.data);
    const change = previous === undefined ? null : changedFields(previous, revision.data);
    const fields = asSnapshot(revision.data).fields ?? {};
    return {
      id: revision.id,
      entityType: revision.entityType,
      entityId: revision.entityId,
      version: revision.version,
      createdAt: revision.createdAt,
      created: previous === undefined,
      deleted: fields.deletedAt !== null && fields.deletedAt !== undefined,
      change,
      // a label for a report or a restoration: its own description or title
      labelEn:
        typeof fields.titleEn === "string"
          ? fields.titleEn
          : typeof fields.descriptionEn === "string"
            ? fields.descriptionEn
            : null,
      labelAr:
        typeof fields.titleAr === "string"
          ? fields.titleAr
          : typeof fields.descriptionAr === "string"
            ? fields.descriptionAr
            : null,
    };
  });
  return {
    monument: {
      id: monument.id,
      slug: monument.slug,
      nameEn: monument.nameEn,
      nameAr: monument.nameAr,
      version: monument.version,
    },
    entries: entries.reverse(),
  };
});

/** Revision n of a monument's own record, for the permalink /monuments/[slug]/v/[n]. */
export function getMonumentVersion({ slug, version, tx }: { slug: string; version: number } & WithTx) {
  return monumentVersion(slug, version, clientOf(tx));
}

const monumentVersion = cache(async (slug: string, version: number, db: DbClient) => {
  const monument = await db.monument.findFirst({
    where: { ...publicMonumentWhere, slug },
    select: { id: true, slug: true, nameEn: true, nameAr: true, version: true },
  });
  if (!monument) return null;
  const revision = await db.revision.findUnique({
    where: { entityType_entityId_version: { entityType: "MONUMENT", entityId: monument.id, version } },
    select: { version: true, data: true, createdAt: true },
  });
  if (!revision) return null;
  const snapshot = asSnapshot(revision.data);
  const sourceIds = (snapshot.citations ?? [])
    .map((citation) =>
      citation && typeof citation === "object" ? (citation as { sourceId?: unknown }).sourceId : null,
    )
    .filter((id): id is string => typeof id === "string");
  const sources = await db.source.findMany({
    where: { id: { in: sourceIds }, deletedAt: null },
    select: { id: true, title: true, titleAr: true, outlet: true, language: true, url: true },
  });
  return { monument, version: revision.version, createdAt: revision.createdAt, fields: snapshot.fields ?? {}, sources };
});

/** The latest approved changes across the catalogue, for the home page. */
export async function listLatestChanges({ limit = 8, tx }: { limit?: number } & WithTx = {}) {
  const db = clientOf(tx);
  const revisions = await db.revision.findMany({
    where: { entityType: { in: ["MONUMENT", "DAMAGE_REPORT", "RESTORATION_EFFORT"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit * 3,
    select: { id: true, entityType: true, entityId: true, version: true, createdAt: true },
  });
  const monumentIds = new Set<string>();
  const reportIds: string[] = [];
  const effortIds: string[] = [];
  for (const revision of revisions) {
    if (revision.entityType === "MONUMENT") monumentIds.add(revision.entityId);
    else if (revision.entityType === "DAMAGE_REPORT") reportIds.push(revision.entityId);
    else effortIds.push(revision.entityId);
  }
  const [reports, efforts] = await Promise.all([
    db.damageReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, monumentId: true } }),
    db.restorationEffort.findMany({ where: { id: { in: effortIds } }, select: { id: true, monumentId: true } }),
  ]);
  const ownerOf = new Map<string, string>([...reports, ...efforts].map((row) => [row.id, row.monumentId]));
  for (const id of ownerOf.values()) monumentIds.add(id);
  const monuments = await db.monument.findMany({
    where: { ...publicMonumentWhere, id: { in: [...monumentIds] } },
    select: { id: true, slug: true, nameEn: true, nameAr: true },
  });
  const byId = new Map(monuments.map((monument) => [monument.id, monument]));
  return revisions
    .map((revision) => {
      const monument = byId.get(
        revision.entityType === "MONUMENT" ? revision.entityId : (ownerOf.get(revision.entityId) ?? ""),
      );
      return monument ? { ...revision, monument } : null;
    })
    .filter((entry): entry is NonNullable<typeof entry> => entry !== null)
    .slice(0, limit);
}
