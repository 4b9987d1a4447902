import type { Locale } from "@/lib/i18n/locales";

/** A bilingual field's text in the language asked for, or in the other one when it is missing. */
export type Picked = {
  text: string;
  // true when the text is in the other language because the asked-for one is missing
  fallback: boolean;
  // the language the text is actually in, for the element's `lang`
  lang: Locale;
};

type BilingualFields<K extends string> = { [P in `${K}En`]: string | null } & {
  [P in `${K}Ar`]?: string | null;
};

function present(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * `pick(monument, "name", "ar")` reads `nameAr`, or `nameEn` with `fallback: true` when the
 * Arabic is missing (and the other way round). Null only when neither language has a text,
 * which the types rule out for required English fields.
 */
export function pick<K extends string, R extends BilingualFields<K>>(
  record: R,
  field: K,
  locale: Locale,
): R[`${K}En`] extends string ? Picked : Picked | null;
export function pick<K extends string>(record: BilingualFields<K>, field: K, locale: Locale): Picked | null {
  const fields: Record<string, string | null | undefined> = record;
  const english = fields[`${field}En`];
  const arabic = fields[`${field}Ar`];
  const [wanted, other] = locale === "ar" ? [arabic, english] : [english, arabic];
  const otherLocale: Locale = locale === "ar" ? "en" : "ar";
  if (present(wanted)) return { text: wanted, fallback: false, lang: locale };
  if (present(other)) return { text: other, fallback: true, lang: otherLocale };
  return null;
}
