import { NextResponse, type NextRequest } from "next/server";
import { guardEditingArea } from "@/lib/auth/proxy-guard";
import { env } from "@/lib/env";
import { PATH_HEADER, routeLocale } from "@/lib/i18n/routing";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

// English at unprefixed paths, Arabic under /ar. Both are served by app/[locale]: an unprefixed
// path is rewritten to /en/..., and /en/... is redirected to the unprefixed address.
// Every response gets the security headers; pages get a CSP with a fresh nonce, which Next
// reads from the request's CSP header and puts on its own scripts.
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development" });
  return withSecurityHeaders(routeRequest(request, csp), csp);
}

function routeRequest(request: NextRequest, csp: string): NextResponse {
  const route = routeLocale(request.nextUrl.pathname);
  if (route.type === "skip") return NextResponse.next();

  if (route.type === "redirect") {
    const url = request.nextUrl.clone();
    url.pathname = route.pathname;
    return NextResponse.redirect(url, 308);
  }

  const signedOut = guardEditingArea(request, route);
  if (signedOut) return signedOut;

  // Overwrite whatever the visitor sent under these names: pages trust them.
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, route.path);
  headers.set("Content-Security-Policy", csp);

  if (route.type === "rewrite") {
    const url = request.nextUrl.clone();
    url.pathname = route.pathname;
    return NextResponse.rewrite(url, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(baseSecurityHeaders({ production: env.NODE_ENV === "production" }))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  // Everything but API routes, Next's own files and paths with a file extension; routeLocale
  // checks the same again, so a change here cannot route a file through app/[locale].
  matcher: ["/((?!api(?:/|$)|_next/|.*\\.[^/]*$).*)"],
};
