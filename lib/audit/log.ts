import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";

// The audit log is append-only (triggers refuse UPDATE/DELETE/TRUNCATE) and hash-chained: each
// entry's hash covers its content and the previous entry's hash, so `npm run audit:verify`
// detects a row altered, inserted or removed by someone who got around the triggers.

export type AuditEntryInput = {
  actorId: string | null;
  action: string; // e.g. "auth.signIn.success", "changeRequest.approve", "action.refused"
  entityType?: EntityType | null;
  entityId?: string | null;
  version?: number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

type AuditClient = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw" | "auditLog">;

// Any constant shared by every writer: entries are chained one at a time.
const AUDIT_CHAIN_LOCK = 727_001;

// Stable JSON: keys sorted at every level, so the same content always hashes the same.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type HashedFields = {
  id: bigint | string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  version: number | null;
  details: unknown;
  ip: string | null;
  prevHash: string | null;
};

export function auditEntryHash(entry: HashedFields): string {
  const content = canonicalJson({
    id: String(entry.id),
    occurredAt: entry.occurredAt.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    version: entry.version,
    details: entry.details ?? {},
    ip: entry.ip,
    prevHash: entry.prevHash,
  });
  return createHash("sha256").update(content).digest("hex");
}

/**
 * Appends one audit entry. Call it with the transaction that makes the change it records, so the
 * entry exists exactly when the change does; for events with no other write (a refused action, a
 * failed sign-in) pass the client and it runs in a transaction of its own.
 */
export async function recordAudit(
  client: AuditClient & { $transaction?: unknown },
  input: AuditEntryInput,
): Promise<{ id: bigint; hash: string }> {
  const run = async (tx: AuditClient) => {
    // Serialise writers so that each entry's prevHash is the hash of the entry before it.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
    const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
    const [{ id }] = await tx.$queryRaw<
      [{ id: bigint }]
    >`SELECT nextval(pg_get_serial_sequence('"AuditLog"', 'id')) AS id`;
    const fields: HashedFields = {
      id,
      occurredAt: new Date(),
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      version: input.version ?? null,
      details: input.details ?? {},
      ip: input.ip ?? null,
      prevHash: last?.hash ?? null,
    };
    const hash = auditEntryHash(fields);
    await tx.auditLog.create({
      data: {
        id,
        occurredAt: fields.occurredAt,
        actorId: fields.actorId,
        action: fields.action,
        entityType: input.entityType ?? null,
        entityId: fields.entityId,
        version: fields.version,
        details: fields.details as Prisma.InputJsonValue,
        ip: fields.ip,
        prevHash: fields.prevHash,
        hash,
      },
    });
    return { id, hash };
  };
  const maybeClient = client as {
    $transaction?: (
      fn: (tx: AuditClient) => Promise<unknown>,
      options: { maxWait: number; timeout: number },
    ) => Promise<unknown>;
  };
  if (typeof maybeClient.$transaction === "function") {
    // Writers queue on the chain lock; under a burst (many failed sign-ins at once) a writer may
    // wait for a pool connection and the lock longer than Prisma's 2 s default.
    return (await maybeClient.$transaction((tx) => run(tx), { maxWait: 15_000, timeout: 20_000 })) as {
      id: bigint;
      hash: string;
    };
  }
  return run(client);
}
