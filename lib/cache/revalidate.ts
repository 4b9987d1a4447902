import "server-only";
import { revalidateTag } from "next/cache";
import { publicTags } from "@/lib/cache/public-tags";

export type PublicChange = { monumentIds?: string[]; siteIds?: string[]; sourceIds?: string[] };

// Call from a server action or route handler after the transaction that changed approved data
// has committed (never inside lib/data: it runs outside Next in tests). `expire: 0` drops the
// entries at once, so the next visitor gets the new version rather than a stale one.
export function revalidatePublicRecords(change: PublicChange): void {
  const tags = [
    publicTags.catalogue,
    ...(change.monumentIds ?? []).map(publicTags.monument),
    ...(change.siteIds ?? []).map(publicTags.site),
    ...(change.sourceIds ?? []).map(publicTags.source),
  ];
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
