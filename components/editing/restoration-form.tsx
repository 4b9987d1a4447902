"use client";

import { useFieldArray } from "react-hook-form";
import { CitationsEditor } from "@/components/forms/citations-editor";
import { DatePrecisionField, fieldId, type AnyForm } from "@/components/forms/date-precision-field";
import {
  Fieldset,
  secondaryButton,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { PhotoUploader } from "@/components/forms/photo-uploader";
import { useProposalForm, type PhotoItem, type ServerDraft } from "@/components/forms/use-proposal-form";
import { createRestorationEffortSchema, type CreateRestorationEffortInput } from "@/lib/validations/restoration-effort";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { submitFor, type FormMode, type ProposalActions } from "@/components/editing/submit";

type T9n = Translator<"editor">;

export function RestorationForm({
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
  defaultValues: CreateRestorationEffortInput;
  mode: FormMode;
  options: {
    techniques: Option[];
    reversibilities: Option[];
    restorationStatuses: Option[];
    people: Option[];
    organisations: Option[];
    sources: Option[];
    sourceKinds: Option[];
    reliabilities: Option[];
  };
  successHref: string;
  initialPhotos?: PhotoItem[];
  initialNote?: string;
}) {
  const t: T9n = useTranslations("editor");
  const p = useProposalForm<CreateRestorationEffortInput>({
    schema: createRestorationEffortSchema,
    defaultValues,
    serverDraft,
    formKey,
    userId,
    t,
    submit: submitFor("RESTORATION_EFFORT", mode, formKey, actions) as never,
    saveDraft: actions.saveDraft,
    successHref: (id) => `${successHref}?submitted=${encodeURIComponent(id)}`,
    initialPhotos,
    initialNote,
  });
  const { form, errorOf } = p;
  const anyForm = form as unknown as AnyForm;
  const participants = useFieldArray({ control: form.control, name: "participants" });
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };
  const field = (
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
      <Fieldset legend={t("sectionWork")}>
        {field("fields.titleEn", `${t("restorationTitleField")} (${t("inEnglish")})`, { required: true })}
        {field("fields.titleAr", `${t("restorationTitleField")} (${t("inArabic")})`, { ar: true })}
        <SelectField
          id="fields-techniqueCode"
          label={t("technique")}
          required
          {...common}
          registration={form.register("fields.techniqueCode")}
          options={options.techniques}
          emptyLabel={t("choose")}
          error={errorOf("fields.techniqueCode")}
        />
        <SelectField
          id="fields-statusCode"
          label={t("status")}
          required
          {...common}
          registration={form.register("fields.statusCode")}
          options={options.restorationStatuses}
          emptyLabel={t("choose")}
          error={errorOf("fields.statusCode")}
        />
        {field("fields.materialsEn", `${t("materials")} (${t("inEnglish")})`)}
        {field("fields.materialsAr", `${t("materials")} (${t("inArabic")})`, { ar: true })}
        {field("fields.attachmentMethodEn", `${t("attachment")} (${t("inEnglish")})`)}
        {field("fields.attachmentMethodAr", `${t("attachment")} (${t("inArabic")})`, { ar: true })}
        <SelectField
          id="fields-reversibilityCode"
          label={t("reversibility")}
          {...common}
          registration={form.register("fields.reversibilityCode")}
          options={options.reversibilities}
          emptyLabel={t("none")}
          error={errorOf("fields.reversibilityCode")}
        />
        {field("fields.reversibilityReasonEn", `${t("reversibilityReason")} (${t("inEnglish")})`, { area: true })}
        {field("fields.reversibilityReasonAr", `${t("reversibilityReason")} (${t("inArabic")})`, {
          area: true,
          ar: true,
        })}
        {field("fields.placeEn", `${t("place")} (${t("inEnglish")})`)}
        {field("fields.placeAr", `${t("place")} (${t("inArabic")})`, { ar: true })}
        <DatePrecisionField
          form={anyForm}
          t={t}
          legend={t("startedOn")}
          dateName="fields.startedOn"
          precisionName="fields.startPrecision"
          errorOf={errorOf}
        />
        <DatePrecisionField
          form={anyForm}
          t={t}
          legend={t("endedOn")}
          dateName="fields.endedOn"
          precisionName="fields.endPrecision"
          errorOf={errorOf}
        />
        {field("fields.descriptionEn", `${t("description")} (${t("inEnglish")})`, { area: true })}
        {field("fields.descriptionAr", `${t("description")} (${t("inArabic")})`, { area: true, ar: true })}
        {field("fields.outcomeEn", `${t("outcome")} (${t("inEnglish")})`, { area: true })}
        {field("fields.outcomeAr", `${t("outcome")} (${t("inArabic")})`, { area: true, ar: true })}
      </Fieldset>
      <Fieldset legend={t("sectionPeople")}>
        <ol className="space-y-4">
          {participants.fields.map((item, index) => (
            <li key={item.id} className="space-y-3 rounded-md border border-stone-300 p-3">
              <SelectField
                id={fieldId(`participants.${index}.personId`)}
                label={t("people")}
                {...common}
                registration={form.register(`participants.${index}.personId`)}
                options={options.people}
                emptyLabel={t("none")}
                error={errorOf(`participants.${index}.personId`)}
              />
              <SelectField
                id={fieldId(`participants.${index}.organisationId`)}
                label={t("organisations")}
                {...common}
                registration={form.register(`participants.${index}.organisationId`)}
                options={options.organisations}
                emptyLabel={t("none")}
                error={errorOf(`participants.${index}.organisationId`)}
              />
              {field(`participants.${index}.roleEn`, `${t("participantRole")} (${t("inEnglish")})`)}
              {field(`participants.${index}.roleAr`, `${t("participantRole")} (${t("inArabic")})`, { ar: true })}
              <button type="button" className={secondaryButton} onClick={() => participants.remove(index)}>
                {t("removeParticipant")}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className={secondaryButton}
          onClick={() => participants.append({ personId: "", organisationId: "", roleEn: "", roleAr: "" })}
        >
          {t("addParticipant")}
        </button>
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
