"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { BatchDecisionState } from "@/components/import/batch-review-form";
import { PermissionError } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { approveImportBatch, rejectImportBatch } from "@/lib/data/imports";
import { ReviewError } from "@/lib/data/review";
import { localePath } from "@/lib/i18n/locales";
import { batchDecisionFormSchema } from "@/lib/validations/imports";

// The admin's decision on an imported batch: approve or reject the chosen rows, or every waiting
// one. The session and permission are checked here (requireActionUser audits a refusal) and again
// in lib/data/imports.ts, where each proposal goes through the single-proposal pipeline; the
// public pages the approvals touched are revalidated after they commit.

function entries(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  return out;
}

export async function decideImportBatchAction(
  _state: BatchDecisionState,
  formData: FormData,
): Promise<BatchDecisionState> {
  let target: string;
  try {
    const user = await requireActionUser("changeRequest:review", { action: "decideImportBatchAction" });
    const parsed = batchDecisionFormSchema.safeParse(entries(formData));
    if (!parsed.success)
      return {
        ok: false,
        error: parsed.error.issues.some((i) => i.path[0] === "reason") ? "reasonRequired" : "unexpected",
      };
    const input = parsed.data;
    const all = input.intent === "approveAll" || input.intent === "rejectAll";
    if (!all && input.selected.length === 0) return { ok: false, error: "nothingSelected" };
    const changeRequestIds = all ? ("all" as const) : input.selected;
    const actor = { id: user.id, role: user.role };
    const result = input.intent.startsWith("approve")
      ? await approveImportBatch({ actor, batchId: input.batchId, changeRequestIds })
      : await rejectImportBatch({ actor, batchId: input.batchId, changeRequestIds, reason: input.reason });
    if (result.approved > 0) revalidatePublicRecords(result.touched);
    const done = [result.approved, result.rejected, result.outOfDate, result.held, result.skipped].join(".");
    target = `${localePath(input.locale, `/admin/imports/${input.batchId}`)}?done=${done}`;
  } catch (error) {
    if (error instanceof PermissionError) return { ok: false, error: "permission" };
    if (error instanceof ReviewError && error.code === "REASON_REQUIRED") return { ok: false, error: "reasonRequired" };
    const reference = randomUUID().slice(0, 8);
    console.error(`[decideImportBatchAction] ref=${reference}`, error);
    return { ok: false, error: "unexpected", reference };
  }
  redirect(target);
}
