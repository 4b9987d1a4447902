import { badParameter } from "@/lib/api/problem";

// Opaque page cursors: the sort key of the last item of a page, base64url-encoded JSON. A cursor
// is only a position (the next page starts after it), so a forged one can skip, never reveal.
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), "utf8").toString("base64url");
}

/** The key in a cursor, or a 400 problem naming `cursor` when it is not one of ours. */
export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("not base64url");
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      parsed &&
      typeof parsed === "object" &&
      "k" in parsed &&
      typeof parsed.k === "string" &&
      parsed.k.length <= 200
    ) {
      return parsed.k;
    }
  } catch {
    // falls through to the problem below
  }
  throw badParameter("cursor", "is not a cursor from this API: pass the nextCursor of a previous page");
}
