import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// A form field: its label, hint and error tied to the control (aria-describedby, aria-invalid),
// so a screen reader announces the error with the field. The control is passed as a function
// of those attributes, so any input, select or textarea (registered with react-hook-form or
// not) gets them.

export const controlClasses =
  "block w-full min-h-11 rounded-md border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-600 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700 disabled:bg-stone-100";

export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  "aria-required"?: true;
  className: string;
};

export function Field({
  id,
  label,
  hint,
  error,
  required,
  requiredLabel,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  // shown after the label of a required field ("required" / "مطلوب")
  requiredLabel?: string;
  children: (control: ControlProps) => ReactNode;
  className?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block font-semibold text-stone-900">
        {label}
        {required && requiredLabel ? (
          <span className="ms-2 text-sm font-normal text-stone-700">({requiredLabel})</span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        className: controlClasses,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(required ? { "aria-required": true as const } : {}),
      })}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The errors of a form at its top, each a link to its field; focus it after a failed submit. */
export function ErrorSummary({
  id,
  heading,
  errors,
}: {
  id: string;
  heading: ReactNode;
  errors: { fieldId: string; message: string }[];
}) {
  if (errors.length === 0) return null;
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900"
      data-testid="error-summary"
    >
      <h2 className="font-bold">{heading}</h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} className="font-semibold text-red-900 underline">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
