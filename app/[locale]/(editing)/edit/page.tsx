import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listOwnDrafts } from "@/lib/data/drafts";
import { listMonumentChoices } from "@/lib/data/vocabularies";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/edit">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params), namespace: "editor" });
  return { title: t("homeTitle"), robots: { index: false } };
}

const linkClass = "inline-flex min-h-11 items-center font-medium text-blue-800 underline";

export default async function EditHomePage({ params }: PageProps<"/[locale]/edit">) {
  const locale = await localeFromParams(params);
  const user = await requireUser("changeRequest:create", { locale });
  const t = await getTranslations({ locale, namespace: "editor" });
  const [monuments, drafts] = await Promise.all([listMonumentChoices(), listOwnDrafts({ actor: user })]);
  const path = (p: string) => localePath(locale, p);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("homeTitle")}</h1>
        <p>{t("homeIntro")}</p>
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link className={linkClass} href={path("/edit/monuments/new")}>
              {t("newMonument")}
            </Link>
          </li>
          <li>
            <Link className={linkClass} href={path("/edit/sources/new")}>
              {t("newSource")}
            </Link>
          </li>
        </ul>
      </header>
      {drafts.length > 0 ? (
        <section className="space-y-2" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading" className="text-xl font-bold">
            {t("draftsHeading")}
          </h2>
          <ul className="list-disc ps-6">
            {drafts.map((draft) => (
              <li key={draft.formKey}>
                <DraftLink
                  formKey={draft.formKey}
                  locale={locale}
                  label={`${draft.formKey} — ${draft.updatedAt.toISOString().slice(0, 16).replace("T", " ")}`}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="space-y-3" aria-labelledby="monuments-heading">
        <h2 id="monuments-heading" className="text-xl font-bold">
          {t("monumentsHeading")}
        </h2>
        <ul className="divide-y divide-stone-300 rounded-lg border border-stone-300 bg-white">
          {monuments.map((m) => {
            const name = locale === "ar" ? m.nameAr : m.nameEn;
            return (
              <li key={m.id} className="space-y-1 p-3" data-testid="edit-monument-row">
                <p className="font-semibold">{name}</p>
                <ul className="flex flex-wrap gap-x-4">
                  <li>
                    <Link
                      className={linkClass}
                      href={path(`/edit/monuments/${m.id}/damage-report`)}
                      aria-label={`${t("logDamage")}: ${name}`}
                    >
                      {t("logDamage")}
                    </Link>
                  </li>
                  <li>
                    <Link
                      className={linkClass}
                      href={path(`/edit/monuments/${m.id}/restoration`)}
                      aria-label={`${t("recordRestoration")}: ${name}`}
                    >
                      {t("recordRestoration")}
                    </Link>
                  </li>
                  <li>
                    <Link
                      className={linkClass}
                      href={path(`/edit/monuments/${m.id}`)}
                      aria-label={`${t("editMonument")}: ${name}`}
                    >
                      {t("editMonument")}
                    </Link>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** A draft's form, from its key ("damage-report:new:<monumentId>" and so on). */
function DraftLink({ formKey, locale, label }: { formKey: string; locale: "en" | "ar"; label: string }) {
  const [form, kind, id] = formKey.split(":");
  const href =
    form === "damage-report" && id
      ? `/edit/monuments/${id}/damage-report`
      : form === "restoration" && id
        ? `/edit/monuments/${id}/restoration`
        : form === "monument" && kind === "new"
          ? "/edit/monuments/new"
          : form === "monument" && id
            ? `/edit/monuments/${id}`
            : form === "source" && kind === "new"
              ? "/edit/sources/new"
              : form === "source" && id
                ? `/edit/sources/${id}`
                : form === "revise" && kind
                  ? `/edit/submissions/${kind}`
                  : "/edit";
  return (
    <Link className={linkClass} href={localePath(locale, href)}>
      {label}
    </Link>
  );
}
