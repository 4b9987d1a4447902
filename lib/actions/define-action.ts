import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { PermissionError, type Permission } from "@/lib/auth/permissions";
import { requireActionUser, type SessionUser } from "@/lib/auth/session";
import { ExpectedError, FormError } from "@/lib/validations/errors";

// The one way a server action runs (every export of a "use server" file is built here):
//   1. the session and the permission (requireActionUser audits a signed-in user refused),
//   2. the input parsed with the shared zod schema (the form's own),
//   3. the body, which calls lib/data (which checks the permission again),
//   4. one result: expected failures (FormError, ExpectedError, PermissionError) as codes for
//      the form; anything else logged with a reference the user can quote, never shown.
// next/navigation's redirect() and notFound() pass through.

type Access = Permission | "public";

type Definition<S extends z.ZodType, T, A extends Access> = {
  // the export's name: it appears in the audit log and in logged errors
  name: string;
  // "public" only where something else is the credential (say why at the definition)
  permission: A;
  schema: S;
  // FormData fields given back on a failure, so a form that React resets keeps them
  keepValues?: readonly string[];
  run: (args: { input: z.output<S>; user: A extends "public" ? SessionUser | null : SessionUser }) => Promise<T>;
};

/** An action called with one argument: an object (from a client form) or FormData. */
export function defineAction<S extends z.ZodType, T, A extends Access>(
  definition: Definition<S, T, A>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => runAction(definition, input);
}

/** An action for React's useActionState: (previous result, FormData). */
export function defineFormAction<S extends z.ZodType, T, A extends Access>(
  definition: Definition<S, T, A>,
): (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>> {
  return async (_previous, formData) => runAction(definition, formData);
}

/**
 * FormData as a plain object of its text entries (what the shared schemas parse), without the
 * "$ACTION_…" fields React adds to a form submitted before JavaScript has loaded.
 */
export function formEntries(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

async function runAction<S extends z.ZodType, T, A extends Access>(
  definition: Definition<S, T, A>,
  raw: unknown,
): Promise<ActionResult<T>> {
  const entries = raw instanceof FormData ? formEntries(raw) : null;
  const failure = (result: Omit<ActionFailure, "ok" | "values">): ActionFailure => {
    const values = entries && definition.keepValues ? pick(entries, definition.keepValues) : undefined;
    return { ok: false, ...result, ...(values ? { values } : {}) };
  };
  try {
    const user =
      definition.permission === "public"
        ? null
        : await requireActionUser(definition.permission as Permission, { action: definition.name });
    const parsed = definition.schema.safeParse(entries ?? raw);
    if (!parsed.success) return failure({ fieldErrors: codesOf(parsed.error), formError: "invalid" });
    const data = await definition.run({ input: parsed.data, user: user as never });
    return (data === undefined ? { ok: true } : { ok: true, data }) as ActionResult<T>;
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof FormError) return failure({ fieldErrors: error.fieldErrors, formError: error.formError });
    if (error instanceof PermissionError) return failure({ fieldErrors: {}, formError: "permission" });
    if (error instanceof ExpectedError) {
      const fieldErrors = Object.fromEntries(error.fields.map((field) => [field, [error.code]]));
      return failure({ fieldErrors, formError: error.fields.length > 0 ? null : error.code });
    }
    const reference = randomUUID().slice(0, 8);
    console.error(`[${definition.name}] ref=${reference}`, error);
    return failure({ fieldErrors: {}, formError: "unexpected", reference });
  }
}

// A schema's messages are codes ("required", "emailInvalid"); zod's own English sentences are not.
function codesOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const paths =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => [...issue.path.map(String), key].join("."))
        : [issue.path.map(String).join(".") || "_form"];
    const code =
      issue.code !== "unrecognized_keys" && /^[A-Za-z][A-Za-z0-9_-]*$/.test(issue.message) ? issue.message : "invalid";
    for (const path of paths) {
      const list = (out[path] ??= []);
      if (!list.includes(code)) list.push(code);
    }
  }
  return out;
}

function pick(entries: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => key in entries).map((key) => [key, entries[key]!]));
}
