"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/review/action-form";
import { PermissionError, type Permission } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { db } from "@/lib/db";
import { deleteRecord, HistoryError, restoreRecord, revertRecord } from "@/lib/data/revisions";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";
import { deleteRecordSchema, revertSchema } from "@/lib/validations/review";

// Revert, delete and undo a deletion from a record's history page. Each checks the session and
// permission, validates, calls one lib/data function (which checks again, in one transaction),
// then revalidates the public pages the change touched.

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "en";
}

function failure(locale: Locale, error: unknown, context: string): ActionState {
  const t = translator(locale);
  if (error instanceof PermissionError) return { ok: false, message: t("recordHistory.error.forbidden") };
  if (error instanceof HistoryError) return { ok: false, message: t(`recordHistory.error.${error.code}`) };
  const ref = randomUUID().slice(0, 8);
  console.error(`[${context}] ref=${ref}`, error);
  return { ok: false, message: t("recordHistory.error.unexpected", { ref }) };
}

function fields(formData: FormData) {
  const number = (name: string) => Number(formData.get(name));
  return {
    entityType: formData.get("entityType"),
    entityId: formData.get("entityId"),
    toVersion: number("toVersion"),
    expectedVersion: number("expectedVersion"),
    reason: formData.get("reason") ?? "",
  };
}

async function actor(permission: Permission, action: string) {
  const user = await requireActionUser(permission, { action });
  return { id: user.id, role: user.role };
}

/** Reverts a record to one of its revisions (a new revision with that revision's data). */
export async function revertRecordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  let target: { entityType: string; entityId: string; version: number };
  try {
    const who = await actor("revision:revert", "revertRecordAction");
    const { reason: _reason, ...input } = fields(formData);
    void _reason;
    const parsed = revertSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: translator(locale)("recordHistory.error.invalid") };
    const result = await revertRecord(db, { actor: who, ...parsed.data });
    revalidatePublicRecords(result.touched);
    target = { entityType: parsed.data.entityType, entityId: parsed.data.entityId, version: result.version };
  } catch (error) {
    return failure(locale, error, "revertRecordAction");
  }
  redirect(
    `${localePath(locale, `/admin/history/${target.entityType}/${target.entityId}`)}?done=reverted&v=${target.version}`,
  );
}

/** Soft-deletes a record; the history page offers the undo. */
export async function deleteRecordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  let target: { entityType: string; entityId: string };
  try {
    const who = await actor("record:delete", "deleteRecordAction");
    const { toVersion: _toVersion, ...input } = fields(formData);
    void _toVersion;
    const parsed = deleteRecordSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: translator(locale)("recordHistory.error.invalid") };
    const result = await deleteRecord(db, { actor: who, ...parsed.data });
    revalidatePublicRecords(result.touched);
    target = parsed.data;
  } catch (error) {
    return failure(locale, error, "deleteRecordAction");
  }
  redirect(`${localePath(locale, `/admin/history/${target.entityType}/${target.entityId}`)}?done=deleted`);
}

/** Undoes a soft delete. */
export async function restoreRecordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  let target: { entityType: string; entityId: string };
  try {
    const who = await actor("record:delete", "restoreRecordAction");
    const { toVersion: _toVersion, reason: _reason, ...input } = fields(formData);
    void _toVersion;
    void _reason;
    const parsed = deleteRecordSchema.omit({ reason: true }).safeParse(input);
    if (!parsed.success) return { ok: false, message: translator(locale)("recordHistory.error.invalid") };
    const result = await restoreRecord(db, { actor: who, ...parsed.data });
    revalidatePublicRecords(result.touched);
    target = parsed.data;
  } catch (error) {
    return failure(locale, error, "restoreRecordAction");
  }
  redirect(`${localePath(locale, `/admin/history/${target.entityType}/${target.entityId}`)}?done=restored`);
}
