import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { intlConfig } from "@/lib/i18n/config";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

// next-intl's request configuration (next.config.js points its plugin here). The locale is the
// [locale] root segment, read with next/root-params rather than from a request header, so that a
// page can be rendered statically once per locale. Server actions and route handlers, which have
// no root segment, pass theirs explicitly: getTranslations({ locale, namespace }).
export default getRequestConfig(async ({ locale }) => {
  const requested = locale ?? (await rootLocale());
  return intlConfig(requested && isLocale(requested) ? requested : defaultLocale);
});
