"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { messageOr, type Translator } from "@/lib/i18n/translator";
import {
  describedBy,
  FieldError,
  Fieldset,
  inputClass,
  primaryButton,
  secondaryButton,
} from "@/components/forms/fields";
import type { DraftStatus } from "@/components/forms/use-proposal-form";

type T9n = Translator<"editor">;

/**
 * The frame of every proposal form: it says up front that the submission is reviewed before it
 * is published, shows why a submission was refused, and whether the draft is saved.
 */
export function FormFrame({
  t,
  onSubmit,
  submitting,
  formError,
  draftStatus,
  restored,
  submitLabel,
  onDiscard,
  note,
  setNote,
  noteError,
  children,
}: {
  t: T9n;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  submitting: boolean;
  formError: { code: string; reference?: string } | null;
  draftStatus: DraftStatus;
  restored: boolean;
  submitLabel: string;
  onDiscard: () => void;
  note: string;
  setNote: (value: string) => void;
  noteError?: string;
  children: ReactNode;
}) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError && formError.code !== "errorSummary") alertRef.current?.focus();
  }, [formError]);
  const message = formError
    ? formError.code === "errorSummary"
      ? t("errorSummary")
      : messageOr(t, `errors.${formError.code}`, t("errors.unexpected"))
    : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="proposal-form">
      <p className="rounded-md border border-amber-400 bg-amber-50 p-3 text-stone-900" data-testid="pending-notice">
        {t("pendingNotice")}
      </p>
      {restored ? (
        <p
          className="rounded-md border border-blue-300 bg-blue-50 p-3 text-stone-900"
          role="status"
          data-testid="draft-restored"
        >
          {t("draftRestored")}
        </p>
      ) : null}
      {message ? (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900"
          data-testid="form-error"
        >
          <p>{message}</p>
          {formError?.code !== "errorSummary" && formError?.code !== "network" ? (
            <p className="font-normal">{t("errorSummary")}</p>
          ) : null}
          {formError?.reference ? (
            <p className="text-sm font-normal">{t("errors.reference", { reference: formError.reference })}</p>
          ) : null}
        </div>
      ) : null}
      {children}
      <Fieldset legend={t("sectionNote")}>
        <div className="space-y-1">
          <label htmlFor="proposal-note" className="block font-semibold">
            {t("note")} <span className="text-sm font-normal text-stone-600">({t("optional")})</span>
          </label>
          <p id="proposal-note-hint" className="text-sm text-stone-700">
            {t("noteHint")}
          </p>
          <textarea
            id="proposal-note"
            rows={3}
            className={inputClass}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby={describedBy("proposal-note", { hint: t("noteHint"), error: noteError })}
            aria-invalid={noteError ? true : undefined}
          />
          <FieldError id="proposal-note" error={noteError} />
        </div>
      </Fieldset>
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-stone-300 bg-stone-50/95 px-4 py-3">
        <button type="submit" className={primaryButton} disabled={submitting} data-testid="submit-proposal">
          {submitting ? t("submitting") : submitLabel}
        </button>
        <button type="button" className={secondaryButton} onClick={onDiscard}>
          {t("discardDraft")}
        </button>
        <p className="text-sm text-stone-700" role="status" aria-live="polite" data-testid="draft-status">
          {draftStatus === "saving"
            ? t("draftSaving")
            : draftStatus === "saved"
              ? t("draftSaved")
              : draftStatus === "local"
                ? t("draftSavedLocally")
                : ""}
        </p>
      </div>
    </form>
  );
}
