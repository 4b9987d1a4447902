import { recordAudit } from "@/lib/audit/log";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";

type AuditClient = Parameters<typeof recordAudit>[0];

/**
 * The one audit entry of a refused attempt ("action.refused"): by the action wrapper when the
 * session lacks the permission, and by lib/data when a call gets past it but may not proceed
 * (no permission, already decided, self-approval...). A refusal changes nothing else.
 */
export async function recordRefusal({
  tx,
  actorId,
  attempted,
  reason,
  permission,
  role,
  target = {},
  ip,
}: {
  tx: AuditClient;
  actorId: string | null;
  // the action or data operation refused, e.g. "approveChangeRequestAction", "changeRequest.approve"
  attempted: string;
  // "permission", or the refusal's code ("ALREADY_DECIDED", "SELF_APPROVAL", ...)
  reason: string;
  permission?: string;
  role?: string;
  target?: { changeRequestId?: string; entityType?: EntityType | null; entityId?: string | null };
  ip?: string | null;
}): Promise<void> {
  const details: Record<string, Prisma.InputJsonValue> = { attempted, reason };
  if (permission) details.permission = permission;
  if (role) details.role = role;
  if (target.changeRequestId) details.changeRequestId = target.changeRequestId;
  await recordAudit(tx, {
    actorId,
    action: "action.refused",
    entityType: target.entityType ?? null,
    entityId: target.entityId ?? null,
    details,
    ip: ip ?? null,
  });
}
