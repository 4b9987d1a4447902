import { createFormatter, createTranslator } from "next-intl";
import { ar } from "@/messages/ar";
import { en, type Messages } from "@/messages/en";
import { intlLocale, type Locale } from "@/lib/i18n/locales";

export type { Messages };

const dictionaries: Record<Locale, Messages> = { en, ar };

// DATE columns come back as UTC midnight and the audit log records UTC: formatting in any other
// zone can shift a day.
export const timeZone = "UTC";

/** What next-intl is configured with, for a locale: lib/i18n/request.ts and the helpers below. */
export function intlConfig(locale: Locale) {
  return { locale, messages: dictionaries[locale], timeZone };
}

/**
 * The namespaces a group of client components uses, for the NextIntlClientProvider of their
 * layout: a page's payload carries only these, not every message of the catalogue.
 */
export function clientMessages<K extends keyof Messages>(locale: Locale, namespaces: readonly K[]): Pick<Messages, K> {
  const messages = dictionaries[locale];
  return Object.fromEntries(namespaces.map((key) => [key, messages[key]])) as Pick<Messages, K>;
}

const translators = new Map<Locale, ReturnType<typeof createTranslator<Messages>>>();

/**
 * next-intl's translator outside React (pure formatting helpers, route handlers, unit tests):
 * the same ICU messages the pages use. In components use useTranslations / getTranslations.
 */
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator<Messages>(intlConfig(locale));
    translators.set(locale, t);
  }
  return t;
}

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

/**
 * next-intl's formatter for dates and numbers. It formats with the BCP 47 tag of lib/i18n/locales
 * (en-GB writes "27 March 2016", the order the catalogue uses), in UTC.
 */
export function formatter(locale: Locale) {
  let format = formatters.get(locale);
  if (!format) {
    format = createFormatter({ locale: intlLocale[locale], timeZone });
    formatters.set(locale, format);
  }
  return format;
}
