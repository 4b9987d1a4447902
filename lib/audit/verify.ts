import { Client } from "pg";
import { auditEntryHash } from "@/lib/audit/log";

// Walks the audit log's hash chain from the first entry. An entry whose content no longer
// matches its hash was altered; an entry whose prevHash is not the hash of the entry before it
// means an entry was inserted or removed just before it. (Removing the newest entries leaves no
// trace in the chain itself: compare the count with a copy kept elsewhere for that.)

export type AuditProblem = { id: string; kind: "altered" | "inserted-or-removed-before"; detail: string };
export type AuditVerification = { entries: number; problem: AuditProblem | null };

type Row = {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  version: number | null;
  details: unknown;
  ip: string | null;
  prevHash: string | null;
  hash: string;
};

export async function verifyAuditChain(databaseUrl: string, { batchSize = 1000 } = {}): Promise<AuditVerification> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let previousHash: string | null = null;
    let lastId = "0";
    let entries = 0;
    for (;;) {
      const { rows } = await client.query<Row>(
        `SELECT id::text AS id, "occurredAt", "actorId", action, "entityType"::text AS "entityType", "entityId", version,
                details, ip, "prevHash", hash
           FROM "AuditLog" WHERE id > $1::bigint ORDER BY id LIMIT $2`,
        [lastId, batchSize],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        entries++;
        if (row.prevHash !== previousHash) {
          return {
            entries,
            problem: {
              id: row.id,
              kind: "inserted-or-removed-before",
              detail: `prevHash ${row.prevHash ?? "null"} is not the previous entry's hash ${previousHash ?? "null"}`,
            },
          };
        }
        if (auditEntryHash(row) !== row.hash) {
          return {
            entries,
            problem: { id: row.id, kind: "altered", detail: `content does not match its hash (action ${row.action})` },
          };
        }
        previousHash = row.hash;
        lastId = row.id;
      }
    }
    return { entries, problem: null };
  } finally {
    await client.end();
  }
}
