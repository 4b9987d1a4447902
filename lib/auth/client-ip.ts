// The address a request came from, for throttling and the audit log. Next's server appends the
// peer address to X-Forwarded-For, so the right-most entry is the one our own server (or the
// load balancer in front of it) saw; entries further left are whatever the client claimed.
export function clientIp(forwardedFor: string | string[] | null | undefined): string | null {
  const value = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  if (!value) return null;
  const parts = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const last = parts.at(-1);
  return last ? last.slice(0, 64) : null;
}
