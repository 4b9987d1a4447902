"use client";

import { useActionState, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { useTranslations } from "next-intl";
import { messageOr } from "@/lib/i18n/translator";
import { changeUserRoleAction, createUserAction, issueAccountLinkAction, setUserDisabledAction } from "./actions";
import { accountMessageKey, type AccountActionState } from "./state";

const input =
  "mt-1 block w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 aria-invalid:border-red-700";

// The forms' messages: the users namespace, and the two general ones the actions can send back.
function useAccountMessages() {
  const t = useTranslations("users");
  const auth = useTranslations("auth");
  const editing = useTranslations("editing");
  const text = (code: string | undefined): string => {
    if (!code) return "";
    const key = accountMessageKey(code);
    if (key === "somethingWrong") return auth("somethingWrong");
    if (key === "forbidden") return editing("forbiddenBody");
    return messageOr(t, key, auth("somethingWrong"));
  };
  return { t, text };
}

/** The form's answer. `inline` are the fields whose errors the form shows beside them. */
function Outcome({ state, inline = [] }: { state: AccountActionState; inline?: string[] }) {
  const { t, text } = useAccountMessages();
  const shownInline = state && !state.ok && inline.some((name) => state.fieldErrors[name]);
  const failure = state && !state.ok && state.formError && !shownInline ? state : null;
  const success = state?.ok ? state.data : null;
  return (
    <div role="status" aria-live="polite">
      {failure ? (
        <p className="mt-2 text-sm text-red-800" data-testid="account-error">
          {text(failure.formError ?? undefined)}
          {failure.reference ? ` (${failure.reference})` : ""}
        </p>
      ) : null}
      {success?.message ? <p className="mt-2 text-sm text-green-800">{text(success.message)}</p> : null}
      {success?.link ? (
        <div className="mt-3 rounded-md border border-blue-300 bg-blue-50 p-3" data-testid="account-link">
          <p className="font-semibold">{t("linkHeading", { email: success.link.email })}</p>
          <p className="text-sm">{t("linkHelp", { date: success.link.expiresAt.slice(0, 16).replace("T", " ") })}</p>
          <input
            readOnly
            value={success.link.url}
            aria-label={t("linkHeading", { email: success.link.email })}
            className={`${input} font-mono text-sm`}
            dir="ltr"
            data-testid="account-link-url"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}

export function CreateUserForm({ locale }: { locale: string }) {
  const { t, text } = useAccountMessages();
  const [state, action, pending] = useActionState<AccountActionState, FormData>(createUserAction, null);
  const values = state && !state.ok ? state.values : undefined;
  const id = useId();
  const field = (name: string, label: string, type = "text") => {
    const error = state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
    return (
      <div>
        <label htmlFor={`${id}-${name}`} className="block font-semibold">
          {label}
        </label>
        <input
          key={values?.[name] ?? ""}
          defaultValue={values?.[name]}
          id={`${id}-${name}`}
          name={name}
          type={type}
          required
          className={input}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
        />
        {error ? (
          <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-800">
            {text(error)}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form action={action} noValidate className="space-y-4" data-testid="create-user-form">
      <input type="hidden" name="locale" value={locale} />
      {field("name", t("name"))}
      {field("email", t("email"), "email")}
      <div>
        <label htmlFor={`${id}-role`} className="block font-semibold">
          {t("role")}
        </label>
        <select
          key={values?.role ?? ""}
          id={`${id}-role`}
          name="role"
          className={input}
          defaultValue={values?.role ?? "CONTRIBUTOR"}
        >
          <option value="CONTRIBUTOR">{t("roleCONTRIBUTOR")}</option>
          <option value="ADMIN">{t("roleADMIN")}</option>
        </select>
      </div>
      {/* the design system's primary button: one background, one text colour (it was white on
          white when bg-white and bg-blue-800 were both applied) */}
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
      <Outcome state={state} inline={["name", "email"]} />
    </form>
  );
}

export function UserRowActions({
  locale,
  user,
}: {
  locale: string;
  user: { id: string; email: string; role: "CONTRIBUTOR" | "ADMIN"; disabled: boolean };
}) {
  const { t } = useAccountMessages();
  const [roleState, roleAction, rolePending] = useActionState<AccountActionState, FormData>(changeUserRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState<AccountActionState, FormData>(
    setUserDisabledAction,
    null,
  );
  const [linkState, linkAction, linkPending] = useActionState<AccountActionState, FormData>(
    issueAccountLinkAction,
    null,
  );
  const id = useId();
  const disableForm = useRef<HTMLFormElement>(null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={roleAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <div>
            <label htmlFor={`${id}-role`} className="block text-sm font-semibold">
              {t("changeRole")}
            </label>
            <select id={`${id}-role`} name="role" defaultValue={user.role} className={input} data-testid="role-select">
              <option value="CONTRIBUTOR">{t("roleCONTRIBUTOR")}</option>
              <option value="ADMIN">{t("roleADMIN")}</option>
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={rolePending} data-testid="save-role">
            {t("saveRole")}
          </Button>
        </form>
        <form action={disableAction} ref={disableForm}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          {user.disabled ? (
            <Button type="submit" variant="secondary" disabled={disablePending} data-testid="enable-user">
              {t("enable")}
            </Button>
          ) : (
            // disabling ends every session of the account at once: asked first
            <ConfirmDialog
              trigger={
                <Button variant="danger" disabled={disablePending} data-testid="disable-user">
                  {t("disable")}
                </Button>
              }
              title={t("disableConfirmTitle", { email: user.email })}
              description={t("disableConfirmBody")}
              confirmLabel={t("disableConfirm")}
              cancelLabel={t("cancel")}
              onConfirm={() => disableForm.current?.requestSubmit()}
            />
          )}
        </form>
        <form action={linkAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="email" value={user.email} />
          <input type="hidden" name="locale" value={locale} />
          <Button type="submit" variant="secondary" disabled={linkPending} data-testid="issue-link">
            {t("issueLink")}
          </Button>
        </form>
      </div>
      <Outcome state={roleState} />
      <Outcome state={disableState} />
      <Outcome state={linkState} />
    </div>
  );
}
