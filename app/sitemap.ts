import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/format/site-url";
import { localePath, locales } from "@/lib/i18n/locales";

// Every public page in both languages, each with its alternate. Read per request: `next build`
// never needs a database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  // imported here, not at the top: `next build` evaluates this module and must not need a database
  const { listSitemapEntries } = await import("@/lib/data/catalogue");
  const { monuments, sites, sources } = await listSitemapEntries();
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number][] =>
    locales.map((locale) => ({
      url: absoluteUrl(localePath(locale, path)),
      lastModified,
      alternates: {
        languages: Object.fromEntries(locales.map((other) => [other, absoluteUrl(localePath(other, path))])),
      },
    }));
  return [
    ...entry("/"),
    ...entry("/monuments"),
    ...entry("/sites"),
    ...sites.flatMap((site) => entry(`/sites/${site.slug}`, site.updatedAt)),
    ...monuments.flatMap((monument) => entry(`/monuments/${monument.slug}`, monument.updatedAt)),
    ...sources.flatMap((source) => entry(`/sources/${source.id}`, source.updatedAt)),
  ];
}
