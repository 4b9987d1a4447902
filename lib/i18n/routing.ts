import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

// What proxy.ts does with a request path. Pure, so that tests/unit/locale-routing.test.ts can
// cover it without a server.
export type LocaleRoute =
  // API routes, Next's own files and anything that looks like a file (favicon.ico, a.png)
  | { type: "skip" }
  // /en/... is not a public address: English lives at unprefixed paths
  | { type: "redirect"; pathname: string }
  // /ar/... is served as it is
  | { type: "next"; locale: Locale; path: string }
  // /monuments/x is served by app/[locale] as /en/monuments/x
  | { type: "rewrite"; pathname: string; locale: Locale; path: string };

export function routeLocale(pathname: string): LocaleRoute {
  // /media/<key> is the media route (app/media), outside the locales
  if (/^\/(api|_next|media)(\/|$)/.test(pathname)) return { type: "skip" };
  const lastSegment = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (lastSegment.includes(".")) return { type: "skip" };

  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  const rest = match?.[2] ?? "/";
  if (first === defaultLocale) return { type: "redirect", pathname: rest };
  if (first !== undefined && isLocale(first)) return { type: "next", locale: first, path: rest };

  const path = pathname === "" ? "/" : pathname;
  return {
    type: "rewrite",
    pathname: path === "/" ? `/${defaultLocale}` : `/${defaultLocale}${path}`,
    locale: defaultLocale,
    path,
  };
}

// proxy.ts passes the visitor's path without its locale prefix to the pages in this header, so
// that a page rendered by notFound() can still link to the same path in the other language.
export const PATH_HEADER = "x-catalogue-path";

/** A path taken from a request header is only trusted as a same-site path. */
export function safeCataloguePath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}
