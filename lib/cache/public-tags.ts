// Cache tags of the public pages. Public reads are cached under these tags; approving, reverting
// or deleting a record expires the tags it touches (lib/cache/revalidate.ts), so the public sees
// the change at the next request, without a timer.
export const publicTags = {
  catalogue: "public:catalogue",
  monument: (id: string) => `public:monument:${id}`,
  site: (id: string) => `public:site:${id}`,
  source: (id: string) => `public:source:${id}`,
} as const;
