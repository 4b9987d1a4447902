import "server-only";
import { namedOptions, sourceOptions, termOptions } from "@/components/editing/options";
import type { Option } from "@/components/forms/fields";
import {
  getVocabularies,
  listMonumentChoices,
  listParticipantChoices,
  listSiteChoices,
  listSourceChoices,
} from "@/lib/data/vocabularies";
import type { Locale } from "@/lib/i18n/locales";

export type FormOptions = {
  causes: Option[];
  conditions: Option[];
  certainties: Option[];
  sources: Option[];
  sourceKinds: Option[];
  reliabilities: Option[];
  monumentKinds: Option[];
  techniques: Option[];
  reversibilities: Option[];
  restorationStatuses: Option[];
  sites: Option[];
  monuments: Option[];
  people: Option[];
  organisations: Option[];
};

/** Every pick list the proposal forms use, labelled in the reader's language. */
export async function loadFormOptions(locale: Locale): Promise<FormOptions> {
  const [vocab, sources, sites, monuments, participants] = await Promise.all([
    getVocabularies({
      names: [
        "damageCause",
        "condition",
        "certainty",
        "sourceKind",
        "sourceReliability",
        "monumentKind",
        "restorationTechnique",
        "reversibility",
        "restorationStatus",
      ] as const,
    }),
    listSourceChoices(),
    listSiteChoices(),
    listMonumentChoices(),
    listParticipantChoices(),
  ]);
  return {
    causes: termOptions(vocab.damageCause, locale),
    conditions: termOptions(vocab.condition, locale),
    certainties: termOptions(vocab.certainty, locale),
    sources: sourceOptions(sources, locale),
    sourceKinds: termOptions(vocab.sourceKind, locale),
    reliabilities: termOptions(vocab.sourceReliability, locale),
    monumentKinds: termOptions(vocab.monumentKind, locale),
    techniques: termOptions(vocab.restorationTechnique, locale),
    reversibilities: termOptions(vocab.reversibility, locale),
    restorationStatuses: termOptions(vocab.restorationStatus, locale),
    sites: namedOptions(sites, locale),
    monuments: namedOptions(monuments, locale),
    people: namedOptions(participants.people, locale),
    organisations: namedOptions(participants.organisations, locale),
  };
}
