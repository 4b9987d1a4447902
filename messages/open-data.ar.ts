import type { OpenDataMessages } from "./open-data.en";

// The Arabic strings of the open-data pieces (same keys as messages/open-data.en.ts).
export const openDataAr: OpenDataMessages = {
  openData: {
    footerLink: "البيانات المفتوحة: الواجهة البرمجية والتنزيلات",
    title: "البيانات المفتوحة",
    intro:
      "كل ما يُنشر في هذا الفهرس متاح للبرامج وللتنزيل: واجهة برمجية، وتصديرات بصيغ معيارية، وصور وفق IIIF. لا تُدرج إلا السجلات المعتمدة، وتُقرَّب مواقع الأماكن المعرّضة للنهب كما في هذه الصفحات تماماً.",
    licence: "تُنشر البيانات بموجب رخصة المشاع الإبداعي، النسبة 4.0؛ ولكل صورة مصدرها ورخصتها.",
    downloadsHeading: "التنزيلات",
    dump: "الفهرس كاملاً (NDJSON، سجل في كل سطر)",
    allGeoJson: "كل المعالم بصيغة GeoJSON (للخرائط ونظم المعلومات الجغرافية)",
    allCsv: "كل المعالم بصيغة CSV (تُفتح في جداول البيانات، بالعربية أيضاً)",
    apiHeading: "الواجهة البرمجية",
    apiIntro:
      "بيانات JSON للقراءة فقط على العنوان أدناه، ويمكن لأي موقع أن يستدعيها (CORS). تصف وثيقة OpenAPI 3.1 كل نقطة وصول وكل استجابة.",
    openapiLink: "وثيقة OpenAPI",
    rules: {
      paging: "تأتي القوائم صفحةً صفحة: مرّر قيمة nextCursor في المعامل cursor للحصول على الصفحة التالية.",
      filters: "تقبل المعالم عوامل التصفية والبحث النصي نفسها التي تقبلها صفحة البحث.",
      etag: "تحمل كل استجابة وسم ETag: أعده في If-None-Match لتحصل على استجابة 304 قصيرة إن لم يتغيّر شيء.",
      rateLimit:
        "يحق لكل عميل {limit, plural, zero {# طلب} one {طلب واحد} two {طلبان} few {# طلبات} many {# طلبًا} other {# طلب}} في الدقيقة، ويُحسب التصدير {cost, plural, zero {بـ# طلب} one {بطلب واحد} two {بطلبين} few {بـ# طلبات} many {بـ# طلبًا} other {بـ# طلب}}. وبعد ذلك تكون الاستجابة 429 مع Retry-After.",
      problems: "يُجاب عن المعامل غير الصالح بالرمز 400 مع وثيقة مشكلة (RFC 9457) تسمّيه.",
    },
    endpointsHeading: "نقاط الوصول",
    endpointColumn: "نقطة الوصول",
    whatColumn: "ما تعيده",
    parametersColumn: "المعاملات",
    noParameters: "لا شيء",
    formatsHeading: "الصيغ",
    formats: {
      geojson: "GeoJSON (RFC 7946): الإحداثيات بترتيب خط الطول ثم خط العرض؛ وتستخدمها خريطة هذا الفهرس.",
      csv: "CSV: بترميز UTF-8 مع علامة ترتيب البايتات؛ ويبدأ بفاصلة عليا كل نص قد يشغّله برنامج الجداول كصيغة. ويمكن استيراد الملف من جديد.",
      linkedArt:
        "Linked Art (JSON-LD وفق CIDOC-CRM): كل معلم مع أحداث الضرر والترميم ومصادرها؛ ويقدّم هذا الموقع سياقها.",
      iiif: "IIIF: بيان من الإصدار 3 لكل معلم لعارضات مثل Mirador وUniversal Viewer، مع صور وفق واجهة الصور في المستوى 0.",
    },
    problemsHeading: "أنواع المشكلات",
    problems: {
      "invalid-parameter": "معامل غير صالح: يسمّي الحقل invalidParams في الوثيقة كل معامل وسبب رفضه.",
      "not-found": "لا يوجد سجل منشور بهذا المعرّف.",
      "rate-limited": "طلبات كثيرة من هذا العميل في دقيقة واحدة: انتظر عدد الثواني المذكور في Retry-After.",
      "method-not-allowed": "الواجهة للقراءة فقط: GET وHEAD وOPTIONS.",
      internal: "حدث خطأ من جهتنا؛ ويساعدنا المرجع المرفق على إيجاده في السجل.",
    },
    downloadHeading: "التنزيل",
    monumentIntro: "هذا المعلم بصيغ معيارية:",
    monumentJson: "JSON (الواجهة البرمجية)",
    monumentLinkedArt: "بيانات Linked Art (JSON-LD)",
    monumentIiif: "بيان IIIF (الصور)",
    siteIntro: "معالم هذا الموقع:",
    searchIntro: "نزّل هذه النتائج:",
    more: "عن البيانات المفتوحة",
  },
};
