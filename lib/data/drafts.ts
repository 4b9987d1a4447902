import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { clientOf, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { formKeySchema } from "@/lib/validations/drafts";
import { FormError } from "@/lib/validations/errors";

// Drafts: what a contributor has typed into one form, saved as they type. A draft is raw form
// state (it may be invalid: that is the point), so it is stored as given, bounded in size, and
// readable only by its author.

const MAX_DRAFT_BYTES = 256 * 1024;

export async function saveDraft({
  actor,
  formKey,
  data,
  tx,
}: {
  actor: Actor;
  formKey: string;
  data: unknown;
} & WithTx): Promise<{ updatedAt: Date }> {
  assertCan(actor.role, "draft:write");
  const key = formKeySchema.safeParse(formKey);
  if (!key.success) throw new FormError({}, "invalid");
  const json = JSON.stringify(data ?? null);
  if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) throw new FormError({}, "draftTooLarge");
  const value = JSON.parse(json) as Prisma.InputJsonValue;
  const row = await clientOf(tx).draft.upsert({
    where: { authorId_formKey: { authorId: actor.id, formKey: key.data } },
    create: { authorId: actor.id, formKey: key.data, data: value },
    update: { data: value },
    select: { updatedAt: true },
  });
  return row;
}

export async function getDraft({ actor, formKey, tx }: { actor: Actor; formKey: string } & WithTx) {
  assertCan(actor.role, "draft:write");
  const key = formKeySchema.safeParse(formKey);
  if (!key.success) return null;
  return clientOf(tx).draft.findUnique({
    where: { authorId_formKey: { authorId: actor.id, formKey: key.data } },
    select: { data: true, updatedAt: true },
  });
}

export async function deleteDraft({ actor, formKey, tx }: { actor: Actor; formKey: string } & WithTx): Promise<void> {
  assertCan(actor.role, "draft:write");
  await clientOf(tx).draft.deleteMany({ where: { authorId: actor.id, formKey } });
}

/** The actor's drafts, newest first, for "continue where you left off". */
export async function listOwnDrafts({ actor, tx }: { actor: Actor } & WithTx) {
  assertCan(actor.role, "draft:write");
  return clientOf(tx).draft.findMany({
    where: { authorId: actor.id },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { formKey: true, updatedAt: true },
  });
}
