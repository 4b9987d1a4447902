import type { Metadata } from "next";
import "../globals.css";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { textDirection } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

// The root layout: every page lives under app/[locale] ("en" served at unprefixed paths by
// proxy.ts, "ar" under /ar), so <html lang dir> is right from the first byte.
export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  return {
    title: { template: t("meta.titleTemplate"), default: t("meta.homeTitle") },
    description: t("meta.homeDescription"),
    applicationName: t("site.name"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function RootLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await localeFromParams(params);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="bg-stone-50 font-sans text-base leading-relaxed text-stone-900 antialiased">{children}</body>
    </html>
  );
}
