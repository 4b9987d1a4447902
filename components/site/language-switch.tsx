import { useTranslations } from "next-intl";
import { localePath, otherLocale, type Locale } from "@/lib/i18n/locales";

const nativeNames: Record<Locale, string> = { en: "English", ar: "العربية" };

/**
 * Links to the page being read, in the other language. A plain link, not next/link: the
 * other language has its own root layout (<html lang dir>), so the whole document changes.
 */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  const t = useTranslations("site");
  const target = otherLocale(locale);
  return (
    <a
      href={localePath(target, path)}
      lang={target}
      hrefLang={target}
      title={t("languageSwitchHint")}
      className="inline-flex min-h-11 items-center rounded-md border border-stone-400 px-3 py-1 font-medium text-stone-900 hover:bg-stone-100"
      data-testid="language-switch"
    >
      {nativeNames[target]}
    </a>
  );
}
