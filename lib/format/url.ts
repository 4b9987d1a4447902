/**
 * A source's link as stored, if it is safe to put in an href: only absolute http(s) URLs.
 * Anything else (javascript:, data:, a relative path, a typo) is not linked.
 */
export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.toString();
}
