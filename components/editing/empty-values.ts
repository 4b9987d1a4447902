import type { CreateDamageReportInput } from "@/lib/validations/damage-report";
import type { CreateMonumentInput } from "@/lib/validations/monument";
import type { CreateRestorationEffortInput } from "@/lib/validations/restoration-effort";
import type { CreateSourceInput } from "@/lib/validations/source";

// The blank values of each proposal form (a module of its own: server pages call these).

export function emptyDamageReport(monumentId: string): CreateDamageReportInput {
  return {
    fields: {
      monumentId,
      occurredOn: null,
      occurredOnEnd: null,
      datePrecision: "",
      causeCode: "",
      agentEn: "",
      agentAr: "",
      conditionAfterCode: "",
      extentEn: "",
      extentAr: "",
      certaintyCode: "",
      descriptionEn: "",
      descriptionAr: "",
      evidenceEn: "",
      evidenceAr: "",
      assessedOn: "",
    },
    citations: [{ sourceId: "", locator: "", claim: "" }],
    newSources: [],
    mediaIds: [],
  };
}

export function emptyMonument(siteId: string): CreateMonumentInput {
  return {
    fields: {
      siteId,
      parentId: "",
      kindCode: "",
      nameEn: "",
      nameAr: "",
      altNames: [],
      periodEn: "",
      periodAr: "",
      builtFromYear: "",
      builtToYear: "",
      summaryEn: "",
      summaryAr: "",
      descriptionEn: "",
      descriptionAr: "",
      currentLocationEn: "",
      currentLocationAr: "",
      latitude: "",
      longitude: "",
      locationPrecision: "APPROXIMATE",
      isSensitive: false,
    },
    citations: [],
    newSources: [],
    mediaIds: [],
  };
}

export function emptyRestoration(monumentId: string): CreateRestorationEffortInput {
  return {
    fields: {
      monumentId,
      titleEn: "",
      titleAr: "",
      techniqueCode: "",
      statusCode: "",
      reversibilityCode: "",
      reversibilityReasonEn: "",
      reversibilityReasonAr: "",
      materialsEn: "",
      materialsAr: "",
      attachmentMethodEn: "",
      attachmentMethodAr: "",
      placeEn: "",
      placeAr: "",
      startedOn: null,
      startPrecision: "",
      endedOn: null,
      endPrecision: "",
      descriptionEn: "",
      descriptionAr: "",
      outcomeEn: "",
      outcomeAr: "",
    },
    participants: [],
    citations: [{ sourceId: "", locator: "", claim: "" }],
    newSources: [],
    mediaIds: [],
  };
}

export function emptySource(): CreateSourceInput {
  return {
    fields: {
      title: "",
      titleAr: "",
      outlet: "",
      author: "",
      publishedOn: null,
      publishedPrecision: "",
      url: "",
      language: "",
      kindCode: "",
      reliabilityCode: "",
      notesEn: "",
      notesAr: "",
    },
  };
}
