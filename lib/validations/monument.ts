import { z } from "zod";
import {
  optionalChoice,
  checkCitations,
  citationSchema,
  LOCATION_PRECISIONS,
  mediaIdsSchema,
  newSourceSchema,
  optionalText,
  recordId,
  text,
  vocabularyCode,
} from "@/lib/validations/common";

const optionalYear = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === "") return null;
    const n = typeof value === "number" ? value : Number(value.trim());
    if (!Number.isInteger(n) || n < -10000 || n > 2999) {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    return n;
  });

const optionalCoordinate = (min: number, max: number, message: "latitudeRange" | "longitudeRange") =>
  z
    .union([z.number(), z.string()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value === "") return null;
      const n = typeof value === "number" ? value : Number(value.trim());
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

// A monument or object as proposed: ChangeRequest.proposedData for entityType MONUMENT. `fields`
// are Monument's own editable columns; the slug is not among them (the applier derives it from
// nameEn on CREATE and keeps it on UPDATE, so public URLs stay stable).
export const monumentFieldsSchema = z
  .strictObject({
    siteId: recordId,
    // part of another monument (a cella of a temple, a bust held by a museum)
    parentId: optionalChoice(recordId),
    kindCode: vocabularyCode,
    nameEn: text(200),
    nameAr: text(200),
    // other spellings and names in any script
    altNames: z.array(z.string().trim().min(1, "required").max(200, "tooLong")).max(30, "tooMany").default([]),
    periodEn: optionalText(200),
    periodAr: optionalText(200),
    builtFromYear: optionalYear,
    builtToYear: optionalYear,
    summaryEn: optionalText(500),
    summaryAr: optionalText(500),
    descriptionEn: optionalText(10000),
    descriptionAr: optionalText(10000),
    currentLocationEn: optionalText(300),
    currentLocationAr: optionalText(300),
    latitude: optionalCoordinate(-90, 90, "latitudeRange"),
    longitude: optionalCoordinate(-180, 180, "longitudeRange"),
    locationPrecision: z.enum(LOCATION_PRECISIONS, { error: "invalid" }),
    // precise coordinates of a looting-prone place are shown to signed-in staff only
    isSensitive: z.boolean({ error: "invalid" }),
  })
  .superRefine((value, ctx) => {
    if ((value.latitude === null) !== (value.longitude === null)) {
      ctx.addIssue({
        code: "custom",
        path: [value.latitude === null ? "latitude" : "longitude"],
        message: "coordinatesPair",
      });
    }
    if (value.builtFromYear !== null && value.builtToYear !== null && value.builtToYear < value.builtFromYear) {
      ctx.addIssue({ code: "custom", path: ["builtToYear"], message: "yearOrder" });
    }
    const names = new Set<string>();
    value.altNames.forEach((name, index) => {
      if (names.has(name)) ctx.addIssue({ code: "custom", path: ["altNames", index], message: "invalid" });
      names.add(name);
    });
  });

export const createMonumentSchema = z
  .strictObject({
    fields: monumentFieldsSchema,
    citations: z.array(citationSchema).max(30, "tooMany").default([]),
    newSources: z.array(newSourceSchema).max(10, "tooMany").default([]),
    mediaIds: mediaIdsSchema,
  })
  .superRefine((value, ctx) => checkCitations(value, ctx, { required: false }));

export type CreateMonumentInput = z.input<typeof createMonumentSchema>;
export type MonumentProposal = z.infer<typeof createMonumentSchema>;
