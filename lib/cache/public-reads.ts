import "server-only";
import { unstable_cache } from "next/cache";
import { publicTags } from "@/lib/cache/public-tags";
import { getCatalogueFigures, getConditionFigures } from "@/lib/data/catalogue";
import {
  getMonumentBySlug,
  getRelatedMonuments,
  getCurrentRevision,
  listMonumentsWithCondition,
} from "@/lib/data/monuments";
import { listLatestChanges } from "@/lib/data/public-history";
import { searchMonuments } from "@/lib/data/search";
import { getSiteBySlug, getSiteLocator, listSites } from "@/lib/data/sites";
import { getSourceById } from "@/lib/data/sources";
import type { SearchState } from "@/lib/search/params";

// Public reads, cached by Next's data cache under the tags of lib/cache/public-tags.ts. There is
// no timer: an approval, revert or delete expires the tags (lib/cache/revalidate.ts), and the
// next request reads the database again. Every expiry includes the catalogue tag, so every entry
// carries it; entries whose record is known up front carry that record's tag too.
//
// The cache stores JSON: Dates are encoded on the way in and revived on the way out.

type Encoded = unknown;

function encode(value: unknown): Encoded {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
  }
  return value;
}

function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.$date === "string" && Object.keys(record).length === 1) return new Date(record.$date);
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, decode(inner)]));
  }
  return value;
}

function cached<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tags: (...args: A) => string[] = () => [],
) {
  return async (...args: A): Promise<R> => {
    const entry = unstable_cache(async (...inner: A) => encode(await read(...inner)), [`public:${name}`], {
      tags: [publicTags.catalogue, ...tags(...args)],
    });
    return decode(await entry(...args)) as R;
  };
}

export const cachedMonument = cached("monument", (slug: string) => getMonumentBySlug({ slug }));
export const cachedRelated = cached(
  "related",
  (monumentId: string) => getRelatedMonuments({ monumentId }),
  (id) => [publicTags.monument(id)],
);
export const cachedRevision = cached(
  "revision",
  (monumentId: string, version: number) => getCurrentRevision({ monumentId, version }),
  (id) => [publicTags.monument(id)],
);
export const cachedSiteLocator = cached(
  "site-locator",
  (siteId: string, monumentId: string) => getSiteLocator({ siteId, monumentId }),
  (siteId, monumentId) => [publicTags.site(siteId), publicTags.monument(monumentId)],
);
export const cachedSite = cached("site", (slug: string) => getSiteBySlug({ slug }));
export const cachedSites = cached("sites", () => listSites());
export const cachedSource = cached(
  "source",
  (id: string) => getSourceById({ id }),
  (id) => [publicTags.source(id)],
);
export const cachedSearch = cached("search", (state: SearchState, locale: "en" | "ar") =>
  searchMonuments({ state, locale }),
);
export const cachedHome = cached("home", async () => {
  const [monuments, figures, byCondition, latest] = await Promise.all([
    listMonumentsWithCondition(),
    getCatalogueFigures(),
    getConditionFigures(),
    listLatestChanges(),
  ]);
  return { monuments, figures, byCondition, latest };
});
