import { SourceTitle } from "@/components/source/source-title";
import { PublicationLine } from "@/components/source/citation-list";
import { LocalizedText } from "@/components/ui/localized-text";
import type { SourceItem } from "@/lib/data/monuments";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";

/** Every distinct source of a page, with its kind and reliability grade. */
export function SourceList({ sources, locale }: { sources: SourceItem[]; locale: Locale }) {
  const t = useTranslations();
  if (sources.length === 0) return <p className="text-stone-700">{t("source.empty")}</p>;
  return (
    <ol className="list-decimal space-y-4 ps-6 marker:text-stone-600">
      {sources.map((source) => (
        <li key={source.id} id={`source-${source.id}`} data-testid="source" className="scroll-mt-4 ps-1">
          <p>
            <SourceTitle source={source} locale={locale} linked />
            <PublicationLine source={source} locale={locale} withAuthor />
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {t("source.kind")}: <LocalizedText value={pick(source.kind, "label", locale)} locale={locale} />
            <span aria-hidden="true" className="mx-2">
              ·
            </span>
            {t("source.reliability")}:{" "}
            <LocalizedText value={pick(source.reliability, "label", locale)} locale={locale} />
            <span aria-hidden="true" className="mx-2">
              ·
            </span>
            <a href={localePath(locale, `/sources/${source.id}`)} className="text-blue-800 underline">
              {t("sourcePage.claimsHeading")}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
