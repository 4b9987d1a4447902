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

/**
 * An expected refusal from the data layer (a review decision on a decided proposal, the last
 * admin, a stale revert...): `code` selects the message the form shows, next to `fields` if any.
 * The action wrapper (lib/actions/define-action.ts) returns it to the form as it is.
 */
export class ExpectedError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly fields: string[] = [],
  ) {
    super(message);
    this.name = "ExpectedError";
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
