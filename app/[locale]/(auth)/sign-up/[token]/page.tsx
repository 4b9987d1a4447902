import type { Metadata } from "next";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { AccountLinkPage } from "../../account-link-page";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-up/[token]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  // the token is in the address: never sent on as a referrer, never indexed
  return { title: t("link.signUpTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function Page({ params }: PageProps<"/[locale]/sign-up/[token]">) {
  const locale = await localeFromParams(params);
  const { token } = await params;
  return <AccountLinkPage locale={locale} token={token} path="/sign-in" />;
}
