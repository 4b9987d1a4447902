import { CitationList } from "@/components/source/citation-list";
import { Fact, FactList } from "@/components/ui/fact-list";
import { LocalizedText, localized } from "@/components/ui/localized-text";
import type { RestorationItem } from "@/lib/data/monuments";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { pick } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";

function participantList(participants: RestorationItem["participants"], locale: Locale, t: Translator) {
  const named = participants.flatMap((participant) => {
    const party = participant.person ?? participant.organisation;
    return party ? [{ id: participant.id, party, participant }] : [];
  });
  if (named.length === 0) return null;
  return (
    <ul className="space-y-1">
      {named.map(({ id, party, participant }) => {
        const role = pick(participant, "role", locale);
        return (
          <li key={id}>
            <LocalizedText value={pick(party, "name", locale)} locale={locale} />
            {role ? (
              <>
                {t("common.comma")}
                <span className="text-stone-700">
                  <LocalizedText value={role} locale={locale} />
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A monument's restoration efforts: what was done, how, by whom, where, when, how reversibly. */
export function RestorationList({ efforts, locale }: { efforts: RestorationItem[]; locale: Locale }) {
  const t = useTranslations();
  if (efforts.length === 0) return <p className="text-stone-700">{t("restoration.empty")}</p>;
  return (
    <ol className="space-y-6">
      {efforts.map((effort) => {
        const headingId = `restoration-${effort.id}`;
        const started = formatDateWithPrecision({ date: effort.startedOn, precision: effort.startPrecision, locale });
        const ended = formatDateWithPrecision({ date: effort.endedOn, precision: effort.endPrecision, locale });
        const reason = pick(effort, "reversibilityReason", locale);
        const description = pick(effort, "description", locale);
        const outcome = pick(effort, "outcome", locale);
        return (
          <li key={effort.id} id={headingId} data-testid="restoration-entry" className="scroll-mt-4">
            <article
              aria-labelledby={`${headingId}-heading`}
              className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm"
            >
              <h3 id={`${headingId}-heading`} className="text-lg leading-snug font-bold text-stone-900">
                <LocalizedText value={pick(effort, "title", locale)} locale={locale} />
              </h3>
              <p className="mt-1 text-sm font-semibold text-stone-700">
                {t("restoration.status")}:{" "}
                <LocalizedText value={pick(effort.status, "label", locale)} locale={locale} />
              </p>
              {description ? (
                <p className="mt-3 max-w-prose">
                  <LocalizedText value={description} locale={locale} />
                </p>
              ) : null}
              <FactList className="mt-4">
                <Fact label={t("restoration.technique")}>
                  <LocalizedText value={pick(effort.technique, "label", locale)} locale={locale} />
                </Fact>
                <Fact label={t("restoration.materials")}>{localized(pick(effort, "materials", locale), locale)}</Fact>
                <Fact label={t("restoration.attachmentMethod")}>
                  {localized(pick(effort, "attachmentMethod", locale), locale)}
                </Fact>
                <Fact label={t("restoration.reversibility")}>
                  {effort.reversibility ? (
                    <>
                      <LocalizedText value={pick(effort.reversibility, "label", locale)} locale={locale} />
                      {reason ? (
                        <span className="block text-stone-700">
                          {t("restoration.reversibilityWhy")}: <LocalizedText value={reason} locale={locale} />
                        </span>
                      ) : null}
                    </>
                  ) : null}
                </Fact>
                <Fact label={t("restoration.participants")}>{participantList(effort.participants, locale, t)}</Fact>
                <Fact label={t("restoration.place")}>{localized(pick(effort, "place", locale), locale)}</Fact>
                <Fact label={t("restoration.started")}>{started}</Fact>
                <Fact label={t("restoration.ended")}>{ended}</Fact>
                <Fact label={t("restoration.outcome")}>{localized(outcome, locale)}</Fact>
              </FactList>
              <h4 className="mt-4 text-sm font-bold text-stone-800">{t("restoration.sources")}</h4>
              <div className="mt-2">
                {effort.citations.length > 0 ? (
                  <CitationList citations={effort.citations} locale={locale} />
                ) : (
                  <p className="text-sm text-stone-700">{t("restoration.noSources")}</p>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
