import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { ChangeRequestStatus } from "@/lib/generated/prisma/enums";

// The statuses a reviewer's decision leaves; the author has "seen" it once decisionSeenAt is set.
export const DECIDED_STATUSES: ChangeRequestStatus[] = ["APPROVED", "REJECTED", "CHANGES_REQUESTED", "OUT_OF_DATE"];

export type EditingCounts = { pendingReview: number | null; unseenDecisions: number };

/** The figures in the editing header: the review queue's size (admins only) and my unseen decisions. */
export const getEditingCounts = cache(async (user: SessionUser): Promise<EditingCounts> => {
  const [pendingReview, unseenDecisions] = await Promise.all([
    can(user.role, "changeRequest:review")
      ? db.changeRequest.count({ where: { status: "PENDING" } })
      : Promise.resolve(null),
    db.changeRequest.count({ where: { authorId: user.id, status: { in: DECIDED_STATUSES }, decisionSeenAt: null } }),
  ]);
  return { pendingReview, unseenDecisions };
});
