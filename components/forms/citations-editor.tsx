"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import type { Translator } from "@/lib/i18n/translator";
import { DatePrecisionField, fieldId } from "@/components/forms/date-precision-field";
import {
  FieldError,
  secondaryButton,
  SelectField,
  TextAreaField,
  TextField,
  type Option,
} from "@/components/forms/fields";

type T9n = Translator<"editor">;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by forms of different shapes
type AnyForm = UseFormReturn<any>;

export function emptyNewSource(tempId: string) {
  return {
    tempId,
    title: "",
    titleAr: "",
    outlet: "",
    author: "",
    publishedOn: null,
    publishedPrecision: "",
    url: "",
    language: "",
    kindCode: "",
    reliabilityCode: "",
    notesEn: "",
    notesAr: "",
  };
}

/** The fields of a source, for a new source inline or the source form itself. */
export function SourceFields({
  form,
  t,
  prefix,
  kinds,
  reliabilities,
  errorOf,
}: {
  form: AnyForm;
  t: T9n;
  prefix: string;
  kinds: Option[];
  reliabilities: Option[];
  errorOf: (path: string) => string | undefined;
}) {
  const f = (name: string) => `${prefix}.${name}`;
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };
  return (
    <div className="space-y-4">
      <TextField
        id={fieldId(f("title"))}
        label={t("sourceTitle")}
        required
        {...common}
        registration={form.register(f("title"))}
        error={errorOf(f("title"))}
      />
      <TextField
        id={fieldId(f("titleAr"))}
        label={t("sourceTitleAr")}
        dir="rtl"
        lang="ar"
        {...common}
        registration={form.register(f("titleAr"))}
        error={errorOf(f("titleAr"))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={fieldId(f("outlet"))}
          label={t("outlet")}
          {...common}
          registration={form.register(f("outlet"))}
          error={errorOf(f("outlet"))}
        />
        <TextField
          id={fieldId(f("author"))}
          label={t("author")}
          {...common}
          registration={form.register(f("author"))}
          error={errorOf(f("author"))}
        />
      </div>
      <DatePrecisionField
        form={form}
        t={t}
        legend={t("publishedOn")}
        dateName={f("publishedOn")}
        precisionName={f("publishedPrecision")}
        errorOf={errorOf}
      />
      <TextField
        id={fieldId(f("url"))}
        label={t("url")}
        type="url"
        dir="ltr"
        inputMode="url"
        {...common}
        registration={form.register(f("url"))}
        error={errorOf(f("url"))}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id={fieldId(f("kindCode"))}
          label={t("sourceKind")}
          required
          {...common}
          registration={form.register(f("kindCode"))}
          options={kinds}
          emptyLabel={t("choose")}
          error={errorOf(f("kindCode"))}
        />
        <SelectField
          id={fieldId(f("reliabilityCode"))}
          label={t("reliability")}
          required
          {...common}
          registration={form.register(f("reliabilityCode"))}
          options={reliabilities}
          emptyLabel={t("choose")}
          error={errorOf(f("reliabilityCode"))}
        />
        <TextField
          id={fieldId(f("language"))}
          label={t("language")}
          hint={t("languageHint")}
          dir="ltr"
          {...common}
          registration={form.register(f("language"))}
          error={errorOf(f("language"))}
        />
      </div>
      <TextAreaField
        id={fieldId(f("notesEn"))}
        label={`${t("notes")} (${t("inEnglish")})`}
        rows={2}
        {...common}
        registration={form.register(f("notesEn"))}
        error={errorOf(f("notesEn"))}
      />
      <TextAreaField
        id={fieldId(f("notesAr"))}
        label={`${t("notes")} (${t("inArabic")})`}
        rows={2}
        dir="rtl"
        lang="ar"
        {...common}
        registration={form.register(f("notesAr"))}
        error={errorOf(f("notesAr"))}
      />
    </div>
  );
}

/**
 * Sources cited by a proposal: existing ones picked from the catalogue, and new ones typed in
 * place (created when the proposal is approved; cited by their temporary id "new-N").
 */
export function CitationsEditor({
  form,
  t,
  sources,
  kinds,
  reliabilities,
  errorOf,
}: {
  form: AnyForm;
  t: T9n;
  sources: Option[];
  kinds: Option[];
  reliabilities: Option[];
  errorOf: (path: string) => string | undefined;
}) {
  const citations = useFieldArray({ control: form.control, name: "citations" });
  const newSources = useFieldArray({ control: form.control, name: "newSources" });
  const newSourceValues = (form.watch("newSources") as { tempId: string; title: string }[] | undefined) ?? [];
  const options: Option[] = [
    ...sources,
    ...newSourceValues.map((s, i) => ({
      value: s.tempId,
      label: t("citeNewSource", { title: s.title || String(i + 1) }),
    })),
  ];
  const common = { requiredLabel: t("required"), optionalLabel: t("optional") };

  const addNewSource = () => {
    const used = new Set(newSourceValues.map((s) => s.tempId));
    let n = 1;
    while (used.has(`new-${n}`)) n++;
    const tempId = `new-${n}`;
    newSources.append(emptyNewSource(tempId));
    citations.append({ sourceId: tempId, locator: "", claim: "" });
  };

  return (
    <div className="space-y-4">
      <p id="citations-hint" className="text-sm text-stone-700">
        {t("citationsIntro")}
      </p>
      <FieldError id="citations" error={errorOf("citations")} />
      <ol className="space-y-4">
        {citations.fields.map((field, index) => (
          <li key={field.id} className="space-y-3 rounded-md border border-stone-300 p-3" data-testid="citation">
            <SelectField
              id={fieldId(`citations.${index}.sourceId`)}
              label={t("pickSource")}
              required
              {...common}
              registration={form.register(`citations.${index}.sourceId`)}
              options={options}
              emptyLabel={t("choose")}
              error={errorOf(`citations.${index}.sourceId`)}
            />
            <TextField
              id={fieldId(`citations.${index}.locator`)}
              label={t("locator")}
              hint={t("locatorHint")}
              {...common}
              registration={form.register(`citations.${index}.locator`)}
              error={errorOf(`citations.${index}.locator`)}
            />
            <TextAreaField
              id={fieldId(`citations.${index}.claim`)}
              label={t("claim")}
              rows={2}
              {...common}
              registration={form.register(`citations.${index}.claim`)}
              error={errorOf(`citations.${index}.claim`)}
            />
            <button type="button" className={secondaryButton} onClick={() => citations.remove(index)}>
              {t("removeCitation")}
            </button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => citations.append({ sourceId: "", locator: "", claim: "" })}
          data-testid="add-citation"
        >
          {t("addCitation")}
        </button>
        <button type="button" className={secondaryButton} onClick={addNewSource} data-testid="add-new-source">
          {t("addNewSource")}
        </button>
      </div>
      {newSources.fields.map((field, index) => (
        <fieldset key={field.id} className="space-y-3 rounded-md border border-blue-300 p-3">
          <legend className="px-1 font-bold">{t("newSourceHeading", { n: String(index + 1) })}</legend>
          <SourceFields
            form={form}
            t={t}
            prefix={`newSources.${index}`}
            kinds={kinds}
            reliabilities={reliabilities}
            errorOf={errorOf}
          />
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              const tempId = newSourceValues[index]?.tempId;
              const values = (form.getValues("citations") as { sourceId: string }[]) ?? [];
              values.forEach((c, i) => {
                if (c.sourceId === tempId) form.setValue(`citations.${i}.sourceId`, "");
              });
              newSources.remove(index);
            }}
          >
            {t("removeNewSource")}
          </button>
        </fieldset>
      ))}
    </div>
  );
}
