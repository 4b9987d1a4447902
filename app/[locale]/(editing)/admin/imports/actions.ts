"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-action";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { approveImportBatch, rejectImportBatch } from "@/lib/data/imports";
import { localePath } from "@/lib/i18n/locales";
import { ExpectedError } from "@/lib/validations/errors";
import { batchDecisionFormSchema } from "@/lib/validations/imports";

// The admin's decision on an imported batch: approve or reject the chosen rows, or every waiting
// one. Each proposal goes through the single-proposal pipeline (lib/data/imports.ts); the public
// pages the approvals touched are revalidated after they commit.
export const decideImportBatchAction = defineFormAction({
  name: "decideImportBatchAction",
  permission: "changeRequest:review",
  schema: batchDecisionFormSchema,
  run: async ({ input, user }) => {
    const all = input.intent === "approveAll" || input.intent === "rejectAll";
    if (!all && input.selected.length === 0) throw new ExpectedError("nothingSelected", "Select at least one row.");
    const changeRequestIds = all ? ("all" as const) : input.selected;
    const result = input.intent.startsWith("approve")
      ? await approveImportBatch({ actor: user, batchId: input.batchId, changeRequestIds })
      : await rejectImportBatch({ actor: user, batchId: input.batchId, changeRequestIds, reason: input.reason });
    if (result.approved > 0) revalidatePublicRecords(result.touched);
    const done = [result.approved, result.rejected, result.outOfDate, result.held, result.skipped].join(".");
    redirect(`${localePath(input.locale, `/admin/imports/${input.batchId}`)}?done=${done}`);
  },
});
