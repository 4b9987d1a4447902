import type { Translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";

type Citation = { sourceId: string; locator: string | null; claimEn: string | null; claimAr: string | null };
type SourceInfo = { id: string; title: string; titleAr: string | null; outlet: string | null; deletedAt: Date | null };

/** Sources a change adds and removes, by title; new sources (created on approval) by their temp id. */
export function CitationChanges({
  before,
  after,
  sources,
  newSources,
  locale,
  t,
}: {
  before: Citation[];
  after: Citation[];
  sources: SourceInfo[];
  newSources: Array<{ tempId: string; title: string; outlet: string | null }>;
  locale: Locale;
  t: Translator;
}) {
  const key = (c: Citation) => JSON.stringify([c.sourceId, c.locator ?? "", c.claimEn ?? "", c.claimAr ?? ""]);
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  const added = after.filter((c) => !beforeKeys.has(key(c)));
  const removed = before.filter((c) => !afterKeys.has(key(c)));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byTemp = new Map(newSources.map((s) => [s.tempId, s]));

  const describe = (c: Citation) => {
    const fresh = byTemp.get(c.sourceId);
    const source = byId.get(c.sourceId);
    const title = fresh
      ? t("review.newSource", { title: fresh.title })
      : source
        ? `${locale === "ar" && source.titleAr ? source.titleAr : source.title}${source.outlet ? `${t("common.dash")}${source.outlet}` : ""}${source.deletedAt ? ` ${t("review.sourceGone")}` : ""}`
        : c.sourceId;
    return (
      <>
        <span dir="auto">{title}</span>
        {c.locator ? <span className="text-stone-700"> · {t("review.locator", { locator: c.locator })}</span> : null}
        {c.claimEn || c.claimAr ? (
          <span className="block text-stone-700" dir="auto">
            “{c.claimEn ?? c.claimAr}”
          </span>
        ) : null}
      </>
    );
  };

  if (added.length === 0 && removed.length === 0) return <p className="text-stone-700">{t("review.noSourceChange")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <h3 className="font-semibold text-emerald-900">{t("review.sourcesAdded")}</h3>
        <ul className="mt-1 list-disc space-y-1 ps-5" data-testid="sources-added">
          {added.map((c) => (
            <li key={key(c)}>{describe(c)}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold text-red-900">{t("review.sourcesRemoved")}</h3>
        <ul className="mt-1 list-disc space-y-1 ps-5" data-testid="sources-removed">
          {removed.map((c) => (
            <li key={key(c)}>{describe(c)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
