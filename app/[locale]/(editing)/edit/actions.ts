"use server";

import { requireActionUser } from "@/lib/auth/session";
import {
  markDecisionsSeen,
  proposeChange,
  reviseChangeRequest,
  withdrawChangeRequest,
} from "@/lib/data/change-requests";
import { deleteDraft, saveDraft } from "@/lib/data/drafts";
import type { EntityType } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/validations/errors";
import { runAction } from "./run-action";

// The editing area's actions. Every argument comes from the browser: each action checks the
// session and permission here, and the lib/data function checks the permission and validates
// everything again with the shared schema. Next refuses a server action from another origin.

/** Proposes a new record or an edit (a pending change request); the form's draft goes with it. */
export async function proposeChangeAction(params: {
  entityType: EntityType;
  target: unknown;
  input: unknown;
  formKey: string;
}): Promise<ActionResult<{ id: string }>> {
  return runAction("proposeChangeAction", async () => {
    const user = await requireActionUser("changeRequest:create", { action: "proposeChangeAction" });
    const created = await proposeChange({
      actor: user,
      entityType: params.entityType,
      target: params.target,
      input: params.input,
    });
    await deleteDraft({ actor: user, formKey: String(params.formKey) });
    return created;
  });
}

/** Replaces the data of one of my open proposals; it returns to the queue as pending. */
export async function reviseChangeRequestAction(params: {
  id: string;
  target: unknown;
  input: unknown;
  formKey: string;
}): Promise<ActionResult<{ id: string }>> {
  return runAction("reviseChangeRequestAction", async () => {
    const user = await requireActionUser("changeRequest:reviseOwn", { action: "reviseChangeRequestAction" });
    await reviseChangeRequest({ actor: user, id: String(params.id), target: params.target, input: params.input });
    await deleteDraft({ actor: user, formKey: String(params.formKey) });
    return { id: String(params.id) };
  });
}

export async function withdrawChangeRequestAction(params: { id: string }): Promise<ActionResult> {
  return runAction("withdrawChangeRequestAction", async () => {
    const user = await requireActionUser("changeRequest:withdrawOwn", { action: "withdrawChangeRequestAction" });
    await withdrawChangeRequest({ actor: user, id: String(params.id) });
  });
}

/** Saves what is typed in a form (called as the user types, debounced). */
export async function saveDraftAction(params: {
  formKey: string;
  data: unknown;
}): Promise<ActionResult<{ savedAt: string }>> {
  return runAction("saveDraftAction", async () => {
    const user = await requireActionUser("draft:write", { action: "saveDraftAction" });
    const { updatedAt } = await saveDraft({ actor: user, formKey: String(params.formKey), data: params.data });
    return { savedAt: updatedAt.toISOString() };
  });
}

/** "Start again": throws away the draft of one form. */
export async function discardDraftAction(params: { formKey: string }): Promise<ActionResult> {
  return runAction("discardDraftAction", async () => {
    const user = await requireActionUser("draft:write", { action: "discardDraftAction" });
    await deleteDraft({ actor: user, formKey: String(params.formKey) });
  });
}

/** "My submissions" was shown: the decisions listed there have been seen. */
export async function markDecisionsSeenAction(params: { ids: string[] }): Promise<ActionResult> {
  return runAction("markDecisionsSeenAction", async () => {
    const user = await requireActionUser("changeRequest:readOwn", { action: "markDecisionsSeenAction" });
    const ids = Array.isArray(params.ids)
      ? params.ids.filter((id): id is string => typeof id === "string").slice(0, 200)
      : [];
    await markDecisionsSeen({ actor: user, ids });
  });
}
