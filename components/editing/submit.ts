"use client";

import type { ActionResult } from "@/lib/actions/result";
import type { ChangeTarget } from "@/lib/validations/common";
import type { ProposableEntity } from "@/lib/data/change-requests/registry";

export type FormMode = { target: ChangeTarget; reviseId?: string };

/** The server actions a proposal form posts to, handed down by its page (components never import app/). */
export type ProposalActions = {
  propose: (params: {
    entityType: ProposableEntity;
    target: unknown;
    input: unknown;
    formKey: string;
  }) => Promise<ActionResult<{ id: string }>>;
  revise: (params: {
    id: string;
    target: unknown;
    input: unknown;
    formKey: string;
  }) => Promise<ActionResult<{ id: string }>>;
  saveDraft: (params: { formKey: string; data: unknown }) => Promise<ActionResult<{ savedAt: string }>>;
  discardDraft: (params: { formKey: string }) => Promise<ActionResult>;
};

/** The action a proposal form submits to: a new proposal, or a revision of one of mine. */
export function submitFor(entityType: ProposableEntity, mode: FormMode, formKey: string, actions: ProposalActions) {
  return (values: unknown, note: string) => {
    const target = { ...mode.target, note: note.trim() ? note : null };
    return mode.reviseId
      ? actions.revise({ id: mode.reviseId, target, input: values, formKey })
      : actions.propose({ entityType, target, input: values, formKey });
  };
}
