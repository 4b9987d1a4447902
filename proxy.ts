import { NextResponse, type NextRequest } from "next/server";
import { guardEditingArea } from "@/lib/auth/proxy-guard";
import { PATH_HEADER, routeLocale } from "@/lib/i18n/routing";

// English at unprefixed paths, Arabic under /ar. Both are served by app/[locale]: an unprefixed
// path is rewritten to /en/..., and /en/... is redirected to the unprefixed address.
export function proxy(request: NextRequest) {
  const route = routeLocale(request.nextUrl.pathname);
  if (route.type === "skip") return NextResponse.next();

  if (route.type === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = route.pathname;
    return NextResponse.redirect(url, 308);
  }

  const signedOut = guardEditingArea(request, route);
  if (signedOut) return signedOut;

  // Overwrite whatever the visitor sent under this name: pages trust it as the current path.
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, route.path);

  if (route.type === "rewrite") {
    const url = request.nextUrl.clone();
    url.pathname = route.pathname;
    return NextResponse.rewrite(url, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but API routes, Next's own files and paths with a file extension; routeLocale
  // checks the same again, so a change here cannot route a file through app/[locale].
  matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]*$).*)"],
};
