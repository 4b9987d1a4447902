// The public address of a stored media file (a display size or the original, by its storage
// key). Served by app/media/[key]/route.ts, which serves only files of approved records.
export function mediaUrl(key: string): string {
  return `/media/${encodeURIComponent(key)}`;
}
