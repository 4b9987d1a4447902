"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-action";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { deleteRecord, restoreRecord, revertRecord } from "@/lib/data/revisions";
import { localePath } from "@/lib/i18n/locales";
import { deleteRecordFormSchema, restoreRecordFormSchema, revertFormSchema } from "@/lib/validations/review";

// Revert, delete and undo a deletion from a record's history page. The wrapper checks the session
// and permission and parses the form; lib/data checks again, in one transaction; then the public
// pages the change touched are revalidated.

const historyPath = (locale: "en" | "ar", entityType: string, entityId: string) =>
  localePath(locale, `/admin/history/${entityType}/${entityId}`);

/** Reverts a record to one of its revisions (a new revision with that revision's data). */
export const revertRecordAction = defineFormAction({
  name: "revertRecordAction",
  permission: "revision:revert",
  schema: revertFormSchema,
  run: async ({ input: { locale, ...input }, user }) => {
    const result = await revertRecord({ actor: user, ...input });
    revalidatePublicRecords(result.touched);
    redirect(`${historyPath(locale, input.entityType, input.entityId)}?done=reverted&v=${result.version}`);
  },
});

/** Soft-deletes a record; the history page offers the undo. */
export const deleteRecordAction = defineFormAction({
  name: "deleteRecordAction",
  permission: "record:delete",
  schema: deleteRecordFormSchema,
  run: async ({ input: { locale, ...input }, user }) => {
    const result = await deleteRecord({ actor: user, ...input });
    revalidatePublicRecords(result.touched);
    redirect(`${historyPath(locale, input.entityType, input.entityId)}?done=deleted`);
  },
});

/** Undoes a soft delete. */
export const restoreRecordAction = defineFormAction({
  name: "restoreRecordAction",
  permission: "record:delete",
  schema: restoreRecordFormSchema,
  run: async ({ input: { locale, ...input }, user }) => {
    const result = await restoreRecord({ actor: user, ...input });
    revalidatePublicRecords(result.touched);
    redirect(`${historyPath(locale, input.entityType, input.entityId)}?done=restored`);
  },
});
