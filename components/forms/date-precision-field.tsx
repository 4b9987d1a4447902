"use client";

import type { UseFormReturn } from "react-hook-form";
import type { Translator } from "@/lib/i18n/translator";
import { describedBy, FieldError, inputClass, SelectField } from "@/components/forms/fields";

type T9n = Translator<"editor">;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by forms of different shapes
export type AnyForm = UseFormReturn<any>;

export const fieldId = (name: string) => name.replace(/\./g, "-");

/**
 * A date with its precision: a day, a month, a year or (for events) a window between two days.
 * Whatever the input, the field holds "YYYY-MM-DD" (a month as its 1st, a year as 1 January),
 * which is what the schema and the database store.
 */
export function DatePrecisionField({
  form,
  t,
  legend,
  dateName,
  endName,
  precisionName,
  errorOf,
}: {
  form: AnyForm;
  t: T9n;
  legend: string;
  dateName: string;
  endName?: string;
  precisionName: string;
  errorOf: (path: string) => string | undefined;
}) {
  const precision = (form.watch(precisionName) as string | null) ?? "";
  const date = (form.watch(dateName) as string | null) ?? "";
  const dateId = fieldId(dateName);
  const dateError = errorOf(dateName);
  const set = (name: string, value: string | null) =>
    form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  const precisions = (
    endName ? (["DAY", "MONTH", "YEAR", "WINDOW"] as const) : (["DAY", "MONTH", "YEAR"] as const)
  ).map((p) => ({
    value: p,
    label: t(`precision${p}`),
  }));

  return (
    <div className="space-y-3">
      <SelectField
        id={fieldId(precisionName)}
        label={`${legend}: ${t("datePrecision")}`}
        registration={form.register(precisionName, {
          onChange: (event: { target: { value: string } }) => {
            const next = event.target.value;
            if (!next) set(dateName, null);
            if (endName && next !== "WINDOW") set(endName, null);
            // keep what can be kept: 2015-08-27 as a month is 2015-08-01, as a year 2015-01-01
            if (date && next === "MONTH") set(dateName, `${date.slice(0, 7)}-01`);
            if (date && next === "YEAR") set(dateName, `${date.slice(0, 4)}-01-01`);
          },
        })}
        options={precisions}
        emptyLabel={t("precisionNone")}
        error={errorOf(precisionName)}
      />
      {precision === "DAY" || precision === "WINDOW" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={dateId} className="block font-semibold">
              {precision === "WINDOW" ? t("windowStart") : t("date")}
            </label>
            <input
              id={dateId}
              type="date"
              className={inputClass}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={describedBy(dateId, { error: dateError })}
              {...form.register(dateName)}
            />
            <FieldError id={dateId} error={dateError} />
          </div>
          {precision === "WINDOW" && endName ? (
            <div className="space-y-1">
              <label htmlFor={fieldId(endName)} className="block font-semibold">
                {t("windowEnd")}
              </label>
              <input
                id={fieldId(endName)}
                type="date"
                className={inputClass}
                aria-invalid={errorOf(endName) ? true : undefined}
                aria-describedby={describedBy(fieldId(endName), { error: errorOf(endName) })}
                {...form.register(endName)}
              />
              <FieldError id={fieldId(endName)} error={errorOf(endName)} />
            </div>
          ) : null}
        </div>
      ) : null}
      {precision === "MONTH" ? (
        <div className="space-y-1">
          <label htmlFor={dateId} className="block font-semibold">
            {t("month")}
          </label>
          <input
            id={dateId}
            type="month"
            className={inputClass}
            value={date.slice(0, 7)}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={describedBy(dateId, { error: dateError })}
            onChange={(e) => set(dateName, e.target.value ? `${e.target.value}-01` : null)}
          />
          <FieldError id={dateId} error={dateError} />
        </div>
      ) : null}
      {precision === "YEAR" ? (
        <div className="space-y-1">
          <label htmlFor={dateId} className="block font-semibold">
            {t("year")}
          </label>
          <input
            id={dateId}
            type="number"
            inputMode="numeric"
            min={1}
            max={2999}
            className={inputClass}
            value={date ? String(Number(date.slice(0, 4))) : ""}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={describedBy(dateId, { error: dateError })}
            onChange={(e) => {
              const year = e.target.value.trim();
              set(dateName, /^\d{1,4}$/.test(year) ? `${year.padStart(4, "0")}-01-01` : year ? year : null);
            }}
          />
          <FieldError id={dateId} error={dateError} />
        </div>
      ) : null}
    </div>
  );
}
