import type { Option } from "@/components/forms/fields";
import type { VocabularyTerm } from "@/lib/data/vocabularies";
import type { Locale } from "@/lib/i18n/locales";

/** Vocabulary terms as select options in the reader's language. */
export function termOptions(terms: VocabularyTerm[], locale: Locale): Option[] {
  return terms.map((term) => ({ value: term.code, label: locale === "ar" ? term.labelAr : term.labelEn }));
}

export function sourceOptions(
  sources: { id: string; title: string; titleAr: string | null; outlet: string | null; publishedOn: Date | null }[],
  locale: Locale,
): Option[] {
  return sources.map((s) => {
    const title = locale === "ar" && s.titleAr ? s.titleAr : s.title;
    const extra = [s.outlet, s.publishedOn?.toISOString().slice(0, 10)].filter(Boolean).join(", ");
    return { value: s.id, label: extra ? `${title} (${extra})` : title };
  });
}

export function namedOptions(rows: { id: string; nameEn: string; nameAr: string }[], locale: Locale): Option[] {
  return rows.map((row) => ({ value: row.id, label: locale === "ar" ? row.nameAr : row.nameEn }));
}
