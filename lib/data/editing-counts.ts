import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import type { ChangeRequestStatus } from "@/lib/generated/prisma/enums";

// The statuses a reviewer's decision leaves; the author has "seen" it once decisionSeenAt is set.
export const DECIDED_STATUSES: ChangeRequestStatus[] = ["APPROVED", "REJECTED", "CHANGES_REQUESTED", "OUT_OF_DATE"];

export type EditingCounts = { pendingReview: number | null; unseenDecisions: number };

/** The figures in the editing header: the review queue's size (admins only) and my unseen decisions. */
export function getEditingCounts({ user, tx }: { user: SessionUser } & WithTx): Promise<EditingCounts> {
  return editingCounts(user, clientOf(tx));
}

// React's cache keys on the arguments' identity: the session user (itself cached per request).
const editingCounts = cache(async (user: SessionUser, db: DbClient): Promise<EditingCounts> => {
  const [pendingReview, unseenDecisions] = await Promise.all([
    can(user.role, "changeRequest:review")
      ? db.changeRequest.count({ where: { status: "PENDING" } })
      : Promise.resolve(null),
    db.changeRequest.count({ where: { authorId: user.id, status: { in: DECIDED_STATUSES }, decisionSeenAt: null } }),
  ]);
  return { pendingReview, unseenDecisions };
});
