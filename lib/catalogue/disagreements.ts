import { earliestDay, eventDateSpan, latestDay, type StoredEventDate } from "@/lib/dates/partial-date";

// Where sources disagree: two damage reports of one monument about overlapping times that give
// a different condition, when they cover the same span or one is graded "disputed". Pure.

type Report = StoredEventDate & {
  id: string;
  conditionAfter: { code: string };
  certainty: { code: string };
};

/** The span of days a dated report covers: a day, a month, a year or its window, each bound as meant. */
function span(report: Report): [number, number] | null {
  const dates = eventDateSpan(report);
  if (!dates) return null;
  return [earliestDay(dates.start).getTime(), latestDay(dates.end ?? dates.start).getTime()];
}

/** Pairs of report ids that disagree, each pair once, in the reports' order. */
export function findDisagreements<R extends Report>(reports: readonly R[]): [R, R][] {
  const pairs: [R, R][] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = reports[i]!;
      const b = reports[j]!;
      const spanA = span(a);
      const spanB = span(b);
      if (!spanA || !spanB || spanA[0] > spanB[1] || spanB[0] > spanA[1]) continue;
      // a later report of a worse state is a progression, not a disagreement: only reports about
      // the same span, or one graded "disputed", count
      const differ = a.conditionAfter.code !== b.conditionAfter.code;
      const disputed = a.certainty.code === "disputed" || b.certainty.code === "disputed";
      const sameSpan = spanA[0] === spanB[0] && spanA[1] === spanB[1];
      if (differ && (disputed || sameSpan)) pairs.push([a, b]);
    }
  }
  return pairs;
}
