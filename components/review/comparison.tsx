import { isDeepStrictEqual } from "node:util";
import { FieldValue, fieldLabel, type Labels } from "@/components/review/field-value";
import type { FieldComparison } from "@/lib/data/change-requests/merge";
import type { Translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";

// The proposal beside the current record, one field per row (stacked on a phone, side by side on a
// wider screen). With a conflict it shows base, current and proposed, and each field that both
// sides changed gets a choice; those radio buttons belong to the resolve form around this list.

export function Comparison({
  rows,
  conflict,
  baseVersion,
  locale,
  t,
  labels,
  isCreate,
}: {
  rows: FieldComparison[];
  conflict: boolean;
  baseVersion: number | null;
  locale: Locale;
  t: Translator;
  labels: Labels;
  isCreate: boolean;
}) {
  const fieldRows = rows.filter((row) => row.field !== "citations" && (row.inProposal || conflict));
  const changed = fieldRows.filter(
    (row) => !isDeepStrictEqual(row.current ?? null, row.proposed ?? null) || row.conflict,
  );
  const unchanged = fieldRows.filter((row) => !changed.includes(row));
  const columns = conflict ? "sm:grid-cols-3" : isCreate ? "" : "sm:grid-cols-2";

  const renderRow = (row: FieldComparison) => {
    const label = fieldLabel(t, row.field);
    const isChanged = changed.includes(row);
    return (
      <li
        key={row.field}
        className={`rounded-md border p-3 ${row.conflict ? "border-amber-600 bg-amber-50" : isChanged ? "border-blue-700 bg-blue-50" : "border-stone-200 bg-white"}`}
        data-testid={`compare-${row.field}`}
        data-changed={isChanged ? "true" : "false"}
      >
        <h3 className="font-semibold text-stone-900">
          {label}{" "}
          {isChanged ? <span className="text-sm font-medium text-blue-900">({t("review.changed")})</span> : null}
        </h3>
        <dl className={`mt-2 grid gap-2 ${columns}`}>
          {conflict ? (
            <div>
              <dt className="text-sm text-stone-600">{t("review.baseColumn", { version: baseVersion ?? "—" })}</dt>
              <dd>
                <FieldValue field={row.field} value={row.base} locale={locale} t={t} labels={labels} />
              </dd>
            </div>
          ) : null}
          {isCreate ? null : (
            <div>
              <dt className="text-sm text-stone-600">{t("review.currentColumn")}</dt>
              <dd data-testid={`current-${row.field}`}>
                <FieldValue field={row.field} value={row.current} locale={locale} t={t} labels={labels} />
              </dd>
            </div>
          )}
          <div>
            <dt className="text-sm text-stone-600">{t("review.proposedColumn")}</dt>
            <dd data-testid={`proposed-${row.field}`}>
              <FieldValue field={row.field} value={row.proposed} locale={locale} t={t} labels={labels} />
            </dd>
          </div>
        </dl>
        {conflict && row.conflict ? (
          <fieldset className="mt-3">
            <legend className="font-medium text-stone-900">{t("review.chooseFor", { field: label })}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {(["base", "current", "proposed"] as const).map((choice) => (
                <label key={choice} className="inline-flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={`choice.${row.field}`}
                    value={choice}
                    required
                    className="size-5"
                    data-testid={`choice-${row.field}-${choice}`}
                  />
                  {choice === "base"
                    ? t("review.chooseBase")
                    : choice === "current"
                      ? t("review.chooseCurrent")
                      : t("review.chooseProposed")}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
      </li>
    );
  };

  return (
    <div>
      <ul className="space-y-3">{changed.map(renderRow)}</ul>
      {unchanged.length > 0 ? (
        <details className="mt-4">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-800 underline">
            {t("review.showUnchanged", { count: unchanged.length })}
          </summary>
          <ul className="mt-2 space-y-3">{unchanged.map(renderRow)}</ul>
        </details>
      ) : null}
    </div>
  );
}
