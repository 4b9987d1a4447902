import { requireUser } from "@/lib/auth/session";
import { localeFromParams } from "@/lib/i18n/locale-param";
import { getMessages } from "@/lib/i18n/messages";

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const locale = await localeFromParams(params);
  await requireUser("user:manage", { locale });
  const t = getMessages(locale);
  return <h1 className="text-2xl font-bold">{t.editing.users}</h1>;
}
