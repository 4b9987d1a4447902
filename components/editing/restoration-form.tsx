"use client";

import { useFieldArray } from "react-hook-form";
import { DatePrecisionField } from "@/components/forms/date-precision-field";
import { Fieldset, secondaryButton, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import {
  SourcesAndPhotos,
  useEntityForm,
  type ProposalFormProps,
  type SourceOptions,
} from "@/components/editing/proposal-form";
import { createRestorationEffortSchema, type CreateRestorationEffortInput } from "@/lib/validations/restoration-effort";

export function RestorationForm(
  props: ProposalFormProps<
    CreateRestorationEffortInput,
    SourceOptions & {
      techniques: Option[];
      reversibilities: Option[];
      restorationStatuses: Option[];
      people: Option[];
      organisations: Option[];
    }
  >,
) {
  const entity = useEntityForm<CreateRestorationEffortInput>(
    "RESTORATION_EFFORT",
    createRestorationEffortSchema,
    props,
  );
  const { t, form, anyForm, errorOf, field, select } = entity;
  const { options } = props;
  const participants = useFieldArray({ control: form.control, name: "participants" });

  return (
    <FormFrame {...entity.frame}>
      <Fieldset legend={t("sectionWork")}>
        {field("fields.titleEn", `${t("restorationTitleField")} (${t("inEnglish")})`, { required: true })}
        {field("fields.titleAr", `${t("restorationTitleField")} (${t("inArabic")})`, { ar: true })}
        {select("fields.techniqueCode", t("technique"), options.techniques, {
          required: true,
          emptyLabel: t("choose"),
        })}
        {select("fields.statusCode", t("status"), options.restorationStatuses, {
          required: true,
          emptyLabel: t("choose"),
        })}
        {field("fields.materialsEn", `${t("materials")} (${t("inEnglish")})`)}
        {field("fields.materialsAr", `${t("materials")} (${t("inArabic")})`, { ar: true })}
        {field("fields.attachmentMethodEn", `${t("attachment")} (${t("inEnglish")})`)}
        {field("fields.attachmentMethodAr", `${t("attachment")} (${t("inArabic")})`, { ar: true })}
        {select("fields.reversibilityCode", t("reversibility"), options.reversibilities, { emptyLabel: t("none") })}
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
              {select(`participants.${index}.personId`, t("people"), options.people, { emptyLabel: t("none") })}
              {select(`participants.${index}.organisationId`, t("organisations"), options.organisations, {
                emptyLabel: t("none"),
              })}
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
      <SourcesAndPhotos entity={entity} options={options} />
    </FormFrame>
  );
}
