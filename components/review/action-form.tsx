"use client";

import { useActionState, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/actions/result";

// A form posting to one server action, showing the action's answer beside it: the action returns
// codes, and `messages` (from the page, in its language) says them. A reason typed into the
// optional text area is kept in state, so it survives a refused submission (nothing typed is lost).

// These actions redirect when they succeed: what comes back to the form is a refusal.
export type FormAction = (state: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never>>;

/** The page's messages for the codes its actions return; "unexpected" may hold "{ref}". */
export type ActionMessages = Record<string, string> & { unexpected: string };

function say(messages: ActionMessages, code: string, reference?: string): string {
  const text = messages[code] ?? messages.invalid ?? messages.unexpected;
  return reference ? text.replace("{ref}", reference) : text;
}

const buttonStyles = {
  primary: "bg-emerald-800 text-white hover:bg-emerald-900 border-emerald-900",
  danger: "bg-white text-red-800 hover:bg-red-50 border-red-800",
  secondary: "bg-white text-stone-900 hover:bg-stone-100 border-stone-600",
} as const;

function SubmitButton({
  label,
  pendingLabel,
  variant,
  testId,
}: {
  label: string;
  pendingLabel: string;
  variant: keyof typeof buttonStyles;
  testId?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      data-testid={testId}
      className={`inline-flex min-h-11 items-center rounded-md border px-4 py-2 font-semibold focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 disabled:opacity-60 ${buttonStyles[variant]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

export function ActionForm({
  action,
  messages,
  hidden,
  children,
  submitLabel,
  pendingLabel,
  variant = "secondary",
  testId,
  textArea,
}: {
  action: FormAction;
  messages: ActionMessages;
  hidden: Record<string, string>;
  children?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  variant?: keyof typeof buttonStyles;
  testId?: string;
  textArea?: { name: string; label: string; id: string; required?: boolean };
}) {
  const [result, formAction] = useActionState(action, null);
  const state = result && !result.ok ? result : null;
  const [text, setText] = useState("");
  const fieldCode = state && textArea ? state.fieldErrors[textArea.name]?.[0] : undefined;
  const fieldError = fieldCode ? say(messages, fieldCode) : null;
  const errorId = textArea ? `${textArea.id}-error` : undefined;
  return (
    <form action={formAction} className="space-y-3" data-testid={testId ? `${testId}-form` : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {textArea ? (
        <div>
          <label htmlFor={textArea.id} className="block font-medium text-stone-900">
            {textArea.label}
          </label>
          <textarea
            id={textArea.id}
            name={textArea.name}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={3}
            maxLength={4000}
            aria-required={textArea.required ? "true" : undefined}
            aria-invalid={fieldError ? "true" : undefined}
            aria-describedby={fieldError ? errorId : undefined}
            className="mt-1 block w-full rounded-md border border-stone-500 px-3 py-2 text-stone-900 focus:outline-2 focus:outline-blue-700"
          />
          {fieldError ? (
            <p id={errorId} className="mt-1 font-medium text-red-800">
              {fieldError}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} variant={variant} testId={testId} />
      <div aria-live="polite" role="status">
        {state && !fieldError ? (
          <p className="font-medium text-red-800" data-testid={testId ? `${testId}-result` : undefined}>
            {say(messages, state.formError ?? "unexpected", state.reference)}
          </p>
        ) : null}
      </div>
    </form>
  );
}
