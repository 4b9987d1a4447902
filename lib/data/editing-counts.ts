import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { clientOf, type DbClient, type WithTx } from "@/lib/data/client";
import { unseenDecisionsWhere } from "@/lib/data/change-requests/submissions";

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
    db.changeRequest.count({ where: unseenDecisionsWhere(user.id) }),
  ]);
  return { pendingReview, unseenDecisions };
});
