import { type NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { getServableMedia } from "@/lib/data/uploads";

// A stored photo (original or display size). Served only when it is attached to a live, approved
// record, or to its uploader and reviewers while its proposal is pending; anything else is a 404
// that does not reveal whether the key exists.
export async function GET(_request: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const viewer = await getSessionUser();
  const media = await getServableMedia({ key, viewer });
  if (!media) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(new Uint8Array(media.bytes), {
    headers: {
      "content-type": media.contentType,
      "content-length": String(media.bytes.length),
      // a pending photo must not sit in a shared cache
      "cache-control": media.isPublic ? "public, max-age=3600" : "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
