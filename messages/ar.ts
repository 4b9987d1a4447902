import { reviewAr } from "./review.ar";
import type { Messages } from "./en";
import { authAr } from "./auth.ar";
import { editingAr } from "./editing.ar";

// The Arabic interface. Typed as Messages, so a missing or an extra key is a type error.
import { publicAr } from "./public.ar";
import { openDataAr } from "./open-data.ar";
import { importAr } from "./import.ar";

export const ar: Messages = {
  ...authAr,
  ...editingAr,
  ...publicAr,
  ...openDataAr,
  ...importAr,
  site: {
    name: "فهرس الأضرار التي لحقت بتراث تدمر",
    tagline: "ما الذي حلّ بآثار تدمر، ومن يقول ذلك، وما الذي يُبذل لإصلاحها.",
    skipToContent: "انتقل إلى المحتوى الرئيسي",
    headerNav: "الموقع",
    monumentsLink: "الآثار",
    languageSwitchHint: "اقرأ هذه الصفحة بالإنجليزية",
    footerSources: "كل معلومة في هذا الفهرس مرتبطة بمصدر واحد على الأقل. وحين تختلف المصادر، تُعرض كل الروايات.",
    footerCoordinates: "لا تُنشر المواقع الدقيقة للأماكن المعرّضة للنهب، بل تُعرض على وجه التقريب فقط.",
  },
  meta: {
    titleTemplate: "%s · فهرس الأضرار التي لحقت بتراث تدمر",
    homeTitle: "تدمر: فهرس الأضرار التي لحقت بالتراث",
    homeDescription:
      "آثار تدمر التي تضررت بين عامَي 2015 و2017: ما الذي حدث، ومتى، وبفعل ماذا، ومدى يقيننا، وما أُنجز من ترميم، مع المصادر.",
    monumentDescription:
      "ما الذي حلّ بـ{name}: تقارير الأضرار بتواريخها وأسبابها ودرجة يقينها ومصادرها، وأعمال الترميم.",
    notFoundTitle: "الصفحة غير موجودة",
  },
  home: {
    heading: "تدمر: فهرس الأضرار التي لحقت بالتراث",
    intro:
      "تدمر موقع مُدرج على قائمة التراث العالمي لليونسكو في محافظة حمص السورية. بين مايو 2015 ومارس 2017 تبدّلت السيطرة عليها أربع مرات، وتضرر كثير من معابدها ومدافنها وتماثيلها وقطع متحفها أو دُمّر.",
    introSecond:
      "يوثّق هذا الفهرس ما حلّ بكل أثر: ماذا حدث، ومتى، وبفعل ماذا، ومدى يقيننا، وما أُنجز من ترميم. كل معلومة مرتبطة بمصادرها، وحين تختلف المصادر تبقى الروايات كلها ظاهرة.",
    figuresHeading: "الفهرس بالأرقام",
    figureMonuments: "الآثار والقطع",
    figureDamageReports: "تقارير الأضرار",
    figureRestorations: "أعمال الترميم",
    listHeading: "الآثار والقطع",
    listIntro: "الحالة الراهنة هي الحالة التي يذكرها أحدث تقرير عن الأضرار.",
    empty: "لم يُفهرَس أي أثر بعد.",
    partOf: "جزء من {name}",
  },
  condition: {
    currentHeading: "الحالة الراهنة",
    label: "الحالة",
    unknown: "غير معروفة",
    noReports: "لا يوجد تقرير عن أضرار بعد",
    certainty: "درجة اليقين",
    basedOn: "وفق أحدث تقرير عن الأضرار ({date}).",
    basedOnUndated: "وفق أحدث تقرير عن الأضرار.",
    conditionAfter: "الحالة بعد ذلك",
  },
  monument: {
    breadcrumb: "مسار التنقل",
    alsoKnownAs: "يُعرف أيضًا باسم",
    otherLanguageName: "الاسم بالإنجليزية",
    factsHeading: "عن هذا الأثر",
    kind: "النوع",
    period: "الحقبة",
    built: "تاريخ البناء",
    site: "الموقع الأثري",
    partOf: "جزء من",
    parts: "أجزاؤه",
    currentLocation: "محفوظ حاليًا في",
    location: "الموقع الجغرافي",
    coordinates: "{latitude}، {longitude}",
    coarsenedLocation: "يُعرض الموقع على وجه التقريب فقط: حُجب الموقع الدقيق لهذا المكان حمايةً له من النهب.",
    locationPrecision: {
      EXACT: "دقيق",
      APPROXIMATE: "تقريبي، في حدود بضع مئات من الأمتار",
      SITE: "تقريبي، على مستوى الموقع الأثري فقط",
    },
    yearBc: "{year} ق.م",
    yearAd: "{year} م",
    yearRange: "من {from} إلى {to}",
    description: "الوصف",
  },
  damage: {
    heading: "التسلسل الزمني للأضرار",
    intro: "يُعرض كل تقييم على حدة مع مصادره، بحسب التاريخ. وحين تختلف المصادر، تُعرض كل الروايات.",
    empty: "لم يُبلَّغ عن أي ضرر لحق بهذا الأثر.",
    dateUnknown: "التاريخ غير معروف",
    assessedOn: "قُيّم في {date}",
    cause: "السبب",
    agent: "الفاعل",
    extent: "مدى الضرر",
    evidence: "الأدلة",
    description: "ما الذي حدث",
    sources: "مصادر هذا التقرير",
    noSources: "لم يُسجَّل مصدر لهذا التقرير بعد.",
  },
  restoration: {
    heading: "الترميم",
    empty: "لم تُسجَّل أعمال ترميم لهذا الأثر.",
    technique: "التقنية",
    status: "الحالة",
    materials: "المواد",
    attachmentMethod: "طريقة التثبيت",
    reversibility: "قابلية التراجع",
    reversibilityWhy: "السبب",
    participants: "المشاركون",
    place: "المكان",
    started: "البدء",
    ended: "الانتهاء",
    outcome: "النتيجة",
    sources: "مصادر أعمال الترميم هذه",
    noSources: "لم يُسجَّل مصدر لأعمال الترميم هذه بعد.",
  },
  source: {
    heading: "المصادر",
    intro: "كل المصادر المذكورة في هذه الصفحة.",
    monumentSources: "مصادر عامة عن هذا الأثر",
    empty: "لا توجد مصادر مذكورة في هذه الصفحة بعد.",
    by: "بقلم {author}",
    kind: "النوع",
    reliability: "الموثوقية",
    link: "اقرأ المصدر",
    linkLabel: "اقرأ المصدر: {title}",
    claim: "ما يقوله المصدر",
    locator: "الموضع في المصدر",
    undated: "من دون تاريخ",
  },
  date: {
    // the conjunction و is written joined to the word after it
    between: "بين {start} و{end}",
  },
  common: {
    comma: "، ",
    dash: " — ",
  },
  fallback: {
    english: "بالإنجليزية",
    arabic: "بالعربية",
  },
  notFound: {
    heading: "الصفحة غير موجودة",
    body: "لم نعثر على هذه الصفحة. ربما كُتب العنوان خطأً، أو أُزيل الأثر من الفهرس.",
    backHome: "انتقل إلى قائمة الآثار",
  },
  ...reviewAr,
};
