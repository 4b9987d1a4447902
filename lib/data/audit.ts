import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { clientOf, type WithTx } from "@/lib/data/client";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; actorEmail?: string; from?: Date; to?: Date; page: number };

/** One page of the audit log, newest first, for admins. Dates are compared in UTC. */
export async function listAuditEntries({ actor, filter, tx }: { actor: { role: Role }; filter: AuditFilter } & WithTx) {
  assertCan(actor.role, "audit:read");
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.actorEmail ? { actor: { email: { contains: filter.actorEmail.toLowerCase() } } } : {}),
    ...(filter.from || filter.to
      ? { occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } }
      : {}),
  };
  const page = Math.max(1, filter.page);
  const rows = await clientOf(tx).auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      occurredAt: true,
      action: true,
      entityType: true,
      entityId: true,
      version: true,
      details: true,
      ip: true,
      actor: { select: { email: true, name: true } },
    },
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE, page };
}

export async function listAuditActions({ actor, tx }: { actor: { role: Role } } & WithTx) {
  assertCan(actor.role, "audit:read");
  const rows = await clientOf(tx).auditLog.findMany({
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((r) => r.action);
}
