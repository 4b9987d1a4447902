import { eventDateSpan, fromStored, latestDay, spanSortDay, type StoredEventDate } from "@/lib/dates/partial-date";

// A monument's current condition: the condition after the latest of its damage reports and its
// completed restorations, and the record it rests on. "Latest" is by the last day each can
// mean (a window by its end, a month by its last day); on the same day a completed restoration
// is the later (it repairs what was reported), then the later assessment, then the later record.
// Undated records count as the oldest. The search row (migration 20261203130000_honest_dates)
// applies the same order in SQL.

export const RESTORED_CONDITION = "restored";

export type DamageEvidence = StoredEventDate & {
  id: string;
  assessedOn?: Date | null;
  createdAt: Date;
};

export type RestorationEvidence = {
  id: string;
  statusCode: string;
  endedOn: Date | null;
  endPrecision: string | null;
  createdAt: Date;
};

export type CurrentConditionBasis<D, R> =
  | { kind: "damage"; report: D }
  // the restoration, and the damage report it followed (the latest one before it), if any
  | { kind: "restoration"; restoration: R; after: D | null };

type Entry<D, R> =
  | { kind: "damage"; record: D; day: number | null; rank: 0; assessed: number | null; created: number; id: string }
  | { kind: "restoration"; record: R; day: number | null; rank: 1; assessed: null; created: number; id: string };

function byLatestFirst<D, R>(a: Entry<D, R>, b: Entry<D, R>): number {
  const desc = (x: number | null, y: number | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : y - x);
  return (
    desc(a.day, b.day) ||
    b.rank - a.rank ||
    desc(a.assessed, b.assessed) ||
    b.created - a.created ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  );
}

/** The records, latest first, in the order the current condition is read. */
function ordered<D extends DamageEvidence, R extends RestorationEvidence>(reports: D[], restorations: R[]) {
  const entries: Entry<D, R>[] = [
    ...reports.map((record) => {
      const span = eventDateSpan(record);
      return {
        kind: "damage" as const,
        record,
        day: span ? spanSortDay(span).getTime() : null,
        rank: 0 as const,
        assessed: record.assessedOn ? record.assessedOn.getTime() : null,
        created: record.createdAt.getTime(),
        id: record.id,
      };
    }),
    ...restorations
      .filter((record) => record.statusCode === "completed")
      .map((record) => {
        const ended = fromStored(record.endedOn, record.endPrecision);
        return {
          kind: "restoration" as const,
          record,
          day: ended ? latestDay(ended).getTime() : null,
          rank: 1 as const,
          assessed: null,
          created: record.createdAt.getTime(),
          id: record.id,
        };
      }),
  ];
  return entries.sort(byLatestFirst);
}

/** What the current condition rests on; null when there is neither a report nor a completed restoration. */
export function currentConditionBasis<D extends DamageEvidence, R extends RestorationEvidence>({
  reports,
  restorations,
}: {
  reports: D[];
  restorations: R[];
}): CurrentConditionBasis<D, R> | null {
  const entries = ordered(reports, restorations);
  const first = entries[0];
  if (!first) return null;
  if (first.kind === "damage") return { kind: "damage", report: first.record };
  const after = entries.find((entry) => entry.kind === "damage");
  return { kind: "restoration", restoration: first.record, after: after?.kind === "damage" ? after.record : null };
}

/** Damage reports latest first, by the same rule ("latest damage"; the timeline is this reversed). */
export function sortReportsLatestFirst<D extends DamageEvidence>(reports: D[]): D[] {
  return ordered(reports, []).map((entry) => entry.record as D);
}
