"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { useTranslations } from "next-intl";
import { messageOr, type Translator } from "@/lib/i18n/translator";

type T9n = Translator<"editor">;

export type SubmissionRow = {
  id: string;
  kindLabel: string;
  entityLabel: string;
  title: string;
  monumentName: string | null;
  state: "pending" | "approved" | "rejected" | "changesRequested" | "withdrawn" | "outOfDate";
  reviewReason: string | null;
  decisionUnseen: boolean;
  canWithdraw: boolean;
  canRevise: boolean;
  submittedOn: string;
  reviseHref: string;
};

const stateStyle: Record<SubmissionRow["state"], string> = {
  pending: "bg-amber-100 text-amber-950 border-amber-400",
  approved: "bg-green-100 text-green-950 border-green-500",
  rejected: "bg-red-100 text-red-950 border-red-500",
  changesRequested: "bg-orange-100 text-orange-950 border-orange-500",
  withdrawn: "bg-stone-100 text-stone-800 border-stone-400",
  outOfDate: "bg-purple-100 text-purple-950 border-purple-400",
};

/** The server actions the list calls, handed down by its page. */
export type SubmissionActions = {
  withdraw: (params: { id: string }) => Promise<ActionResult>;
  markDecisionsSeen: (params: { ids: string[] }) => Promise<ActionResult>;
};

/** "My submissions": each proposal with its state; open ones can be withdrawn or revised. */
export function SubmissionList({ rows, actions }: { rows: SubmissionRow[]; actions: SubmissionActions }) {
  const t: T9n = useTranslations("editor");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // The decisions shown here have now been seen (the badge in the navigation goes away).
  useEffect(() => {
    const unseen = rows.filter((row) => row.decisionUnseen).map((row) => row.id);
    if (unseen.length > 0) void actions.markDecisionsSeen({ ids: unseen }).catch(() => undefined);
  }, [rows, actions]);

  const withdraw = async (id: string) => {
    if (!window.confirm(t("withdrawConfirm"))) return;
    setBusy(id);
    setError(null);
    try {
      const result = await actions.withdraw({ id });
      if (!result.ok) setError(messageOr(t, `errors.${result.formError ?? "unexpected"}`, t("errors.unexpected")));
      router.refresh();
    } catch {
      setError(t("errors.network"));
    } finally {
      setBusy(null);
    }
  };

  if (rows.length === 0) return <p>{t("noSubmissions")}</p>;
  return (
    <div className="space-y-3">
      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {error}
        </p>
      ) : null}
      <ul className="space-y-3">
        {rows.map((row) => (
          <li
            key={row.id}
            className="space-y-2 rounded-lg border border-stone-300 bg-white p-4"
            data-testid="submission"
            data-state={row.state}
          >
            <p className="text-sm text-stone-700">
              {row.kindLabel} · {row.entityLabel}
              {row.monumentName ? ` · ${row.monumentName}` : ""}
            </p>
            <p className="font-semibold break-words">{row.title}</p>
            <p>
              <span className="sr-only">{t("stateLabel")}: </span>
              <span
                className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${stateStyle[row.state]}`}
                data-testid="submission-state"
              >
                {t(`state_${row.state}`)}
              </span>
              {row.decisionUnseen ? (
                <span className="ms-2 rounded-full bg-blue-800 px-2 py-0.5 text-sm font-semibold text-white">
                  {t("newDecision")}
                </span>
              ) : null}
            </p>
            {row.reviewReason ? (
              <p className="text-stone-900">{t("reviewerSaid", { reason: row.reviewReason })}</p>
            ) : null}
            <p className="text-sm text-stone-700">{t("submittedOn", { date: row.submittedOn })}</p>
            {row.canRevise || row.canWithdraw ? (
              <div className="flex flex-wrap gap-3">
                {row.canRevise ? (
                  <Link className={secondaryButton} href={row.reviseHref}>
                    {t("revise")}
                  </Link>
                ) : null}
                {row.canWithdraw ? (
                  <button
                    type="button"
                    className={secondaryButton}
                    disabled={busy === row.id}
                    onClick={() => void withdraw(row.id)}
                  >
                    {t("withdraw")}
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
