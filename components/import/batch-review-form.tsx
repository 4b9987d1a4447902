"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { inputClass, primaryButton, secondaryButton } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";
import type { importEn } from "@/messages/import.en";

type T9n = (typeof importEn)["importing"]["batch"];

export type BatchRow = {
  changeRequestId: string;
  rowNumber: string;
  title: string;
  kind: "CREATE" | "UPDATE" | "DELETE";
  status: keyof T9n["statuses"];
  reviewReason: string | null;
  reviewHref: string;
};

const statusStyle: Record<BatchRow["status"], string> = {
  PENDING: "bg-amber-100 text-amber-950 border-amber-400",
  APPROVED: "bg-green-100 text-green-950 border-green-500",
  REJECTED: "bg-red-100 text-red-950 border-red-500",
  CHANGES_REQUESTED: "bg-sky-100 text-sky-950 border-sky-500",
  WITHDRAWN: "bg-stone-100 text-stone-900 border-stone-400",
  OUT_OF_DATE: "bg-stone-100 text-stone-900 border-stone-400",
};

/** The batch's rows with a box each, and the approve / reject buttons (one server action). */
export function BatchReviewForm({
  t,
  locale,
  batchId,
  rows,
  action,
  selfImported,
}: {
  t: T9n;
  locale: Locale;
  batchId: string;
  rows: BatchRow[];
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  selfImported: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const waiting = rows.filter((row) => row.status === "PENDING");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const error =
    state && !state.ok
      ? state.formError === "nothingSelected"
        ? t.nothingSelected
        : state.formError === "REASON_REQUIRED" || state.fieldErrors.reason
          ? t.reasonRequired
          : (state.formError ?? null)
      : null;

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      {selfImported && <p className="rounded-md border border-amber-500 bg-amber-50 p-3">{t.selfApproval}</p>}
      {error && (
        <p role="alert" className="rounded-md border border-red-600 bg-red-50 p-3 text-red-950">
          {error}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="p-2 text-start">
                <label className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    className="h-5 w-5"
                    checked={waiting.length > 0 && selected.size === waiting.length}
                    disabled={waiting.length === 0}
                    onChange={(event) =>
                      setSelected(event.target.checked ? new Set(waiting.map((row) => row.changeRequestId)) : new Set())
                    }
                  />
                  <span className="sr-only">{t.selectAll}</span>
                </label>
              </th>
              <th scope="col" className="p-2 text-start">
                {t.row}
              </th>
              <th scope="col" className="p-2 text-start">
                {t.record}
              </th>
              <th scope="col" className="p-2 text-start">
                {t.kind}
              </th>
              <th scope="col" className="p-2 text-start">
                {t.status}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.changeRequestId} className="border-b border-stone-200 align-top">
                <td className="p-2">
                  {row.status === "PENDING" && (
                    <label className="flex min-h-11 items-center">
                      <input
                        type="checkbox"
                        className="h-5 w-5"
                        name={`cr_${row.changeRequestId}`}
                        checked={selected.has(row.changeRequestId)}
                        onChange={(event) => {
                          const next = new Set(selected);
                          if (event.target.checked) next.add(row.changeRequestId);
                          else next.delete(row.changeRequestId);
                          setSelected(next);
                        }}
                      />
                      <span className="sr-only">{t.select.replace("{row}", row.rowNumber)}</span>
                    </label>
                  )}
                </td>
                <td className="p-2">{row.rowNumber}</td>
                <td className="p-2">
                  <bdi className="break-words">{row.title}</bdi>
                  <div>
                    <Link href={row.reviewHref} className="text-sm text-blue-800 underline">
                      {t.openProposal}
                    </Link>
                  </div>
                </td>
                <td className="p-2">{t.kinds[row.kind]}</td>
                <td className="p-2">
                  <span className={`inline-block rounded-full border px-2 py-0.5 ${statusStyle[row.status]}`}>
                    {t.statuses[row.status]}
                  </span>
                  {row.reviewReason && <p className="mt-1 text-stone-700">{row.reviewReason}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="approveSelected" className={primaryButton} disabled={pending}>
          {t.approveSelected}
        </button>
        <button type="submit" name="intent" value="approveAll" className={secondaryButton} disabled={pending}>
          {t.approveAll}
        </button>
      </div>
      <fieldset className="space-y-2 rounded-md border border-stone-300 p-3">
        <legend className="px-1 font-semibold">{t.rejectHeading}</legend>
        <label htmlFor="batch-reason" className="block">
          {t.reason}
        </label>
        <textarea id="batch-reason" name="reason" rows={2} className={inputClass} maxLength={4000} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="rejectSelected" className={secondaryButton} disabled={pending}>
            {t.rejectSelected}
          </button>
          <button type="submit" name="intent" value="rejectAll" className={secondaryButton} disabled={pending}>
            {t.rejectAll}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
