import "server-only";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// The calling convention of lib/data: every function takes one object, and `tx` in it is the
// client to run on: the app's own when left out, a test's database, or a caller's open
// transaction (a bulk import proposes many records in one). Pages never import the client.

export type Tx = Prisma.TransactionClient;
export type DbClient = PrismaClient | Tx;

/** The optional client every data function accepts. */
export type WithTx = { tx?: DbClient };

/** The client to use: the caller's, or the app's. */
export function clientOf(tx: DbClient | undefined): DbClient {
  return tx ?? db;
}

// A transaction client has no $transaction of its own.
function canOpenTransactions(client: DbClient): client is PrismaClient {
  return typeof (client as { $transaction?: unknown }).$transaction === "function";
}

/**
 * Runs `fn` in one transaction: a new one on a client, or the caller's own when `tx` is already a
 * transaction (then the caller commits or rolls back everything together).
 */
export function inTransaction<T>(
  tx: DbClient | undefined,
  fn: (tx: Tx) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  const client = clientOf(tx);
  return canOpenTransactions(client) ? client.$transaction(fn, options) : fn(client);
}

/** A client that can open transactions of its own (approval needs two in a row). */
export function rootClient(tx: DbClient | undefined): PrismaClient {
  const client = clientOf(tx);
  if (!canOpenTransactions(client)) {
    throw new Error("This function opens transactions of its own: pass a client, not a transaction.");
  }
  return client;
}
