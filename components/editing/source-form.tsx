"use client";

import { SourceFields } from "@/components/forms/citations-editor";
import { type AnyForm } from "@/components/forms/date-precision-field";
import { Fieldset, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useProposalForm, type ServerDraft } from "@/components/forms/use-proposal-form";
import { createSourceSchema, type CreateSourceInput } from "@/lib/validations/source";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { submitFor, type FormMode, type ProposalActions } from "@/components/editing/submit";

type T9n = Translator<"editor">;

export function SourceForm({
  actions,
  userId,
  formKey,
  serverDraft,
  defaultValues,
  mode,
  options,
  successHref,
  initialNote,
}: {
  actions: ProposalActions;
  userId: string;
  formKey: string;
  serverDraft: ServerDraft;
  defaultValues: CreateSourceInput;
  mode: FormMode;
  options: { sourceKinds: Option[]; reliabilities: Option[] };
  successHref: string;
  initialNote?: string;
}) {
  const t: T9n = useTranslations("editor");
  const p = useProposalForm<CreateSourceInput>({
    schema: createSourceSchema,
    defaultValues,
    serverDraft,
    formKey,
    userId,
    t,
    submit: submitFor("SOURCE", mode, formKey, actions) as never,
    saveDraft: actions.saveDraft,
    successHref: (id) => `${successHref}?submitted=${encodeURIComponent(id)}`,
    initialNote,
  });
  return (
    <FormFrame
      t={t}
      onSubmit={p.onSubmit}
      submitting={p.submitting}
      formError={p.formError}
      draftStatus={p.draftStatus}
      restored={p.restored}
      submitLabel={mode.reviseId ? t("saveRevision") : t("submit")}
      onDiscard={() => void p.discard(actions.discardDraft)}
      note={p.note}
      setNote={p.setNote}
      noteError={p.errorOf("note")}
    >
      <Fieldset legend={t("sectionSources")}>
        <SourceFields
          form={p.form as unknown as AnyForm}
          t={t}
          prefix="fields"
          kinds={options.sourceKinds}
          reliabilities={options.reliabilities}
          errorOf={p.errorOf}
        />
      </Fieldset>
    </FormFrame>
  );
}
