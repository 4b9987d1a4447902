import type { Metadata } from "next";
import { ImportWizard } from "@/components/import/import-wizard";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { intlLocale, localePath } from "@/lib/i18n/locales";
import { getMessages } from "next-intl/server";

type Props = PageProps<"/[locale]/edit/import">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = (await getMessages({ locale: await localeFromParams(params) })).importing;
  return { title: t.title, robots: { index: false } };
}

export default async function ImportPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:create", { locale });
  const t = (await getMessages({ locale })).importing;
  const megabytes = env.IMPORT_MAX_BYTES / 1_000_000;
  const sizeLabel = new Intl.NumberFormat(intlLocale[locale], {
    style: "unit",
    unit: "megabyte",
    numberingSystem: "latn",
    maximumFractionDigits: 1,
  }).format(megabytes);

  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.intro}</p>
      <ImportWizard
        t={t}
        locale={locale}
        maxBytes={env.IMPORT_MAX_BYTES}
        maxRows={env.IMPORT_MAX_ROWS}
        sizeLabel={sizeLabel}
        submissionsHref={localePath(locale, "/edit/submissions")}
        batchHref={localePath(locale, "/admin/imports")}
        canReview={can(user.role, "changeRequest:review")}
      />
    </div>
  );
}
