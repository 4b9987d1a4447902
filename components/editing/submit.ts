"use client";

import { proposeChangeAction, reviseChangeRequestAction } from "@/app/[locale]/(editing)/edit/actions";
import type { EntityType } from "@/lib/generated/prisma/enums";
import type { ChangeTarget } from "@/lib/validations/common";

export type FormMode = { target: ChangeTarget; reviseId?: string };

/** The action a proposal form submits to: a new proposal, or a revision of one of mine. */
export function submitFor(entityType: EntityType, mode: FormMode, formKey: string) {
  return (values: unknown) =>
    mode.reviseId
      ? reviseChangeRequestAction({ id: mode.reviseId, target: mode.target, input: values, formKey })
      : proposeChangeAction({ entityType, target: mode.target, input: values, formKey });
}
