import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { CreateUserForm, UserRowActions } from "./account-forms";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFromParams(params) });
  return { title: t("users.title"), robots: { index: false } };
}

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")}`;

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const locale = await localeFromParams(params);
  const actor = await requireUser("user:manage", { locale });
  const t = await getTranslations({ locale });
  const users = await listUsers({ actor });

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("users.title")}</h1>
        <p className="mt-2 max-w-prose text-stone-700">{t("users.intro")}</p>
      </div>
      <section aria-labelledby="create-heading" className="max-w-md">
        <h2 id="create-heading" className="text-xl font-semibold">
          {t("users.createHeading")}
        </h2>
        <CreateUserForm locale={locale} />
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="text-xl font-semibold">
          {t("users.listHeading")}
        </h2>
        <ul className="mt-3 divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {users.map((user) => (
            <li key={user.id} className="space-y-2 p-4" data-testid="user-row" data-email={user.email}>
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-semibold">
                  {user.name}{" "}
                  {user.id === actor.id ? <span className="font-normal text-stone-600">{t("users.you")}</span> : null}
                </span>
                <span className="break-all text-stone-700" dir="ltr">
                  {user.email}
                </span>
              </div>
              <p className="text-sm text-stone-700">
                {t(`users.role${user.role}`)} ·{" "}
                <span data-testid="user-status">
                  {user.disabledAt
                    ? t("users.disabled")
                    : user.hasPassword
                      ? t("users.active")
                      : t("users.awaitingSignUp")}
                </span>{" "}
                · {t("users.lastSignIn")}: {user.lastSignInAt ? `${utc(user.lastSignInAt)} UTC` : t("users.never")}
              </p>
              <UserRowActions
                locale={locale}
                user={{ id: user.id, email: user.email, role: user.role, disabled: Boolean(user.disabledAt) }}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
