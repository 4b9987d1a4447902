import "server-only";
import { PermissionError } from "@/lib/auth/permissions";
import { FormError, type ActionResult } from "@/lib/validations/errors";

/**
 * Runs an editing action's body and turns expected failures into a result the form shows next to
 * its fields (what was typed stays in the form). Anything unexpected is logged with a reference
 * the user can quote; no stack or SQL reaches the browser.
 */
export async function runAction<T>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await body();
    return (data === undefined ? { ok: true } : { ok: true, data }) as ActionResult<T>;
  } catch (error) {
    if (error instanceof FormError) return { ok: false, fieldErrors: error.fieldErrors, formError: error.formError };
    if (error instanceof PermissionError) return { ok: false, fieldErrors: {}, formError: "permission" };
    const reference = crypto.randomUUID();
    console.error(`[${name}] ${reference}`, error);
    return { ok: false, fieldErrors: {}, formError: "unexpected", reference };
  }
}
