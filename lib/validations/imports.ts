import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

// The admin's decision on an imported batch (app/[locale]/(editing)/admin/imports/[id]): which
// rows (the checked boxes, named "cr_<change request id>", or every waiting row) and what to do.
// lib/data/imports.ts checks the permission and each proposal's state again.

const id = z.string().trim().min(1).max(64);

export const batchDecisionFormSchema = z
  .object({
    locale: z.enum(locales),
    batchId: id,
    intent: z.enum(["approveSelected", "approveAll", "rejectSelected", "rejectAll"]),
    reason: z.string().trim().max(4000, "tooLong").default(""),
  })
  .catchall(z.string().max(10))
  .transform((value) => ({
    locale: value.locale,
    batchId: value.batchId,
    intent: value.intent,
    reason: value.reason,
    selected: Object.keys(value)
      .filter((key) => key.startsWith("cr_") && value[key] === "on")
      .map((key) => key.slice(3))
      .filter((key) => /^[A-Za-z0-9_-]{1,64}$/.test(key))
      .slice(0, 20_000),
  }));
export type BatchDecisionInput = z.infer<typeof batchDecisionFormSchema>;
