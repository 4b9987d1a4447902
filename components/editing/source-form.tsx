"use client";

import { SourceFields } from "@/components/forms/citations-editor";
import { Fieldset, type Option } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useEntityForm, type ProposalFormProps } from "@/components/editing/proposal-form";
import { createSourceSchema, type CreateSourceInput } from "@/lib/validations/source";

export function SourceForm(
  props: Omit<
    ProposalFormProps<CreateSourceInput, { sourceKinds: Option[]; reliabilities: Option[] }>,
    "initialPhotos"
  >,
) {
  const entity = useEntityForm<CreateSourceInput>("SOURCE", createSourceSchema, props);
  const { t, anyForm, errorOf } = entity;
  return (
    <FormFrame {...entity.frame}>
      <Fieldset legend={t("sectionSources")}>
        <SourceFields
          form={anyForm}
          t={t}
          prefix="fields"
          kinds={props.options.sourceKinds}
          reliabilities={props.options.reliabilities}
          errorOf={errorOf}
        />
      </Fieldset>
    </FormFrame>
  );
}
