import { z } from "zod";

// "damage-report:new:<monumentId>", "monument:edit:<id>", "source:new", "revise:<id>"
export const formKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[a-z-]+(:[A-Za-z0-9_-]+)*$/);

export const saveDraftSchema = z.strictObject({ formKey: z.string().max(200), data: z.unknown() });
export const discardDraftSchema = z.strictObject({ formKey: z.string().max(200) });
