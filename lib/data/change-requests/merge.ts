import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { FieldChoice } from "@/lib/validations/review";

// Three-way merge of a proposal made against an older version of a record. A field the proposal
// left as it was in the base takes the current value; a field nobody else changed takes the
// proposed value; a field both changed differently is a conflict the reviewer must choose for.
// "citations" is treated as one more field.

export type MergeSide = { fields: Record<string, unknown>; citations: unknown[] };

export type FieldComparison = {
  field: string;
  base: unknown;
  current: unknown;
  proposed: unknown;
  conflict: boolean;
  // false for a column the proposal does not set (e.g. the slug): it keeps its current value
  inProposal: boolean;
  // what the merge takes when the reviewer does not choose
  automatic: FieldChoice | null;
};

const same = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

export function compareThreeWay(
  fieldNames: readonly string[],
  base: MergeSide | null,
  current: MergeSide,
  proposed: MergeSide,
): FieldComparison[] {
  const rows: FieldComparison[] = [];
  const all = [...fieldNames, "citations"];
  for (const field of all) {
    const pick = (side: MergeSide | null) =>
      side ? (field === "citations" ? side.citations : side.fields[field]) : undefined;
    const b = pick(base);
    const c = pick(current);
    const p = pick(proposed);
    if (field !== "citations" && !(field in proposed.fields)) {
      rows.push({ field, base: b, current: c, proposed: c, conflict: false, automatic: "current", inProposal: false });
      continue;
    }
    let automatic: FieldChoice | null;
    if (same(c, p)) automatic = "current";
    else if (base && same(p, b)) automatic = "current";
    else if (base && same(c, b)) automatic = "proposed";
    else automatic = null;
    rows.push({ field, base: b, current: c, proposed: p, conflict: automatic === null, automatic, inProposal: true });
  }
  return rows;
}

export class UnresolvedConflict extends Error {
  constructor(public readonly fields: string[]) {
    super(`Choose a value for: ${fields.join(", ")}`);
    this.name = "UnresolvedConflict";
  }
}

/** The merged fields and citations for the reviewer's choices; every conflict needs a choice. */
export function mergeWithChoices(
  rows: FieldComparison[],
  choices: Record<string, FieldChoice>,
): { fields: Record<string, unknown>; citations: unknown[]; choices: Record<string, FieldChoice> } {
  const unresolved = rows.filter((row) => row.conflict && !choices[row.field]).map((row) => row.field);
  if (unresolved.length > 0) throw new UnresolvedConflict(unresolved);
  const fields: Record<string, unknown> = {};
  let citations: unknown[] = [];
  const used: Record<string, FieldChoice> = {};
  for (const row of rows) {
    if (!row.inProposal) continue;
    const choice = choices[row.field] ?? row.automatic ?? "current";
    used[row.field] = choice;
    const value = choice === "base" ? row.base : choice === "current" ? row.current : row.proposed;
    if (row.field === "citations") citations = (value as unknown[] | undefined) ?? [];
    else fields[row.field] = value ?? null;
  }
  return { fields, citations, choices: used };
}
