import { ar } from "@/messages/ar";
import { en, type Messages } from "@/messages/en";
import type { Locale } from "@/lib/i18n/locales";

export type { Messages };

const dictionaries: Record<Locale, Messages> = { en, ar };

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** Fills "{name}" placeholders; a placeholder without a value is left as it is, to be noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
