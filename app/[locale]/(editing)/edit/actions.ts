"use server";

import { defineAction } from "@/lib/actions/define-action";
import { proposeChange, reviseChangeRequest, withdrawChangeRequest } from "@/lib/data/change-requests/propose";
import { markDecisionsSeen } from "@/lib/data/change-requests/submissions";
import { deleteDraft, saveDraft } from "@/lib/data/drafts";
import { discardDraftSchema, saveDraftSchema } from "@/lib/validations/drafts";
import {
  changeRequestIdSchema,
  markDecisionsSeenSchema,
  proposeChangeSchema,
  reviseChangeRequestSchema,
} from "@/lib/validations/proposals";

// The editing area's actions. Every argument comes from the browser: the wrapper checks the
// session and permission and parses the input, and the lib/data function checks the permission
// and validates the record again with the shared schema. Next refuses an action from another origin.

/** Proposes a new record or an edit (a pending change request); the form's draft goes with it. */
export const proposeChangeAction = defineAction({
  name: "proposeChangeAction",
  permission: "changeRequest:create",
  schema: proposeChangeSchema,
  run: async ({ input, user }) => {
    const created = await proposeChange({
      actor: user,
      entityType: input.entityType,
      target: input.target,
      input: input.input,
    });
    await deleteDraft({ actor: user, formKey: input.formKey });
    return created;
  },
});

/** Replaces the data of one of my open proposals; it returns to the queue as pending. */
export const reviseChangeRequestAction = defineAction({
  name: "reviseChangeRequestAction",
  permission: "changeRequest:reviseOwn",
  schema: reviseChangeRequestSchema,
  run: async ({ input, user }) => {
    await reviseChangeRequest({ actor: user, id: input.id, target: input.target, input: input.input });
    await deleteDraft({ actor: user, formKey: input.formKey });
    return { id: input.id };
  },
});

export const withdrawChangeRequestAction = defineAction({
  name: "withdrawChangeRequestAction",
  permission: "changeRequest:withdrawOwn",
  schema: changeRequestIdSchema,
  run: async ({ input, user }) => {
    await withdrawChangeRequest({ actor: user, id: input.id });
  },
});

/** Saves what is typed in a form (called as the user types, debounced). */
export const saveDraftAction = defineAction({
  name: "saveDraftAction",
  permission: "draft:write",
  schema: saveDraftSchema,
  run: async ({ input, user }) => {
    const { updatedAt } = await saveDraft({ actor: user, formKey: input.formKey, data: input.data });
    return { savedAt: updatedAt.toISOString() };
  },
});

/** "Start again": throws away the draft of one form. */
export const discardDraftAction = defineAction({
  name: "discardDraftAction",
  permission: "draft:write",
  schema: discardDraftSchema,
  run: async ({ input, user }) => {
    await deleteDraft({ actor: user, formKey: input.formKey });
  },
});

/** "My submissions" was shown: the decisions listed there have been seen. */
export const markDecisionsSeenAction = defineAction({
  name: "markDecisionsSeenAction",
  permission: "changeRequest:readOwn",
  schema: markDecisionsSeenSchema,
  run: async ({ input, user }) => {
    await markDecisionsSeen({ actor: user, ids: input.ids });
  },
});
