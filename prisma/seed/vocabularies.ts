import type { Prisma } from "../../lib/generated/prisma/client";

// The catalogue's controlled vocabularies. Codes are stable lowercase snake_case identifiers that
// records point to; labels and descriptions may be reworded later without touching any record.
// A term that should no longer be used gets `retiredAt` rather than being deleted.
// sortOrder goes up in steps of 10 so that a new term can be slotted in between.

export const MONUMENT_KINDS = [
  {
    code: "archaeological_area",
    labelEn: "Archaeological area",
    labelAr: "منطقة أثرية",
    descriptionEn:
      "An ancient city or archaeological zone as a whole; holds reports that concern the ruins in general.",
    descriptionAr: "مدينة قديمة أو منطقة أثرية بمجملها؛ تُربط بها التقارير التي تخص الآثار عموماً.",
    sortOrder: 10,
  },
  {
    code: "sanctuary",
    labelEn: "Sanctuary",
    labelAr: "حَرَم مقدّس",
    descriptionEn: "A sacred precinct, usually a walled court around a temple.",
    descriptionAr: "ساحة مقدّسة، مسوّرة في الغالب، تحيط بمعبد.",
    sortOrder: 20,
  },
  {
    code: "temple",
    labelEn: "Temple",
    labelAr: "معبد",
    sortOrder: 30,
  },
  {
    code: "cella",
    labelEn: "Cella",
    labelAr: "قُدس المعبد (السيلا)",
    descriptionEn: "The inner chamber of a temple, which housed the image of the god.",
    descriptionAr: "الحجرة الداخلية في المعبد، وكان يوضع فيها تمثال المعبود.",
    sortOrder: 40,
  },
  {
    code: "arch",
    labelEn: "Arch",
    labelAr: "قوس",
    descriptionEn: "A monumental or triumphal arch.",
    descriptionAr: "قوس تذكاري أو قوس نصر.",
    sortOrder: 50,
  },
  {
    code: "colonnade",
    labelEn: "Colonnade or colonnaded street",
    labelAr: "رواق أعمدة أو شارع معمَّد",
    sortOrder: 60,
  },
  {
    code: "theatre",
    labelEn: "Theatre",
    labelAr: "مسرح",
    sortOrder: 70,
  },
  {
    code: "public_building",
    labelEn: "Public building",
    labelAr: "مبنى عام",
    descriptionEn: "Agora, baths, council house and other civic buildings.",
    descriptionAr: "السوق العامة (الأغورا) والحمّامات ومجلس الشيوخ وغيرها من المباني المدنية.",
    sortOrder: 80,
  },
  {
    code: "necropolis",
    labelEn: "Necropolis",
    labelAr: "جبّانة أثرية",
    descriptionEn: "An ancient burial ground with many tombs.",
    descriptionAr: "مقبرة قديمة تضم مدافن كثيرة.",
    sortOrder: 90,
  },
  {
    code: "tomb",
    labelEn: "Tomb",
    labelAr: "مدفن",
    descriptionEn: "A single tomb: underground (hypogeum), house tomb or other.",
    descriptionAr: "مدفن منفرد: مدفن تحت الأرض أو مدفن على هيئة بيت أو غير ذلك.",
    sortOrder: 100,
  },
  {
    code: "tower_tomb",
    labelEn: "Tower tomb",
    labelAr: "مدفن برجي",
    descriptionEn: "A multi-storey funerary tower with burial niches, typical of Palmyra.",
    descriptionAr: "برج جنائزي من عدة طبقات فيه كوى للدفن، وهو طراز مميّز لتدمر.",
    sortOrder: 110,
  },
  {
    code: "citadel",
    labelEn: "Citadel or castle",
    labelAr: "قلعة",
    sortOrder: 120,
  },
  {
    code: "shrine",
    labelEn: "Shrine",
    labelAr: "ضريح أو مقام",
    descriptionEn: "A tomb or place of veneration, for example of a holy person.",
    descriptionAr: "قبر أو موضع تبرّك، كضريح أحد الأولياء.",
    sortOrder: 130,
  },
  {
    code: "mosque",
    labelEn: "Mosque",
    labelAr: "مسجد",
    sortOrder: 140,
  },
  {
    code: "church",
    labelEn: "Church",
    labelAr: "كنيسة",
    sortOrder: 150,
  },
  {
    code: "museum",
    labelEn: "Museum",
    labelAr: "متحف",
    sortOrder: 160,
  },
  {
    code: "collection",
    labelEn: "Collection or store",
    labelAr: "مجموعة مقتنيات أو مستودع",
    descriptionEn: "Movable objects held together, such as a museum's collection and its storerooms.",
    descriptionAr: "مقتنيات منقولة محفوظة معاً، كمجموعة متحف ومستودعاته.",
    sortOrder: 170,
  },
  {
    code: "statue",
    labelEn: "Statue",
    labelAr: "تمثال",
    sortOrder: 180,
  },
  {
    code: "funerary_bust",
    labelEn: "Funerary bust",
    labelAr: "تمثال نصفي جنائزي",
    descriptionEn: "A carved portrait of a dead person, as made for Palmyrene tombs.",
    descriptionAr: "صورة منحوتة لشخص متوفّى، من النوع الذي كان يُصنع لمدافن تدمر.",
    sortOrder: 190,
  },
  {
    code: "relief",
    labelEn: "Relief",
    labelAr: "نقش بارز",
    sortOrder: 200,
  },
  {
    code: "inscription",
    labelEn: "Inscription",
    labelAr: "نقش كتابي",
    sortOrder: 210,
  },
  {
    code: "other",
    labelEn: "Other",
    labelAr: "أخرى",
    sortOrder: 1000,
  },
] as const satisfies readonly Prisma.MonumentKindCreateManyInput[];

export const CONDITIONS = [
  {
    code: "intact",
    labelEn: "Intact",
    labelAr: "سليم",
    descriptionEn: "No visible damage.",
    descriptionAr: "لا ضرر ظاهراً.",
    severityRank: 0,
    sortOrder: 10,
  },
  {
    // what a completed restoration leaves (lib/catalogue/current-condition.ts); not a damage grade
    code: "restored",
    labelEn: "Restored",
    labelAr: "مُرمَّم",
    descriptionEn:
      "Damage repaired by a completed restoration; the restoration says what was done and how reversible it is.",
    descriptionAr: "أُصلح الضرر بترميم مُنجَز؛ ويبيّن الترميم ما أُنجز ومدى قابليته للعكس.",
    severityRank: null,
    sortOrder: 15,
  },
  {
    code: "minor_damage",
    labelEn: "Minor damage",
    labelAr: "ضرر طفيف",
    descriptionEn: "Superficial damage such as graffiti or chipping; the structure is unaffected.",
    descriptionAr: "ضرر سطحي كالكتابات أو التشظّي، ولم تتأثر البنية.",
    severityRank: 1,
    sortOrder: 20,
  },
  {
    code: "moderate_damage",
    labelEn: "Moderate damage",
    labelAr: "ضرر متوسط",
    descriptionEn: "Parts damaged or lost; the whole still stands or is clearly recognisable.",
    descriptionAr: "تضرّرت أجزاء أو فُقدت، لكن المَعلم ما زال قائماً أو واضح المعالم.",
    severityRank: 2,
    sortOrder: 30,
  },
  {
    code: "severe_damage",
    labelEn: "Severe damage",
    labelAr: "ضرر بالغ",
    descriptionEn: "Major parts broken or lost; repair needs a substantial intervention.",
    descriptionAr: "تحطّمت أجزاء رئيسية أو فُقدت، ويحتاج الإصلاح إلى تدخّل كبير.",
    severityRank: 3,
    sortOrder: 40,
  },
  {
    code: "destroyed",
    labelEn: "Destroyed",
    labelAr: "مُدمَّر",
    descriptionEn: "Collapsed or reduced to fragments; little or nothing stands.",
    descriptionAr: "انهار أو تحوّل إلى حطام، ولم يبقَ منه قائماً إلا القليل أو لا شيء.",
    severityRank: 4,
    sortOrder: 50,
  },
  {
    code: "unknown",
    labelEn: "Unknown",
    labelAr: "غير معروف",
    descriptionEn: "No reliable information about the condition.",
    descriptionAr: "لا تتوفّر معلومات موثوقة عن الحالة.",
    severityRank: null,
    sortOrder: 60,
  },
] as const satisfies readonly Prisma.ConditionCreateManyInput[];

// After the EAMENA disturbance typology, trimmed to what a damage catalogue needs.
export const DAMAGE_CAUSES = [
  {
    code: "deliberate_destruction_explosives",
    labelEn: "Deliberate destruction with explosives",
    labelAr: "تدمير متعمَّد بالمتفجرات",
    descriptionEn: "Blowing up a monument on purpose.",
    descriptionAr: "تفجير مَعلم عن قصد.",
    sortOrder: 10,
  },
  {
    code: "deliberate_destruction_smashing",
    labelEn: "Deliberate destruction by smashing or hammering",
    labelAr: "تدمير متعمَّد بالتحطيم أو بالمطارق",
    descriptionEn: "Breaking objects or structures by hand, with hammers, tools or machinery.",
    descriptionAr: "تكسير القطع أو المباني باليد أو بالمطارق أو بالأدوات أو الآليات.",
    sortOrder: 20,
  },
  {
    code: "deliberate_destruction_unspecified",
    labelEn: "Deliberate destruction, method not stated",
    labelAr: "تدمير متعمَّد بوسيلة غير محدَّدة",
    descriptionEn: "The source reports deliberate destruction without saying how it was done.",
    descriptionAr: "يذكر المصدر تدميراً متعمَّداً دون أن يبيّن وسيلته.",
    sortOrder: 30,
  },
  {
    code: "looting",
    labelEn: "Looting or illegal excavation",
    labelAr: "نهب أو تنقيب غير مشروع",
    sortOrder: 40,
  },
  {
    code: "theft_from_museum_or_store",
    labelEn: "Theft from a museum or store",
    labelAr: "سرقة من متحف أو مستودع",
    sortOrder: 50,
  },
  {
    code: "armed_conflict",
    labelEn: "Armed conflict (shelling, air strikes, gunfire)",
    labelAr: "نزاع مسلّح (قصف مدفعي، غارات جوية، إطلاق نار)",
    sortOrder: 60,
  },
  {
    code: "military_use",
    labelEn: "Military use (occupation, fortification, use as prison or court)",
    labelAr: "استخدام عسكري (احتلال، تحصين، استخدام سجناً أو محكمة)",
    descriptionEn: "Includes the use of a monument as a place of execution.",
    descriptionAr: "يشمل استخدام المَعلم مكاناً لتنفيذ الإعدامات.",
    sortOrder: 70,
  },
  {
    code: "landmines_ieds",
    labelEn: "Landmines and improvised explosive devices",
    labelAr: "ألغام وعبوات ناسفة مرتجلة",
    descriptionEn: "Mines or bombs planted in or near a monument, and their clearance.",
    descriptionAr: "ألغام أو عبوات زُرعت في المَعلم أو قربه، وما يرافق إزالتها.",
    sortOrder: 80,
  },
  {
    code: "vandalism_graffiti",
    labelEn: "Vandalism or graffiti",
    labelAr: "تخريب أو كتابات على الحجارة والجدران",
    sortOrder: 90,
  },
  {
    code: "neglect",
    labelEn: "Neglect",
    labelAr: "إهمال",
    descriptionEn: "Lack of maintenance, protection or guarding.",
    descriptionAr: "غياب الصيانة أو الحماية أو الحراسة.",
    sortOrder: 100,
  },
  {
    code: "natural_causes",
    labelEn: "Natural causes",
    labelAr: "أسباب طبيعية",
    descriptionEn: "Earthquake, erosion, flooding, vegetation and the like.",
    descriptionAr: "الزلازل والتعرية والسيول والنباتات وما شابهها.",
    sortOrder: 110,
  },
  {
    code: "unknown",
    labelEn: "Unknown",
    labelAr: "غير معروف",
    descriptionEn: "The source does not say what caused the damage.",
    descriptionAr: "لا يذكر المصدر سبب الضرر.",
    sortOrder: 120,
  },
] as const satisfies readonly Prisma.DamageCauseCreateManyInput[];

export const CERTAINTIES = [
  {
    code: "confirmed",
    labelEn: "Confirmed",
    labelAr: "مؤكَّد",
    descriptionEn: "Seen on site or in imagery.",
    descriptionAr: "شوهد في الموقع أو في الصور.",
    sortOrder: 10,
  },
  {
    code: "probable",
    labelEn: "Probable",
    labelAr: "مرجَّح",
    descriptionEn: "Supported by several independent reports.",
    descriptionAr: "تؤيّده عدة تقارير مستقلة.",
    sortOrder: 20,
  },
  {
    code: "reported",
    labelEn: "Reported",
    labelAr: "مُبلَّغ عنه",
    descriptionEn: "A single report, or several that repeat the same one.",
    descriptionAr: "تقرير واحد، أو عدة تقارير تنقل عن مصدر واحد.",
    sortOrder: 30,
  },
  {
    code: "disputed",
    labelEn: "Disputed",
    labelAr: "متنازَع عليه",
    descriptionEn: "Other sources contradict this account.",
    descriptionAr: "تناقض مصادرُ أخرى هذه الرواية.",
    sortOrder: 40,
  },
] as const satisfies readonly Prisma.CertaintyCreateManyInput[];

export const SOURCE_KINDS = [
  {
    code: "news_article",
    labelEn: "News article",
    labelAr: "مقال إخباري",
    sortOrder: 10,
  },
  {
    code: "official_statement",
    labelEn: "Official statement",
    labelAr: "بيان رسمي",
    descriptionEn: "A statement by a government body, heritage authority or international organisation.",
    descriptionAr: "بيان صادر عن جهة حكومية أو هيئة آثار أو منظمة دولية.",
    sortOrder: 20,
  },
  {
    code: "satellite_analysis",
    labelEn: "Satellite imagery analysis",
    labelAr: "تحليل صور الأقمار الصناعية",
    sortOrder: 30,
  },
  {
    code: "field_survey",
    labelEn: "Field survey",
    labelAr: "مسح ميداني",
    sortOrder: 40,
  },
  {
    code: "academic_publication",
    labelEn: "Academic publication",
    labelAr: "منشور أكاديمي",
    sortOrder: 50,
  },
  {
    code: "ngo_report",
    labelEn: "Report by an NGO or monitoring group",
    labelAr: "تقرير منظمة غير حكومية أو جهة رصد",
    sortOrder: 60,
  },
  {
    code: "photo_or_video",
    labelEn: "Photograph or video",
    labelAr: "صورة أو مقطع فيديو",
    sortOrder: 70,
  },
  {
    code: "social_media_post",
    labelEn: "Social media post",
    labelAr: "منشور على وسائل التواصل الاجتماعي",
    sortOrder: 80,
  },
  {
    code: "other",
    labelEn: "Other",
    labelAr: "أخرى",
    sortOrder: 1000,
  },
] as const satisfies readonly Prisma.SourceKindCreateManyInput[];

// rank 1 = most reliable.
export const SOURCE_RELIABILITIES = [
  {
    code: "verified",
    labelEn: "Verified (imagery analysis or field survey)",
    labelAr: "موثَّق (تحليل صور أو مسح ميداني)",
    descriptionEn: "Based on professional analysis of satellite imagery or on direct inspection on site.",
    descriptionAr: "يستند إلى تحليل مهني لصور الأقمار الصناعية أو إلى معاينة مباشرة في الموقع.",
    rank: 1,
    sortOrder: 10,
  },
  {
    code: "established_outlet",
    labelEn: "Established news outlet or agency",
    labelAr: "وسيلة إعلامية أو وكالة أنباء معروفة",
    descriptionEn: "A news organisation with editorial standards and its own correspondents.",
    descriptionAr: "مؤسسة إخبارية ذات معايير تحريرية ولها مراسلوها.",
    rank: 2,
    sortOrder: 20,
  },
  {
    code: "official_body",
    labelEn: "Official body",
    labelAr: "جهة رسمية",
    descriptionEn: "A government or intergovernmental body speaking in its own field; it may be a party to the events.",
    descriptionAr: "جهة حكومية أو دولية تتحدث في مجال اختصاصها، وقد تكون طرفاً في الأحداث.",
    rank: 3,
    sortOrder: 30,
  },
  {
    code: "secondary_outlet",
    labelEn: "Minor or secondary outlet",
    labelAr: "منبر إعلامي ثانوي",
    descriptionEn: "A small outlet, blog-style publication or aggregator that mostly relays other reporting.",
    descriptionAr: "منبر صغير أو منشور أشبه بالمدوّنة أو مُجمِّع أخبار ينقل في الغالب عن تقارير أخرى.",
    rank: 4,
    sortOrder: 40,
  },
  {
    code: "unverified_social_media",
    labelEn: "Unverified social media",
    labelAr: "وسائل تواصل اجتماعي غير موثَّقة",
    descriptionEn: "Posts, photos or videos whose origin has not been verified.",
    descriptionAr: "منشورات أو صور أو مقاطع فيديو لم يُتحقَّق من مصدرها.",
    rank: 5,
    sortOrder: 50,
  },
] as const satisfies readonly Prisma.SourceReliabilityCreateManyInput[];

export const RESTORATION_TECHNIQUES = [
  {
    code: "3d_printed_replacement",
    labelEn: "3-D printed replacement",
    labelAr: "استبدال بأجزاء مطبوعة بتقنية ثلاثية الأبعاد",
    descriptionEn: "Missing parts are recreated with a 3-D printer and added to the original.",
    descriptionAr: "تُعاد صناعة الأجزاء المفقودة بطابعة ثلاثية الأبعاد وتُضاف إلى القطعة الأصلية.",
    sortOrder: 10,
  },
  {
    code: "anastylosis",
    labelEn: "Anastylosis",
    labelAr: "إعادة التركيب بالعناصر الأصلية (أناستيلوسيس)",
    descriptionEn:
      "Re-erecting a ruined structure from its own fallen elements, adding new material only where indispensable and recognisable.",
    descriptionAr:
      "إعادة إقامة بناء منهار من عناصره الأصلية المتساقطة، مع إضافة مواد جديدة حيث لا غنى عنها فقط وعلى نحو يمكن تمييزه.",
    sortOrder: 20,
  },
  {
    code: "reassembly",
    labelEn: "Reassembly of fragments",
    labelAr: "إعادة تجميع القطع المحطّمة",
    descriptionEn: "Putting a broken object or statue back together from its pieces.",
    descriptionAr: "إعادة تجميع قطعة أو تمثال محطّم من أجزائه.",
    sortOrder: 30,
  },
  {
    code: "consolidation",
    labelEn: "Consolidation and stabilisation",
    labelAr: "تدعيم وتثبيت",
    descriptionEn: "Strengthening a damaged structure or material so that it does not deteriorate further.",
    descriptionAr: "تقوية بناء أو مادة متضرّرة لمنع مزيد من التدهور.",
    sortOrder: 40,
  },
  {
    code: "reconstruction",
    labelEn: "Reconstruction",
    labelAr: "إعادة البناء",
    descriptionEn: "Rebuilding a known earlier form largely with new material.",
    descriptionAr: "إعادة بناء هيئة سابقة معروفة بمواد جديدة في معظمها.",
    sortOrder: 50,
  },
  {
    code: "cleaning",
    labelEn: "Cleaning and graffiti removal",
    labelAr: "تنظيف وإزالة الكتابات",
    sortOrder: 60,
  },
  {
    code: "emergency_protection",
    labelEn: "Emergency protection or evacuation",
    labelAr: "حماية طارئة أو إخلاء",
    descriptionEn: "Temporary shelter or propping, or moving objects to a safe place.",
    descriptionAr: "تغطية أو تدعيم مؤقت، أو نقل القطع إلى مكان آمن.",
    sortOrder: 70,
  },
  {
    code: "other",
    labelEn: "Other",
    labelAr: "أخرى",
    sortOrder: 1000,
  },
] as const satisfies readonly Prisma.RestorationTechniqueCreateManyInput[];

export const REVERSIBILITIES = [
  {
    code: "fully_reversible",
    labelEn: "Fully reversible",
    labelAr: "قابل للعكس كلياً",
    descriptionEn: "The intervention can be removed without harming the original.",
    descriptionAr: "يمكن إزالة التدخّل دون الإضرار بالأصل.",
    sortOrder: 10,
  },
  {
    code: "partly_reversible",
    labelEn: "Partly reversible",
    labelAr: "قابل للعكس جزئياً",
    descriptionEn: "Part of the intervention can be removed; the rest cannot without harm.",
    descriptionAr: "يمكن إزالة جزء من التدخّل، ويتعذّر إزالة الباقي دون ضرر.",
    sortOrder: 20,
  },
  {
    code: "irreversible",
    labelEn: "Irreversible",
    labelAr: "غير قابل للعكس",
    descriptionEn: "The intervention cannot be undone without damaging the original.",
    descriptionAr: "لا يمكن التراجع عن التدخّل دون الإضرار بالأصل.",
    sortOrder: 30,
  },
] as const satisfies readonly Prisma.ReversibilityCreateManyInput[];

export const RESTORATION_STATUSES = [
  {
    code: "proposed",
    labelEn: "Proposed",
    labelAr: "مُقترَح",
    descriptionEn: "Called for or judged possible; no plan has been announced.",
    descriptionAr: "دُعي إليه أو عُدّ ممكناً، دون الإعلان عن خطة.",
    sortOrder: 10,
  },
  {
    code: "planned",
    labelEn: "Planned",
    labelAr: "مُخطَّط له",
    descriptionEn: "Announced with a plan or timetable, not yet started.",
    descriptionAr: "أُعلن عنه بخطة أو جدول زمني، ولم يبدأ بعد.",
    sortOrder: 20,
  },
  {
    code: "in_progress",
    labelEn: "In progress",
    labelAr: "قيد التنفيذ",
    sortOrder: 30,
  },
  {
    code: "completed",
    labelEn: "Completed",
    labelAr: "مُنجَز",
    sortOrder: 40,
  },
  {
    code: "suspended",
    labelEn: "Suspended",
    labelAr: "معلَّق",
    descriptionEn: "Started, then halted (for example by renewed fighting).",
    descriptionAr: "بدأ ثم توقّف (بسبب تجدّد القتال مثلاً).",
    sortOrder: 50,
  },
  {
    code: "cancelled",
    labelEn: "Cancelled",
    labelAr: "مُلغى",
    sortOrder: 60,
  },
] as const satisfies readonly Prisma.RestorationStatusCreateManyInput[];

export type MonumentKindCode = (typeof MONUMENT_KINDS)[number]["code"];
export type ConditionCode = (typeof CONDITIONS)[number]["code"];
export type DamageCauseCode = (typeof DAMAGE_CAUSES)[number]["code"];
export type CertaintyCode = (typeof CERTAINTIES)[number]["code"];
export type SourceKindCode = (typeof SOURCE_KINDS)[number]["code"];
export type SourceReliabilityCode = (typeof SOURCE_RELIABILITIES)[number]["code"];
export type RestorationTechniqueCode = (typeof RESTORATION_TECHNIQUES)[number]["code"];
export type ReversibilityCode = (typeof REVERSIBILITIES)[number]["code"];
export type RestorationStatusCode = (typeof RESTORATION_STATUSES)[number]["code"];

/** Inserts every vocabulary row. Rows already present (same code) are left as they are. */
export async function seedVocabularies(tx: Prisma.TransactionClient): Promise<void> {
  // `as const` makes the arrays readonly; createMany wants mutable arrays of plain rows.
  await tx.monumentKind.createMany({ data: [...MONUMENT_KINDS], skipDuplicates: true });
  await tx.condition.createMany({ data: [...CONDITIONS], skipDuplicates: true });
  await tx.damageCause.createMany({ data: [...DAMAGE_CAUSES], skipDuplicates: true });
  await tx.certainty.createMany({ data: [...CERTAINTIES], skipDuplicates: true });
  await tx.sourceKind.createMany({ data: [...SOURCE_KINDS], skipDuplicates: true });
  await tx.sourceReliability.createMany({ data: [...SOURCE_RELIABILITIES], skipDuplicates: true });
  await tx.restorationTechnique.createMany({ data: [...RESTORATION_TECHNIQUES], skipDuplicates: true });
  await tx.reversibility.createMany({ data: [...REVERSIBILITIES], skipDuplicates: true });
  await tx.restorationStatus.createMany({ data: [...RESTORATION_STATUSES], skipDuplicates: true });
}
