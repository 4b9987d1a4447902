"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-action";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { approveChangeRequest, decideChangeRequest } from "@/lib/data/change-requests/decide";
import { localePath } from "@/lib/i18n/locales";
import { ExpectedError } from "@/lib/validations/errors";
import { approveFormSchema, reviewDecisionFormSchema } from "@/lib/validations/review";

// The review page's actions (the wrapper checks the session and permission and parses the form;
// lib/data checks the permission again). After an approval commits, the public pages it touched
// are revalidated.

/** Approves a proposal as it is, or (after a conflict) the merged version the reviewer chose. */
export const approveChangeRequestAction = defineFormAction({
  name: "approveChangeRequestAction",
  permission: "changeRequest:review",
  schema: approveFormSchema,
  run: async ({ input, user }) => {
    const outcome = await approveChangeRequest({
      actor: user,
      changeRequestId: input.changeRequestId,
      resolution: input.resolution,
    });
    // not applied, and said so: the proposal is now out of date, or held with its problems shown
    if (outcome.outcome === "OUT_OF_DATE") throw new ExpectedError("outOfDate", "The record changed.");
    if (outcome.outcome === "HELD") throw new ExpectedError("held", "The proposal no longer holds.");
    revalidatePublicRecords(outcome.touched);
    redirect(`${localePath(input.locale, "/admin/review")}?done=approved`);
  },
});

const DONE = { reject: "rejected", requestChanges: "changesRequested", markOutOfDate: "markedOutOfDate" } as const;

/** Rejects (reason required), sends back (comment required) or marks a proposal out of date. */
export const decideChangeRequestAction = defineFormAction({
  name: "decideChangeRequestAction",
  permission: "changeRequest:review",
  schema: reviewDecisionFormSchema,
  run: async ({ input, user }) => {
    await decideChangeRequest({
      actor: user,
      changeRequestId: input.changeRequestId,
      decision: input.decision,
      reason: input.reason,
    });
    redirect(`${localePath(input.locale, "/admin/review")}?done=${DONE[input.decision]}`);
  },
});
