import { reviewEn } from "./review.en";
import { authEn } from "./auth.en";
import { editingEn } from "./editing.en";
// Every interface string of the public catalogue, in English. messages/ar.ts must have exactly
// the same keys (a type error otherwise; tests/unit/messages.test.ts checks they are non-empty).
// Placeholders in braces ({name}) are filled by `interpolate` from lib/i18n/messages.ts.
import { publicEn } from "./public.en";
import { openDataEn } from "./open-data.en";
import { importEn } from "./import.en";

export const en = {
  ...authEn,
  ...editingEn,
  ...publicEn,
  ...openDataEn,
  ...importEn,
  site: {
    name: "Palmyra heritage damage catalogue",
    tagline: "What happened to Palmyra's monuments, who says so, and what is being done about it.",
    skipToContent: "Skip to main content",
    headerNav: "Site",
    monumentsLink: "Monuments",
    languageSwitchHint: "Read this page in Arabic",
    footerSources:
      "Every claim in this catalogue links to at least one source. Where sources disagree, each claim is shown.",
    footerCoordinates:
      "Exact locations of places at risk of looting are not published; they are shown only approximately.",
  },
  meta: {
    titleTemplate: "%s · Palmyra heritage damage catalogue",
    homeTitle: "Palmyra: a catalogue of heritage damage",
    homeDescription:
      "Monuments of Palmyra damaged between 2015 and 2017: what happened, when, by what, how sure we are, and what restoration has been done, with sources.",
    monumentDescription:
      "What happened to {name}: damage reports with dates, causes, certainty and sources, and restoration work.",
    notFoundTitle: "Page not found",
  },
  home: {
    heading: "Palmyra: a catalogue of heritage damage",
    intro:
      "Palmyra (Tadmur, in Syria's Homs province) is a UNESCO World Heritage site. Between May 2015 and March 2017 it changed hands four times, and many of its temples, tombs, statues and museum objects were damaged or destroyed.",
    introSecond:
      "This catalogue records what happened to each monument, when, by what, how sure we are, and what restoration has been done. Every claim is linked to its sources; where sources disagree, both claims stay visible.",
    figuresHeading: "The catalogue in figures",
    figureMonuments: "Monuments and objects",
    figureDamageReports: "Damage reports",
    figureRestorations: "Restoration efforts",
    listHeading: "Monuments and objects",
    listIntro: "The current condition is the one given by the most recent damage report.",
    empty: "No monuments have been catalogued yet.",
    partOf: "Part of {name}",
  },
  condition: {
    currentHeading: "Current condition",
    label: "Condition",
    unknown: "Unknown",
    noReports: "no damage report yet",
    certainty: "Certainty",
    basedOn: "From the latest damage report ({date}).",
    basedOnUndated: "From the most recent damage report.",
    conditionAfter: "Condition after",
  },
  monument: {
    breadcrumb: "Breadcrumb",
    alsoKnownAs: "Also known as",
    otherLanguageName: "Name in Arabic",
    factsHeading: "About this monument",
    kind: "Kind",
    period: "Period",
    built: "Built",
    site: "Site",
    partOf: "Part of",
    parts: "Parts",
    currentLocation: "Now held at",
    location: "Location",
    coordinates: "{latitude}, {longitude}",
    coarsenedLocation:
      "Shown only approximately: the exact position of this place is withheld to protect it from looting.",
    locationPrecision: {
      EXACT: "exact",
      APPROXIMATE: "approximate, within a few hundred metres",
      SITE: "approximate, the site only",
    },
    yearBc: "{year} BC",
    yearAd: "AD {year}",
    yearRange: "{from} to {to}",
    description: "Description",
  },
  damage: {
    heading: "Damage timeline",
    intro:
      "Each assessment is listed on its own, with its sources, in date order. Where sources disagree, every claim is shown.",
    empty: "No damage has been reported for this monument.",
    dateUnknown: "Date not known",
    assessedOn: "Assessed on {date}",
    cause: "Cause",
    agent: "By",
    extent: "Extent",
    evidence: "Evidence",
    description: "What happened",
    sources: "Sources for this report",
    noSources: "No source is recorded for this report yet.",
  },
  restoration: {
    heading: "Restoration",
    empty: "No restoration work has been recorded for this monument.",
    technique: "Technique",
    status: "Status",
    materials: "Materials",
    attachmentMethod: "Attachment method",
    reversibility: "Reversibility",
    reversibilityWhy: "Why",
    participants: "Who",
    place: "Where",
    started: "Started",
    ended: "Finished",
    outcome: "Outcome",
    sources: "Sources for this restoration",
    noSources: "No source is recorded for this restoration yet.",
  },
  source: {
    heading: "Sources",
    intro: "Every source cited on this page.",
    monumentSources: "General sources on this monument",
    empty: "No sources are cited on this page yet.",
    by: "by {author}",
    kind: "Kind",
    reliability: "Reliability",
    link: "Read the source",
    linkLabel: "Read the source: {title}",
    claim: "Claim",
    locator: "Where in the source",
    undated: "undated",
  },
  date: {
    // a window of dates: "between 27 and 31 August 2015"
    between: "between {start} and {end}",
  },
  common: {
    // between items of an inline list
    comma: ", ",
    // between a title and where it was published
    dash: " — ",
  },
  fallback: {
    // marks a text shown in English because its Arabic version has not been written yet
    english: "English",
    arabic: "Arabic",
  },
  notFound: {
    heading: "Page not found",
    body: "We could not find this page. The address may be mistyped, or the monument may have been removed from the catalogue.",
    backHome: "Go to the list of monuments",
  },
  ...reviewEn,
};

export type Messages = typeof en;
