"use client";

import { DatePrecisionField } from "@/components/forms/date-precision-field";
import { Fieldset, TextField, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import {
  SourcesAndPhotos,
  useEntityForm,
  type ProposalFormProps,
  type SourceOptions,
} from "@/components/editing/proposal-form";
import { createDamageReportSchema, type CreateDamageReportInput } from "@/lib/validations/damage-report";

export function DamageReportForm(
  props: ProposalFormProps<
    CreateDamageReportInput,
    SourceOptions & { causes: Option[]; conditions: Option[]; certainties: Option[] }
  >,
) {
  const entity = useEntityForm<CreateDamageReportInput>("DAMAGE_REPORT", createDamageReportSchema, props);
  const { t, form, errorOf, anyForm, common, field: text, select } = entity;
  const { options } = props;

  return (
    <FormFrame {...entity.frame}>
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
        {select("fields.causeCode", t("cause"), options.causes, { required: true, emptyLabel: t("choose") })}
        {text("fields.agentEn", `${t("agent")} (${t("inEnglish")})`, { hint: t("agentHint") })}
        {text("fields.agentAr", `${t("agent")} (${t("inArabic")})`, { ar: true })}
        {select("fields.conditionAfterCode", t("conditionAfter"), options.conditions, {
          required: true,
          emptyLabel: t("choose"),
        })}
        {text("fields.extentEn", `${t("extent")} (${t("inEnglish")})`, { hint: t("extentHint") })}
        {text("fields.extentAr", `${t("extent")} (${t("inArabic")})`, { ar: true })}
        {select("fields.certaintyCode", t("certainty"), options.certainties, {
          required: true,
          emptyLabel: t("choose"),
        })}
        {text("fields.descriptionEn", `${t("description")} (${t("inEnglish")})`, { required: true, area: true })}
        {text("fields.descriptionAr", `${t("description")} (${t("inArabic")})`, { ar: true, area: true })}
        {text("fields.evidenceEn", `${t("evidence")} (${t("inEnglish")})`, { area: true })}
        {text("fields.evidenceAr", `${t("evidence")} (${t("inArabic")})`, { ar: true, area: true })}
      </Fieldset>
      <SourcesAndPhotos entity={entity} options={options} />
    </FormFrame>
  );
}
