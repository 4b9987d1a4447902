"use client";

import type { ComponentProps } from "react";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useTranslations } from "next-intl";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { fieldId, type AnyForm } from "@/components/forms/date-precision-field";
import { Fieldset, SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { PhotoUploader } from "@/components/forms/photo-uploader";
import { useProposalForm, type PhotoItem, type ServerDraft } from "@/components/forms/use-proposal-form";
import { submitFor, type FormMode, type ProposalActions } from "@/components/editing/submit";
import type { ProposableEntity } from "@/lib/data/change-requests/registry";
import type { Translator } from "@/lib/i18n/translator";

// What the four proposal forms (monument, damage report, restoration, source) share: their props,
// the proposal-form hook wired to the page's actions, one builder for text and select fields, the
// frame around the form, and the sources and photos sections. Each form keeps only its own fields.

/** The props every proposal form takes from its page. */
export type ProposalFormProps<Input, Options> = {
  actions: ProposalActions;
  userId: string;
  formKey: string;
  serverDraft: ServerDraft;
  defaultValues: Input;
  mode: FormMode;
  options: Options;
  successHref: string;
  initialPhotos?: PhotoItem[];
  initialNote?: string;
};

/** The choices of the sources section (cite an existing source or describe a new one). */
export type SourceOptions = { sources: Option[]; sourceKinds: Option[]; reliabilities: Option[] };

type FieldExtra = {
  hint?: string;
  required?: boolean;
  // Arabic text: written right to left
  ar?: boolean;
  area?: boolean;
  inputMode?: "decimal" | "numeric";
};

/** One proposal form's state and the builders its fields are made with. */
export function useEntityForm<Input extends FieldValues>(
  entityType: ProposableEntity,
  schema: z.ZodType<unknown, Input>,
  {
    actions,
    userId,
    formKey,
    serverDraft,
    defaultValues,
    mode,
    successHref,
    initialPhotos,
    initialNote,
  }: ProposalFormProps<Input, unknown>,
) {
  const t: Translator<"editor"> = useTranslations("editor");
  const p = useProposalForm<Input>({
    schema,
    defaultValues,
    serverDraft,
    formKey,
    userId,
    t,
    submit: submitFor(entityType, mode, formKey, actions) as never,
    saveDraft: actions.saveDraft,
    successHref: (id) => `${successHref}?submitted=${encodeURIComponent(id)}`,
    initialPhotos,
    initialNote,
  });
  const { form, errorOf } = p;
  const anyForm = form as unknown as AnyForm;
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };
  const register = (name: string) => form.register(name as never);

  /** A text field (or text area) for one path of the form, with its label, hint and error. */
  const field = (name: string, label: string, extra: FieldExtra = {}) => {
    const props = {
      id: fieldId(name),
      label,
      hint: extra.hint,
      required: extra.required,
      ...common,
      registration: register(name),
      error: errorOf(name),
      ...(extra.ar ? { dir: "rtl" as const, lang: "ar" } : {}),
    };
    return extra.area ? <TextAreaField {...props} /> : <TextField {...props} inputMode={extra.inputMode} />;
  };

  /** A select for one path of the form; `emptyLabel` adds the "choose" / "none" option. */
  const select = (
    name: string,
    label: string,
    options: Option[],
    extra: { required?: boolean; hint?: string; emptyLabel?: string } = {},
  ) => (
    <SelectField
      id={fieldId(name)}
      label={label}
      hint={extra.hint}
      required={extra.required}
      {...common}
      registration={register(name)}
      options={options}
      emptyLabel={extra.emptyLabel}
      error={errorOf(name)}
    />
  );

  const frame: Omit<ComponentProps<typeof FormFrame>, "children"> = {
    t,
    onSubmit: p.onSubmit,
    submitting: p.submitting,
    formError: p.formError,
    draftStatus: p.draftStatus,
    restored: p.restored,
    submitLabel: mode.reviseId ? t("saveRevision") : t("submit"),
    onDiscard: () => void p.discard(actions.discardDraft),
    note: p.note,
    setNote: p.setNote,
    noteError: p.errorOf("note"),
  };

  return { t, p, form, errorOf, anyForm, common, field, select, frame };
}

/** The sections every record form ends with: the sources it cites, and its photos. */
export function SourcesAndPhotos({
  entity,
  options,
}: {
  entity: {
    t: Translator<"editor">;
    anyForm: AnyForm;
    errorOf: (path: string) => string | undefined;
    p: Pick<ReturnType<typeof useProposalForm>, "photos" | "setPhotos">;
  };
  options: SourceOptions;
}) {
  const { t, p, anyForm, errorOf } = entity;
  return (
    <>
      <Fieldset legend={t("sectionSources")}>
        <CitationsEditor
          form={anyForm}
          t={t}
          sources={options.sources}
          kinds={options.sourceKinds}
          reliabilities={options.reliabilities}
          errorOf={errorOf}
        />
      </Fieldset>
      <Fieldset legend={t("sectionPhotos")}>
        <PhotoUploader t={t} photos={p.photos} setPhotos={p.setPhotos} error={errorOf("mediaIds")} />
      </Fieldset>
    </>
  );
}
