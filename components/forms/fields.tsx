"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

// Form controls with their label, hint and error tied to the input: the error is announced
// with the field (aria-describedby), the field is marked invalid (aria-invalid). Large touch
// targets and full width for phones; logical properties for right-to-left.

export const inputClass =
  "block w-full min-h-11 rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 focus:outline-2 focus:outline-offset-1 focus:outline-blue-700 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

export type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  optionalLabel?: string;
};

export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  requiredLabel,
  optionalLabel,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-stone-900">
        {label}
        {required && requiredLabel ? (
          <span className="ms-2 text-sm font-normal text-stone-700">({requiredLabel})</span>
        ) : null}
        {!required && optionalLabel ? (
          <span className="ms-2 text-sm font-normal text-stone-600">({optionalLabel})</span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-semibold text-red-800" data-testid={`${id}-error`}>
      {error}
    </p>
  );
}

type InputProps = FieldProps & {
  registration: UseFormRegisterReturn;
  type?: "text" | "date" | "month" | "number" | "url" | "email";
  dir?: "ltr" | "rtl" | "auto";
  lang?: string;
  inputMode?: "decimal" | "numeric" | "text" | "url";
  step?: string;
  autoComplete?: string;
};

export function TextField({
  registration,
  type = "text",
  dir,
  lang,
  inputMode,
  step,
  autoComplete = "off",
  ...field
}: InputProps) {
  return (
    <FieldShell {...field}>
      <input
        id={field.id}
        type={type}
        dir={dir}
        lang={lang}
        inputMode={inputMode}
        step={step}
        autoComplete={autoComplete}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field)}
        aria-required={field.required || undefined}
        className={inputClass}
        {...registration}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  registration,
  rows = 4,
  dir,
  lang,
  ...field
}: FieldProps & { registration: UseFormRegisterReturn; rows?: number; dir?: "ltr" | "rtl" | "auto"; lang?: string }) {
  return (
    <FieldShell {...field}>
      <textarea
        id={field.id}
        rows={rows}
        dir={dir}
        lang={lang}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field)}
        aria-required={field.required || undefined}
        className={inputClass}
        {...registration}
      />
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  registration,
  options,
  emptyLabel,
  ...field
}: FieldProps & { registration: UseFormRegisterReturn; options: Option[]; emptyLabel?: string }) {
  return (
    <FieldShell {...field}>
      <select
        id={field.id}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field)}
        aria-required={field.required || undefined}
        className={inputClass}
        {...registration}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  registration,
  id,
  label,
  error,
}: {
  registration: UseFormRegisterReturn;
  id: string;
  label: string;
  error?: string;
}) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 size-6 shrink-0 accent-blue-800"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...registration}
        />
        <label htmlFor={id} className="font-medium text-stone-900">
          {label}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold text-stone-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 disabled:opacity-60";
export const primaryButton = `${buttonClass} bg-blue-800 text-white hover:bg-blue-900`;
export const secondaryButton = `${buttonClass} border border-stone-500 bg-white text-stone-900 hover:bg-stone-100`;
