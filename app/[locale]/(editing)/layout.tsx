import Link from "next/link";
import { LanguageSwitch } from "@/components/site/language-switch";
import { can, type Permission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getEditingCounts } from "@/lib/data/editing-counts";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { localePath } from "@/lib/i18n/locales";
import { signOutAction } from "../(auth)/actions";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/config";

// The signed-in area's shell. It requires a session (proxy.ts only redirects visitors without a
// cookie; this checks the session against the database), but every page and action below still
// checks its own permission: a layout does not re-render on every navigation.
export default async function EditingLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await localeFromParams(params);
  const user = await requireUser(undefined, { locale });
  const t = await getTranslations({ locale });
  const counts = await getEditingCounts({ user });

  const links: { href: string; label: string; permission: Permission; badge?: string; testId: string }[] = [
    { href: "/edit", label: t("editing.edit"), permission: "changeRequest:create", testId: "nav-edit" },
    { href: "/edit/import", label: t("importing.navLink"), permission: "changeRequest:create", testId: "nav-import" },
    {
      href: "/edit/submissions",
      label: t("editing.submissions"),
      permission: "changeRequest:readOwn",
      testId: "nav-submissions",
      badge: counts.unseenDecisions > 0 ? t("editing.unseenDecisions", { count: counts.unseenDecisions }) : undefined,
    },
    {
      href: "/admin/review",
      label: t("editing.review"),
      permission: "changeRequest:review",
      testId: "nav-review",
      badge: counts.pendingReview ? t("editing.pendingCount", { count: counts.pendingReview }) : undefined,
    },
    {
      href: "/admin/imports",
      label: t("importing.adminNavLink"),
      permission: "changeRequest:review",
      testId: "nav-imports",
    },
    { href: "/admin/history", label: t("editing.history"), permission: "revision:revert", testId: "nav-history" },
    { href: "/admin/users", label: t("editing.users"), permission: "user:manage", testId: "nav-users" },
    { href: "/admin/audit", label: t("editing.audit"), permission: "audit:read", testId: "nav-audit" },
  ];

  return (
    // the forms (client components) translate with these namespaces
    <NextIntlClientProvider messages={clientMessages(locale, ["editor", "users", "auth", "editing"])}>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-blue-800 focus:shadow-lg"
        >
          {t("site.skipToContent")}
        </a>
        <header className="border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link href={localePath(locale, "/")} className="font-bold text-stone-900 no-underline hover:underline">
              {t("site.name")}
            </Link>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <span className="text-sm text-stone-700" data-testid="signed-in-as">
                {t("auth.signedInAs", { name: user.name })}
              </span>
              <LanguageSwitch locale={locale} path="/edit" />
              <form action={signOutAction}>
                <input type="hidden" name="locale" value={locale} />
                <button
                  type="submit"
                  className="inline-flex min-h-11 items-center rounded-md border border-stone-500 px-3 py-1 font-medium text-stone-900 hover:bg-stone-100 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
                  data-testid="sign-out"
                >
                  {t("auth.signOut")}
                </button>
              </form>
            </div>
          </div>
          <nav aria-label={t("editing.areaNav")} className="mx-auto max-w-5xl px-4 pb-2">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {links
                .filter((link) => can(user.role, link.permission))
                .map((link) => (
                  <li key={link.href}>
                    <Link
                      href={localePath(locale, link.href)}
                      className="inline-flex min-h-11 items-center gap-2 font-medium text-blue-800 underline"
                      data-testid={link.testId}
                    >
                      {link.label}
                      {link.badge ? (
                        <span
                          className="rounded-full bg-amber-100 px-2 text-sm font-semibold text-amber-900 no-underline"
                          data-testid={`${link.testId}-count`}
                        >
                          {link.badge}
                        </span>
                      ) : null}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
