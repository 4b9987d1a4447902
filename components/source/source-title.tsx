import type { SourceItem } from "@/lib/data/monuments";
import { safeExternalUrl } from "@/lib/format/url";
import type { Locale } from "@/lib/i18n/locales";

type TitledSource = Pick<SourceItem, "title" | "titleAr" | "language" | "url">;

/**
 * A source's title: its Arabic title on Arabic pages when there is one, else the original,
 * which keeps its own language so that screen readers pronounce it right. Linked to the
 * source itself when it has a safe link.
 */
export function SourceTitle({
  source,
  locale,
  linked = false,
}: {
  source: TitledSource;
  locale: Locale;
  linked?: boolean;
}) {
  const arabicTitle = locale === "ar" && source.titleAr ? source.titleAr : null;
  const text = arabicTitle ?? source.title;
  const lang = arabicTitle ? "ar" : (source.language ?? undefined);
  const url = linked ? safeExternalUrl(source.url) : null;
  const title = <bdi lang={lang}>{text}</bdi>;
  return (
    <cite className="font-semibold not-italic">
      {url ? (
        <a href={url} rel="noopener noreferrer external" className="text-blue-800 underline hover:text-blue-950">
          {title}
        </a>
      ) : (
        title
      )}
    </cite>
  );
}
