"use client";

import { fieldId } from "@/components/forms/date-precision-field";
import { CheckboxField, Fieldset, secondaryButton, TextField, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import {
  SourcesAndPhotos,
  useEntityForm,
  type ProposalFormProps,
  type SourceOptions,
} from "@/components/editing/proposal-form";
import { createMonumentSchema, type CreateMonumentInput } from "@/lib/validations/monument";

export function MonumentForm({
  selfId,
  ...props
}: ProposalFormProps<
  CreateMonumentInput,
  SourceOptions & { sites: Option[]; monuments: Option[]; monumentKinds: Option[] }
> & {
  selfId?: string | null;
}) {
  const entity = useEntityForm<CreateMonumentInput>("MONUMENT", createMonumentSchema, props);
  const { t, form, errorOf, field, select } = entity;
  const { options } = props;
  const altNames = (form.watch("fields.altNames") as string[] | undefined) ?? [];

  return (
    <FormFrame {...entity.frame}>
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
        {select("fields.kindCode", t("kind"), options.monumentKinds, { required: true, emptyLabel: t("choose") })}
        {select("fields.siteId", t("site"), options.sites, { required: true })}
        {select(
          "fields.parentId",
          t("partOf"),
          options.monuments.filter((m) => m.value !== selfId),
          {
            hint: t("partOfHint"),
            emptyLabel: t("none"),
          },
        )}
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
        {select(
          "fields.locationPrecision",
          t("locationPrecision"),
          (["EXACT", "APPROXIMATE", "SITE"] as const).map((v) => ({ value: v, label: t(`precision${v}`) })),
          { required: true },
        )}
        <CheckboxField
          id="fields-isSensitive"
          label={t("isSensitive")}
          registration={form.register("fields.isSensitive")}
          error={errorOf("fields.isSensitive")}
        />
      </Fieldset>
      <SourcesAndPhotos entity={entity} options={options} />
    </FormFrame>
  );
}
