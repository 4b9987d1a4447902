import { listPublicChanges } from "@/lib/data/revisions";
import { localePath } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/config";

// A public Atom feed (RFC 4287) of approved changes, newest first, for people who monitor sites.
// It names records and links to their public pages; it carries no people, e-mail addresses or
// coordinates. Read per request: approvals show up at once.
export const dynamic = "force-dynamic";

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export async function GET(request: Request): Promise<Response> {
  const origin = new URL(request.url).origin;
  const t = translator("en");
  const changes = await listPublicChanges({ take: 50 });
  const updated = (changes[0]?.createdAt ?? new Date(0)).toISOString();
  const entries = changes.map((change) => {
    const name = change.label.en;
    const title = change.deleted
      ? t("feed.deleted", { name })
      : change.version === 1
        ? t("feed.created", { name })
        : t("feed.updated", { name });
    const link = change.monument ? `${origin}${localePath("en", `/monuments/${change.monument.slug}`)}` : `${origin}/`;
    const summary = t("feed.revision", {
      entity: t(`review.entity.${change.entityType}`),
      version: change.version,
    });
    const about = change.monument && change.entityType !== "MONUMENT" ? ` (${change.monument.nameEn})` : "";
    return [
      "  <entry>",
      `    <id>${xml(`${origin}/feed.xml#${change.entityType.toLowerCase()}-${change.entityId}-v${change.version}`)}</id>`,
      `    <title>${xml(title + about)}</title>`,
      `    <updated>${change.createdAt.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <summary>${xml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xml(`${origin}/feed.xml`)}</id>`,
    `  <title>${xml(t("feed.title"))}</title>`,
    `  <subtitle>${xml(t("feed.subtitle"))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(`${origin}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${origin}/`)}"/>`,
    `  <author><name>${xml(t("site.name"))}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-store" },
  });
}
