import { BeforeAfter } from "@/components/monument/before-after";
import { LocalizedText } from "@/components/ui/localized-text";
import type { MediaItem } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { mediaUrl } from "@/lib/storage/url";
import { useTranslations } from "next-intl";

type Pair = {
  id: string;
  captionEn: string | null;
  captionAr: string | null;
  beforeMedia: MediaItem;
  afterMedia: MediaItem;
};

/** The display size closest above 960 px wide, else the original. */
function displaySrc(media: MediaItem): { src: string; width: number; height: number } {
  const variants = Array.isArray(media.variants)
    ? (media.variants as { width?: unknown; height?: unknown; key?: unknown }[])
    : [];
  const usable = variants
    .filter(
      (v): v is { width: number; height: number; key: string } =>
        typeof v.width === "number" && typeof v.height === "number" && typeof v.key === "string",
    )
    .toSorted((a, b) => a.width - b.width);
  const chosen = usable.find((v) => v.width >= 960) ?? usable.at(-1);
  return chosen
    ? { src: mediaUrl(chosen.key), width: chosen.width, height: chosen.height }
    : { src: mediaUrl(media.storageKey), width: media.width, height: media.height };
}

function Credit({ media, locale }: { media: MediaItem; locale: Locale }) {
  const t = useTranslations("photos");
  const taken = formatDateWithPrecision({ date: media.takenOn, precision: media.takenPrecision, locale });
  return (
    <span className="block text-sm text-stone-700">
      {t("credit", { credit: media.credit })}. {t("licence", { licence: media.licence })}
      {taken ? `. ${t("taken", { date: taken })}` : null}
    </span>
  );
}

function altText(media: MediaItem, locale: Locale, noCaption: string): string {
  return pick(media, "caption", locale)?.text ?? noCaption;
}

export function PhotoGallery({ media, pairs, locale }: { media: MediaItem[]; pairs: Pair[]; locale: Locale }) {
  const t = useTranslations("photos");
  const paired = new Set(pairs.flatMap((pair) => [pair.beforeMedia.id, pair.afterMedia.id]));
  const single = media.filter((item) => !paired.has(item.id));
  return (
    <div className="space-y-8">
      {pairs.map((pair) => {
        const before = displaySrc(pair.beforeMedia);
        const after = displaySrc(pair.afterMedia);
        const caption = pick(pair, "caption", locale);
        return (
          <figure key={pair.id} aria-labelledby={`pair-${pair.id}`}>
            <h3 id={`pair-${pair.id}`} className="mb-2 text-lg font-bold">
              {t("compareHeading")}
              {caption ? (
                <>
                  {": "}
                  <LocalizedText value={caption} locale={locale} />
                </>
              ) : null}
            </h3>
            <BeforeAfter
              before={{ ...before, alt: `${t("before")}: ${altText(pair.beforeMedia, locale, t("noCaption"))}` }}
              after={{ ...after, alt: `${t("after")}: ${altText(pair.afterMedia, locale, t("noCaption"))}` }}
              labels={{ before: t("before"), after: t("after"), slider: t("sliderLabel") }}
            />
            <figcaption className="mt-2 space-y-1" data-testid="before-after-text">
              <span className="block">
                {t("textAlternative", {
                  before: altText(pair.beforeMedia, locale, t("noCaption")),
                  after: altText(pair.afterMedia, locale, t("noCaption")),
                })}
              </span>
              <span className="block text-sm">
                <a href={before.src} className="text-blue-800 underline">
                  {t("before")}
                </a>
                {" · "}
                <a href={after.src} className="text-blue-800 underline">
                  {t("after")}
                </a>
              </span>
              <Credit media={pair.beforeMedia} locale={locale} />
              {pair.afterMedia.credit !== pair.beforeMedia.credit ? (
                <Credit media={pair.afterMedia} locale={locale} />
              ) : null}
            </figcaption>
          </figure>
        );
      })}
      {single.length > 0 ? (
        <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2">
          {single.map((item) => {
            const display = displaySrc(item);
            const caption = pick(item, "caption", locale);
            return (
              <li key={item.id}>
                <figure data-testid="photo">
                  {/* eslint-disable-next-line @next/next/no-img-element -- stored media, served by /media */}
                  <img
                    src={display.src}
                    alt={altText(item, locale, t("noCaption"))}
                    width={display.width}
                    height={display.height}
                    loading="lazy"
                    className="h-auto w-full rounded-md border border-stone-300"
                  />
                  <figcaption className="mt-1">
                    {caption ? <LocalizedText value={caption} locale={locale} /> : null}
                    <Credit media={item} locale={locale} />
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
