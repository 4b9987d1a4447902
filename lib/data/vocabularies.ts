import "server-only";
import { clientOf, type WithTx } from "@/lib/data/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Vocabulary terms for the editing forms, and the check that a proposal's codes exist. A retired
// term stays valid on old records but cannot be chosen for a new proposal.

export type VocabularyName =
  | "monumentKind"
  | "condition"
  | "damageCause"
  | "certainty"
  | "sourceKind"
  | "sourceReliability"
  | "restorationTechnique"
  | "reversibility"
  | "restorationStatus";

export type VocabularyTerm = { code: string; labelEn: string; labelAr: string };

type Reader = Pick<Prisma.TransactionClient, VocabularyName>;

const termSelect = { code: true, labelEn: true, labelAr: true } as const;
const termOrder = [{ sortOrder: "asc" as const }, { code: "asc" as const }];

async function activeTerms(client: Reader, name: VocabularyName): Promise<VocabularyTerm[]> {
  const args = { where: { retiredAt: null }, orderBy: termOrder, select: termSelect };
  switch (name) {
    case "monumentKind":
      return client.monumentKind.findMany(args);
    case "condition":
      return client.condition.findMany(args);
    case "damageCause":
      return client.damageCause.findMany(args);
    case "certainty":
      return client.certainty.findMany(args);
    case "sourceKind":
      return client.sourceKind.findMany(args);
    case "sourceReliability":
      return client.sourceReliability.findMany({ ...args, orderBy: [{ rank: "asc" }, ...termOrder] });
    case "restorationTechnique":
      return client.restorationTechnique.findMany(args);
    case "reversibility":
      return client.reversibility.findMany(args);
    case "restorationStatus":
      return client.restorationStatus.findMany(args);
  }
}

/** The active terms of the named vocabularies, for a form's select boxes. */
export async function getVocabularies<N extends VocabularyName>({
  names,
  tx,
}: { names: readonly N[] } & WithTx): Promise<Record<N, VocabularyTerm[]>> {
  const lists = await Promise.all(names.map((name) => activeTerms(clientOf(tx), name)));
  return Object.fromEntries(names.map((name, i) => [name, lists[i]])) as Record<N, VocabularyTerm[]>;
}

/**
 * The field paths whose code is not an active term of its vocabulary, e.g.
 * `{ "fields.causeCode": "damageCause" }` with cause "made_up" gives ["fields.causeCode"].
 */
export async function unknownVocabularyCodes({
  checks,
  tx,
}: {
  checks: { path: string; vocabulary: VocabularyName; code: string | null | undefined }[];
  tx?: Reader;
}): Promise<string[]> {
  const client = tx ?? clientOf(undefined);
  const needed = [...new Set(checks.filter((c) => c.code).map((c) => c.vocabulary))];
  const lists = await Promise.all(needed.map((name) => activeTerms(client, name)));
  const known = new Map(needed.map((name, i) => [name, new Set((lists[i] ?? []).map((t) => t.code))]));
  return checks.filter((c) => c.code && !known.get(c.vocabulary)?.has(c.code)).map((c) => c.path);
}

// ---------------------------------------------------------------------------------------------
// Pick lists of records for the editing forms (live records only)
// ---------------------------------------------------------------------------------------------

const monumentChoiceSelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameAr: true,
  version: true,
  parentId: true,
} as const;

export async function listMonumentChoices({ tx }: WithTx = {}) {
  return clientOf(tx).monument.findMany({
    where: { deletedAt: null, site: { deletedAt: null } },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: monumentChoiceSelect,
  });
}

/** One live monument (of a live site) to attach a report or a restoration to; null when there is none. */
export async function getMonumentChoice({ id, tx }: { id: string } & WithTx) {
  return clientOf(tx).monument.findFirst({
    where: { id, deletedAt: null, site: { deletedAt: null } },
    select: monumentChoiceSelect,
  });
}

export async function listSiteChoices({ tx }: WithTx = {}) {
  return clientOf(tx).site.findMany({
    where: { deletedAt: null },
    orderBy: { nameEn: "asc" },
    select: { id: true, nameEn: true, nameAr: true },
  });
}

export async function listSourceChoices({ tx }: WithTx = {}) {
  return clientOf(tx).source.findMany({
    where: { deletedAt: null },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true, titleAr: true, outlet: true, publishedOn: true, version: true },
  });
}

export async function listParticipantChoices({ tx }: WithTx = {}) {
  const db = clientOf(tx);
  const [people, organisations] = await Promise.all([
    db.person.findMany({
      where: { deletedAt: null },
      orderBy: { nameEn: "asc" },
      select: { id: true, nameEn: true, nameAr: true },
    }),
    db.organisation.findMany({
      where: { deletedAt: null },
      orderBy: { nameEn: "asc" },
      select: { id: true, nameEn: true, nameAr: true },
    }),
  ]);
  return { people, organisations };
}
