import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/lib/i18n/config";
import { localeFromParams } from "@/lib/i18n/locale-param";

// The sign-in and set-password forms are client components: they translate with these namespaces.
export default async function AuthLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await localeFromParams(params);
  return (
    <NextIntlClientProvider messages={clientMessages(locale, ["auth", "link"])}>{children}</NextIntlClientProvider>
  );
}
