import "server-only";
/**
 * Orders monuments as a tree flattened depth-first: each monument is followed by its parts
 * (the Temple of Bel, then its cella), siblings by `compare`. A monument whose parent is not
 * in the list (deleted, or a cycle in bad data) is treated as a top-level one. Pure.
 */
export function orderAsTree<T extends { slug: string; parent: { slug: string } | null }>(
  monuments: readonly T[],
  compare: (a: T, b: T) => number,
): T[] {
  const present = new Set(monuments.map((monument) => monument.slug));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const monument of monuments) {
    const parentSlug = monument.parent?.slug;
    if (parentSlug && present.has(parentSlug) && parentSlug !== monument.slug) {
      children.set(parentSlug, [...(children.get(parentSlug) ?? []), monument]);
    } else {
      roots.push(monument);
    }
  }

  const ordered: T[] = [];
  const visited = new Set<string>();
  const visit = (monument: T) => {
    if (visited.has(monument.slug)) return;
    visited.add(monument.slug);
    ordered.push(monument);
    for (const child of (children.get(monument.slug) ?? []).toSorted(compare)) visit(child);
  };
  for (const root of roots.toSorted(compare)) visit(root);
  // members of a parent cycle are reachable from no root: list them rather than lose them
  for (const monument of monuments.toSorted(compare)) visit(monument);
  return ordered;
}
