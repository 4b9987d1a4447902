import { NextResponse, type NextRequest } from "next/server";
import { localePath, type Locale } from "@/lib/i18n/locales";

// Kept in sync with lib/auth/options.ts (not imported: that module needs the database).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const EDITING_AREA = /^\/(edit|admin)(\/|$)/;

export function isEditingPath(path: string): boolean {
  return EDITING_AREA.test(path);
}

/**
 * proxy.ts: sends a visitor without a session cookie away from the editing area to the sign-in
 * page. Only a convenience: the cookie is checked against the database by the (editing) layout,
 * every page and every action, so a forged or revoked cookie gets through here and no further.
 */
export function guardEditingArea(
  request: NextRequest,
  { locale, path }: { locale: Locale; path: string },
): NextResponse | null {
  if (!isEditingPath(path)) return null;
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const url = request.nextUrl.clone();
  url.pathname = localePath(locale, "/sign-in");
  url.search = `?next=${encodeURIComponent(path)}`;
  return NextResponse.redirect(url, 307);
}
