"use client";

import { CitationsEditor } from "@/components/forms/citations-editor";
import { DatePrecisionField, fieldId, type AnyForm } from "@/components/forms/date-precision-field";
import { Fieldset, SelectField, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { PhotoUploader } from "@/components/forms/photo-uploader";
import { useProposalForm, type PhotoItem, type ServerDraft } from "@/components/forms/use-proposal-form";
import { createDamageReportSchema, type CreateDamageReportInput } from "@/lib/validations/damage-report";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { submitFor, type FormMode, type ProposalActions } from "@/components/editing/submit";

type T9n = Translator<"editor">;

export function DamageReportForm({
  actions,
  userId,
  formKey,
  serverDraft,
  defaultValues,
  mode,
  options,
  successHref,
  initialPhotos,
  initialNote,
}: {
  actions: ProposalActions;
  userId: string;
  formKey: string;
  serverDraft: ServerDraft;
  defaultValues: CreateDamageReportInput;
  mode: FormMode;
  options: {
    causes: Option[];
    conditions: Option[];
    certainties: Option[];
    sources: Option[];
    sourceKinds: Option[];
    reliabilities: Option[];
  };
  successHref: string;
  initialPhotos?: PhotoItem[];
  initialNote?: string;
}) {
  const t: T9n = useTranslations("editor");
  const p = useProposalForm<CreateDamageReportInput>({
    schema: createDamageReportSchema,
    defaultValues,
    serverDraft,
    formKey,
    userId,
    t,
    submit: submitFor("DAMAGE_REPORT", mode, formKey, actions) as never,
    saveDraft: actions.saveDraft,
    successHref: (id) => `${successHref}?submitted=${encodeURIComponent(id)}`,
    initialPhotos,
    initialNote,
  });
  const { form, errorOf } = p;
  const anyForm = form as unknown as AnyForm;
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };
  const text = (
    name: string,
    label: string,
    extra: { hint?: string; required?: boolean; ar?: boolean; area?: boolean } = {},
  ) => {
    const props = {
      id: fieldId(name),
      label,
      hint: extra.hint,
      required: extra.required,
      ...common,
      registration: form.register(name as never),
      error: errorOf(name),
      ...(extra.ar ? { dir: "rtl" as const, lang: "ar" } : {}),
    };
    return extra.area ? <TextAreaField {...props} /> : <TextField {...props} />;
  };

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
      <Fieldset legend={t("sectionWhen")}>
        <DatePrecisionField
          form={anyForm}
          t={t}
          legend={t("date")}
          dateName="fields.occurredOn"
          endName="fields.occurredOnEnd"
          precisionName="fields.datePrecision"
          errorOf={errorOf}
        />
        <TextField
          id="fields-assessedOn"
          type="date"
          label={t("assessedOn")}
          hint={t("assessedOnHint")}
          {...common}
          registration={form.register("fields.assessedOn")}
          error={errorOf("fields.assessedOn")}
        />
      </Fieldset>
      <Fieldset legend={t("sectionWhat")}>
        <SelectField
          id="fields-causeCode"
          label={t("cause")}
          required
          {...common}
          registration={form.register("fields.causeCode")}
          options={options.causes}
          emptyLabel={t("choose")}
          error={errorOf("fields.causeCode")}
        />
        {text("fields.agentEn", `${t("agent")} (${t("inEnglish")})`, { hint: t("agentHint") })}
        {text("fields.agentAr", `${t("agent")} (${t("inArabic")})`, { ar: true })}
        <SelectField
          id="fields-conditionAfterCode"
          label={t("conditionAfter")}
          required
          {...common}
          registration={form.register("fields.conditionAfterCode")}
          options={options.conditions}
          emptyLabel={t("choose")}
          error={errorOf("fields.conditionAfterCode")}
        />
        {text("fields.extentEn", `${t("extent")} (${t("inEnglish")})`, { hint: t("extentHint") })}
        {text("fields.extentAr", `${t("extent")} (${t("inArabic")})`, { ar: true })}
        <SelectField
          id="fields-certaintyCode"
          label={t("certainty")}
          required
          {...common}
          registration={form.register("fields.certaintyCode")}
          options={options.certainties}
          emptyLabel={t("choose")}
          error={errorOf("fields.certaintyCode")}
        />
        {text("fields.descriptionEn", `${t("description")} (${t("inEnglish")})`, { required: true, area: true })}
        {text("fields.descriptionAr", `${t("description")} (${t("inArabic")})`, { ar: true, area: true })}
        {text("fields.evidenceEn", `${t("evidence")} (${t("inEnglish")})`, { area: true })}
        {text("fields.evidenceAr", `${t("evidence")} (${t("inArabic")})`, { ar: true, area: true })}
      </Fieldset>
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
    </FormFrame>
  );
}
