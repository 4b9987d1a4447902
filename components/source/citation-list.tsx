import { LocalizedText } from "@/components/ui/localized-text";
import { SourceTitle } from "@/components/source/source-title";
import type { CitationItem, SourceItem } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/**
 * " — Outlet, 27 March 2016": where and when a source was published, as far as it is known.
 * Each part is isolated (<bdi>): an English outlet inside an Arabic line keeps its own order.
 */
export function PublicationLine({
  source,
  locale,
  withAuthor = false,
}: {
  source: SourceItem;
  locale: Locale;
  withAuthor?: boolean;
}) {
  const t = useTranslations();
  const date = formatDateWithPrecision({ date: source.publishedOn, precision: source.publishedPrecision, locale });
  const author = withAuthor && source.author ? t("source.by", { author: source.author }) : null;
  const parts = [source.outlet, author, date].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return (
    <>
      {t("common.dash")}
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 ? t("common.comma") : null}
          <bdi>{part}</bdi>
        </span>
      ))}
    </>
  );
}

/**
 * The sources behind one claim (a damage report, a restoration, a monument), each as
 * "Title — Outlet, date", with what the catalogue takes from it.
 */
export function CitationList({ citations, locale }: { citations: CitationItem[]; locale: Locale }) {
  const t = useTranslations();
  return (
    <ul className="space-y-3">
      {citations.map((citation) => {
        const claim = pick(citation, "claim", locale);
        return (
          <li key={citation.id} data-testid="citation" className="border-s-2 border-stone-300 ps-3 text-sm">
            <p>
              <SourceTitle source={citation.source} locale={locale} linked />
              <PublicationLine source={citation.source} locale={locale} />
            </p>
            {claim ? (
              <p className="mt-1 text-stone-700">
                <span className="sr-only">{t("source.claim")}: </span>
                <q>
                  <LocalizedText value={claim} locale={locale} />
                </q>
              </p>
            ) : null}
            {citation.locator ? (
              <p className="mt-1 text-stone-600">
                {t("source.locator")}: <bdi>{citation.locator}</bdi>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
