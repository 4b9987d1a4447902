import { apiLinks } from "@/lib/api/links";
import type { CitationOut, DamageReportOut, MonumentDetail, RestorationEffortOut } from "@/lib/api/schemas";
import { formatDateWithPrecision } from "@/lib/format/date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import context from "@/lib/export/linked-art-context.json";

// Linked Art (CIDOC-CRM in JSON-LD) of one monument: the object, its names in both languages,
// its kind, its (public, so possibly coarsened) position, every damage report as an event
// (Destruction when it left the monument destroyed, Modification otherwise), every restoration
// effort as a Modification, and each event's sources as the documents it is the subject of.
// The @context is our own file, shipped with the app (served at /api/v1/linked-art/context.json),
// mapping the Linked Art term names we use onto CIDOC-CRM; a processor needs no other network.

export const linkedArtContext = context;

// Getty AAT: English, Arabic, primary name, brief text, description
const AAT = {
  english: "http://vocab.getty.edu/aat/300388277",
  arabic: "http://vocab.getty.edu/aat/300387843",
  primaryName: "http://vocab.getty.edu/aat/300404670",
  description: "http://vocab.getty.edu/aat/300435416",
} as const;

const languages = {
  en: { id: AAT.english, type: "Language", _label: "English" },
  ar: { id: AAT.arabic, type: "Language", _label: "Arabic" },
} as const;

type Node = Record<string, unknown>;

const statement = (content: string | null, lang: "en" | "ar"): Node[] =>
  content
    ? [
        {
          type: "LinguisticObject",
          content,
          language: [languages[lang]],
          classified_as: [{ id: AAT.description, type: "Type", _label: "Description" }],
        },
      ]
    : [];

const term = (vocabulary: string, t: { code: string; labelEn: string }): Node => ({
  id: apiLinks.vocabularyTerm(vocabulary, t.code),
  type: "Type",
  _label: t.labelEn,
});

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The instants a dated event lies between: a day, a month, a year, or a window of days. */
export function timespanBounds({
  date,
  end,
  precision,
}: {
  date: string | null;
  end: string | null;
  precision: DatePrecision | null;
}): { begin: string; end: string } | null {
  if (!date || !precision) return null;
  const [y, m] = date.split("-").map(Number) as [number, number];
  const begin = `${date}T00:00:00Z`;
  switch (precision) {
    case "DAY":
      return { begin, end: `${date}T23:59:59Z` };
    case "MONTH":
      return { begin, end: `${date.slice(0, 8)}${String(lastDay(y, m - 1)).padStart(2, "0")}T23:59:59Z` };
    case "YEAR":
      return { begin, end: `${y.toString().padStart(4, "0")}-12-31T23:59:59Z` };
    case "WINDOW":
      return { begin, end: `${end ?? date}T23:59:59Z` };
  }
}

function timespan(date: string | null, end: string | null, precision: DatePrecision | null): Node | null {
  const bounds = timespanBounds({ date, end, precision });
  if (!bounds) return null;
  const label = formatDateWithPrecision({
    date: new Date(`${date}T00:00:00Z`),
    end: end ? new Date(`${end}T00:00:00Z`) : null,
    precision,
    locale: "en",
  });
  return {
    type: "TimeSpan",
    ...(label ? { identified_by: [{ type: "Name", content: label }] } : {}),
    begin_of_the_begin: bounds.begin,
    end_of_the_end: bounds.end,
  };
}

function sources(citations: CitationOut[]): Node[] {
  const seen = new Map<string, Node>();
  for (const { source } of citations) {
    seen.set(source.id, {
      id: source.links.self,
      type: "LinguisticObject",
      _label: source.title,
      ...(source.url ? { referred_to_by: [{ type: "LinguisticObject", content: source.url }] } : {}),
    });
  }
  return [...seen.values()];
}

function damageEvent(report: DamageReportOut): Node {
  const span = timespan(report.occurredOn, report.occurredOnEnd, report.datePrecision);
  return {
    id: report.links.self,
    type: report.conditionAfter.code === "destroyed" ? "Destruction" : "Modification",
    _label: `${report.cause.labelEn} (${report.conditionAfter.labelEn}; ${report.certainty.labelEn})`,
    classified_as: [
      term("damage-causes", report.cause),
      term("conditions", report.conditionAfter),
      term("certainties", report.certainty),
    ],
    ...(span ? { timespan: span } : {}),
    ...(report.agentEn ? { carried_out_by: [{ type: "Group", _label: report.agentEn }] } : {}),
    referred_to_by: [...statement(report.descriptionEn, "en"), ...statement(report.descriptionAr, "ar")],
    subject_of: sources(report.citations),
  };
}

function restorationEvent(effort: RestorationEffortOut): Node {
  const span = timespan(effort.startedOn, effort.endedOn, effort.startPrecision);
  return {
    id: effort.links.self,
    type: "Modification",
    _label: effort.titleEn,
    classified_as: [term("restoration-statuses", effort.status)],
    technique: [term("restoration-techniques", effort.technique)],
    ...(span ? { timespan: span } : {}),
    ...(effort.placeEn ? { took_place_at: [{ type: "Place", _label: effort.placeEn }] } : {}),
    ...(effort.participants.length > 0
      ? {
          carried_out_by: effort.participants.map((p) => ({
            type: p.kind === "person" ? "Person" : "Group",
            _label: p.nameEn,
          })),
        }
      : {}),
    referred_to_by: [...statement(effort.descriptionEn, "en"), ...statement(effort.descriptionAr, "ar")],
    subject_of: sources(effort.citations),
  };
}

export function monumentLinkedArt(monument: MonumentDetail): Node {
  const destroyedBy = monument.damageReports.filter((report) => report.conditionAfter.code === "destroyed");
  const otherDamage = monument.damageReports.filter((report) => report.conditionAfter.code !== "destroyed");
  const { latitude, longitude } = monument.location;
  return {
    "@context": apiLinks.linkedArtContext(),
    id: apiLinks.linkedArt(monument.slug),
    type: "HumanMadeObject",
    _label: monument.nameEn,
    identified_by: [
      {
        type: "Name",
        content: monument.nameEn,
        language: [languages.en],
        classified_as: [{ id: AAT.primaryName, type: "Type", _label: "Primary Name" }],
      },
      {
        type: "Name",
        content: monument.nameAr,
        language: [languages.ar],
        classified_as: [{ id: AAT.primaryName, type: "Type", _label: "Primary Name" }],
      },
      ...monument.altNames.map((name) => ({ type: "Name", content: name })),
      { type: "Identifier", content: monument.slug },
    ],
    classified_as: [term("monument-kinds", monument.kind)],
    referred_to_by: [
      ...statement(monument.summaryEn, "en"),
      ...statement(monument.summaryAr, "ar"),
      ...statement(monument.descriptionEn, "en"),
      ...statement(monument.descriptionAr, "ar"),
    ],
    ...(monument.parent
      ? {
          part_of: [
            { id: apiLinks.linkedArt(monument.parent.slug), type: "HumanMadeObject", _label: monument.parent.nameEn },
          ],
        }
      : {}),
    current_location: {
      type: "Place",
      _label: monument.site.nameEn,
      // WKT, longitude first; the public (coarsened for a sensitive place) position
      ...(latitude !== null && longitude !== null ? { defined_by: `POINT(${longitude} ${latitude})` } : {}),
    },
    // a thing is destroyed once: the earliest report that says so; the others stay as claims
    ...(destroyedBy[0] ? { destroyed_by: damageEvent(destroyedBy[0]) } : {}),
    modified_by: [
      ...destroyedBy.slice(1).map(damageEvent),
      ...otherDamage.map(damageEvent),
      ...monument.restorationEfforts.map(restorationEvent),
    ],
    subject_of: sources(monument.citations),
  };
}
