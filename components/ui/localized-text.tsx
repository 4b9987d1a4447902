import { translator } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";
import type { Picked } from "@/lib/i18n/pick";

/**
 * A bilingual field's text. When it is shown in the other language (the Arabic has not been
 * written yet), the text keeps its own `lang` and a small label says which language it is in.
 */
export function LocalizedText({ value, locale }: { value: Picked; locale: Locale }) {
  if (!value.fallback) return <>{value.text}</>;
  // named in the page's language (`locale`), whichever component renders it
  const marker = translator(locale)(value.lang === "en" ? "fallback.english" : "fallback.arabic");
  return (
    <>
      <bdi lang={value.lang}>{value.text}</bdi>{" "}
      <span className="text-xs font-normal whitespace-nowrap text-stone-600" data-fallback-marker="">
        ({marker})
      </span>
    </>
  );
}

/** The same as <LocalizedText>, or null when there is no text, so that an empty <Fact> disappears. */
export function localized(value: Picked | null, locale: Locale) {
  return value ? <LocalizedText value={value} locale={locale} /> : null;
}
