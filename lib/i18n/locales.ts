// English is served at unprefixed paths, Arabic under /ar; proxy.ts maps both onto app/[locale].
export const locales = ["en", "ar"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

export function otherLocale(locale: Locale): Locale {
  return locale === "ar" ? "en" : "ar";
}

// The BCP 47 tag handed to Intl: en-GB writes "27 March 2016", the order the catalogue uses.
export const intlLocale: Record<Locale, string> = { en: "en-GB", ar: "ar" };

/**
 * The public URL of `path` in `locale`: "/monuments/x" stays as it is in English and becomes
 * "/ar/monuments/x" in Arabic. `path` is a path of the catalogue without any locale prefix.
 */
export function localePath(locale: Locale, path = "/"): string {
  const normalised = path.startsWith("/") ? path : `/${path}`;
  if (locale === defaultLocale) return normalised;
  return normalised === "/" ? `/${locale}` : `/${locale}${normalised}`;
}
