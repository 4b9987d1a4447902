"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import type { ActionState } from "@/components/review/action-form";
import { PermissionError } from "@/lib/auth/permissions";
import { requireActionUser } from "@/lib/auth/session";
import { revalidatePublicRecords } from "@/lib/cache/revalidate";
import { db } from "@/lib/db";
import { approveChangeRequest, decideChangeRequest, ReviewError } from "@/lib/data/review";
import { isLocale, localePath, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";
import { approveSchema, fieldChoiceSchema, reviewDecisionSchema, type FieldChoice } from "@/lib/validations/review";

// The review page's actions. Each checks the session and permission (requireActionUser), validates
// its input with lib/validations/review.ts, and calls one lib/data function, which checks the
// permission again. After an approval commits, the public pages it touched are revalidated.

function localeOf(formData: FormData): Locale {
  const value = formData.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "en";
}

function failure(locale: Locale, error: unknown, context: string): ActionState {
  const t = translator(locale);
  if (error instanceof PermissionError) return { ok: false, message: t("review.error.forbidden") };
  if (error instanceof ReviewError) {
    return {
      ok: false,
      message: t(`review.error.${error.code}`),
      field: error.code === "REASON_REQUIRED" ? "reason" : undefined,
    };
  }
  const ref = randomUUID().slice(0, 8);
  console.error(`[${context}] ref=${ref}`, error);
  return { ok: false, message: t("review.error.unexpected", { ref }) };
}

/** Approves a proposal as it is, or (after a conflict) the merged version the reviewer chose. */
export async function approveChangeRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  const t = translator(locale);
  let outcome: Awaited<ReturnType<typeof approveChangeRequest>>;
  try {
    const user = await requireActionUser("changeRequest:review", { action: "approveChangeRequestAction" });
    const choices: Record<string, FieldChoice> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith("choice.") && typeof value === "string") {
        const choice = fieldChoiceSchema.safeParse(value);
        if (choice.success) choices[key.slice("choice.".length)] = choice.data;
      }
    }
    const against = formData.get("againstVersion");
    const parsed = approveSchema.safeParse({
      changeRequestId: formData.get("changeRequestId"),
      ...(typeof against === "string" && against !== ""
        ? { resolution: { againstVersion: Number(against), choices } }
        : {}),
    });
    if (!parsed.success) return { ok: false, message: t("review.error.invalid") };
    outcome = await approveChangeRequest(db, {
      actor: { id: user.id, role: user.role },
      changeRequestId: parsed.data.changeRequestId,
      resolution: parsed.data.resolution,
    });
  } catch (error) {
    return failure(locale, error, "approveChangeRequestAction");
  }
  if (outcome.outcome === "OUT_OF_DATE") return { ok: false, message: t("review.result.outOfDate") };
  if (outcome.outcome === "HELD") return { ok: false, message: t("review.result.held") };
  revalidatePublicRecords(outcome.touched);
  redirect(`${localePath(locale, "/admin/review")}?done=approved`);
}

/** Rejects (reason required), sends back (comment required) or marks a proposal out of date. */
export async function decideChangeRequestAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(formData);
  const t = translator(locale);
  let decision: "reject" | "requestChanges" | "markOutOfDate";
  try {
    const user = await requireActionUser("changeRequest:review", { action: "decideChangeRequestAction" });
    const parsed = reviewDecisionSchema.safeParse({
      changeRequestId: formData.get("changeRequestId"),
      decision: formData.get("decision"),
      reason: formData.get("reason") ?? "",
    });
    if (!parsed.success) return { ok: false, message: t("review.error.invalid") };
    decision = parsed.data.decision;
    if (decision !== "markOutOfDate" && parsed.data.reason === "") {
      return {
        ok: false,
        field: "reason",
        message: decision === "reject" ? t("review.reasonRequired") : t("review.commentRequired"),
      };
    }
    await decideChangeRequest(db, {
      actor: { id: user.id, role: user.role },
      changeRequestId: parsed.data.changeRequestId,
      decision,
      reason: parsed.data.reason,
    });
  } catch (error) {
    return failure(locale, error, "decideChangeRequestAction");
  }
  const done =
    decision === "reject" ? "rejected" : decision === "requestChanges" ? "changesRequested" : "markedOutOfDate";
  redirect(`${localePath(locale, "/admin/review")}?done=${done}`);
}
