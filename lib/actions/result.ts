// What every server action returns (lib/actions/define-action.ts builds it). A refused action
// changed nothing: the form keeps what was typed and shows the codes, translated by the form,
// next to their fields (dotted paths such as "fields.nameEn", "citations.0.sourceId") or above it.
export type ActionFailure = {
  ok: false;
  fieldErrors: Record<string, string[]>;
  // "permission", "invalid", "unexpected" (with `reference`), or a domain code such as "STALE"
  formError: string | null;
  // quoted by the user to find the logged error
  reference?: string;
  // what was submitted, for a FormData form that React resets after the action
  values?: Record<string, string>;
};

export type ActionResult<T = undefined> =
  ({ ok: true } & ([T] extends [undefined | void] ? object : { data: T })) | ActionFailure;
