"use client";

import { CitationsEditor } from "@/components/forms/citations-editor";
import { fieldId, type AnyForm } from "@/components/forms/date-precision-field";
import {
  CheckboxField,
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
import { createMonumentSchema, type CreateMonumentInput } from "@/lib/validations/monument";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { submitFor, type FormMode, type ProposalActions } from "@/components/editing/submit";

type T9n = Translator<"editor">;

export function MonumentForm({
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
  selfId,
}: {
  actions: ProposalActions;
  userId: string;
  formKey: string;
  serverDraft: ServerDraft;
  defaultValues: CreateMonumentInput;
  mode: FormMode;
  options: {
    sites: Option[];
    monuments: Option[];
    monumentKinds: Option[];
    sources: Option[];
    sourceKinds: Option[];
    reliabilities: Option[];
  };
  successHref: string;
  initialPhotos?: PhotoItem[];
  initialNote?: string;
  selfId?: string | null;
}) {
  const t: T9n = useTranslations("editor");
  const p = useProposalForm<CreateMonumentInput>({
    schema: createMonumentSchema,
    defaultValues,
    serverDraft,
    formKey,
    userId,
    t,
    submit: submitFor("MONUMENT", mode, formKey, actions) as never,
    saveDraft: actions.saveDraft,
    successHref: (id) => `${successHref}?submitted=${encodeURIComponent(id)}`,
    initialPhotos,
    initialNote,
  });
  const { form, errorOf } = p;
  const anyForm = form as unknown as AnyForm;
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };
  const field = (
    name: string,
    label: string,
    extra: {
      hint?: string;
      required?: boolean;
      ar?: boolean;
      area?: boolean;
      type?: "text" | "number";
      inputMode?: "decimal" | "numeric";
    } = {},
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
    return extra.area ? <TextAreaField {...props} /> : <TextField {...props} inputMode={extra.inputMode} />;
  };
  const altNames = (form.watch("fields.altNames") as string[] | undefined) ?? [];

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
      <Fieldset legend={t("sectionNames")}>
        {field("fields.nameEn", t("nameEn"), { required: true })}
        {field("fields.nameAr", t("nameAr"), { required: true, ar: true })}
        <div className="space-y-2">
          <p className="font-semibold">{t("altNames")}</p>
          {altNames.map((_, index) => (
            <div key={index} className="flex items-end gap-2">
              <div className="flex-1">
                <TextField
                  id={fieldId(`fields.altNames.${index}`)}
                  label={`${t("altNames")} ${index + 1}`}
                  registration={form.register(`fields.altNames.${index}` as const)}
                  error={errorOf(`fields.altNames.${index}`)}
                  dir="auto"
                />
              </div>
              <button
                type="button"
                className={secondaryButton}
                onClick={() =>
                  form.setValue(
                    "fields.altNames",
                    altNames.filter((__, i) => i !== index),
                    { shouldDirty: true },
                  )
                }
              >
                {t("removeParticipant")}
              </button>
            </div>
          ))}
          <button
            type="button"
            className={secondaryButton}
            onClick={() => form.setValue("fields.altNames", [...altNames, ""], { shouldDirty: true })}
          >
            + {t("altNames")}
          </button>
        </div>
      </Fieldset>
      <Fieldset legend={t("sectionAbout")}>
        <SelectField
          id="fields-kindCode"
          label={t("kind")}
          required
          {...common}
          registration={form.register("fields.kindCode")}
          options={options.monumentKinds}
          emptyLabel={t("choose")}
          error={errorOf("fields.kindCode")}
        />
        <SelectField
          id="fields-siteId"
          label={t("site")}
          required
          {...common}
          registration={form.register("fields.siteId")}
          options={options.sites}
          error={errorOf("fields.siteId")}
        />
        <SelectField
          id="fields-parentId"
          label={t("partOf")}
          hint={t("partOfHint")}
          {...common}
          registration={form.register("fields.parentId")}
          options={options.monuments.filter((m) => m.value !== selfId)}
          emptyLabel={t("none")}
          error={errorOf("fields.parentId")}
        />
        {field("fields.periodEn", `${t("periodEn")} (${t("inEnglish")})`)}
        {field("fields.periodAr", `${t("periodEn")} (${t("inArabic")})`, { ar: true })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("fields.builtFromYear", t("builtFrom"), { hint: t("yearHint"), inputMode: "numeric" })}
          {field("fields.builtToYear", t("builtTo"), { hint: t("yearHint"), inputMode: "numeric" })}
        </div>
        {field("fields.summaryEn", `${t("summary")} (${t("inEnglish")})`, { area: true })}
        {field("fields.summaryAr", `${t("summary")} (${t("inArabic")})`, { area: true, ar: true })}
        {field("fields.descriptionEn", `${t("description")} (${t("inEnglish")})`, { area: true })}
        {field("fields.descriptionAr", `${t("description")} (${t("inArabic")})`, { area: true, ar: true })}
        {field("fields.currentLocationEn", `${t("currentLocation")} (${t("inEnglish")})`)}
        {field("fields.currentLocationAr", `${t("currentLocation")} (${t("inArabic")})`, { ar: true })}
      </Fieldset>
      <Fieldset legend={t("sectionLocation")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {field("fields.latitude", t("latitude"), { inputMode: "decimal" })}
          {field("fields.longitude", t("longitude"), { inputMode: "decimal" })}
        </div>
        <SelectField
          id="fields-locationPrecision"
          label={t("locationPrecision")}
          required
          {...common}
          registration={form.register("fields.locationPrecision")}
          options={(["EXACT", "APPROXIMATE", "SITE"] as const).map((v) => ({ value: v, label: t(`precision${v}`) }))}
          error={errorOf("fields.locationPrecision")}
        />
        <CheckboxField
          id="fields-isSensitive"
          label={t("isSensitive")}
          registration={form.register("fields.isSensitive")}
          error={errorOf("fields.isSensitive")}
        />
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
