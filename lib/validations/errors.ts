import type { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "@/lib/validations/common";

// An expected failure meant for the user: field errors keyed by the field's path ("fields.nameEn",
// "citations.0.sourceId") and/or one error for the whole form. Values are ErrorCodes, translated
// by the form. A server action returns them as they are; nothing was changed.
export type FieldErrors = Record<string, ErrorCode[]>;

export class FormError extends Error {
  constructor(
    public readonly fieldErrors: FieldErrors,
    public readonly formError: ErrorCode | null = null,
  ) {
    super(formError ?? `Invalid input: ${Object.keys(fieldErrors).join(", ")}`);
    this.name = "FormError";
  }
}

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // an extra key such as status, version, authorId or role: refused, named in the error
      for (const extra of issue.keys) (result[[...issue.path.map(String), extra].join(".")] ??= []).push("invalid");
      continue;
    }
    const key = issue.path.map(String).join(".") || "_form";
    // zod's own messages (an unrecognized key such as "status", a wrong type) are not codes
    const code: ErrorCode = isErrorCode(issue.message) ? issue.message : "invalid";
    const list = (result[key] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return result;
}

export function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}

/** The result every editing action returns: the form keeps what was typed and shows these. */
export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { data: T }))
  | { ok: false; fieldErrors: FieldErrors; formError: ErrorCode | null; reference?: string };
