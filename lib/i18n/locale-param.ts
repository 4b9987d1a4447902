import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** The [locale] segment of a page or layout; anything but a supported locale is a 404. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
