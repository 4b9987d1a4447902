import type { Prisma } from "../../lib/generated/prisma/client";
import type {
  CertaintyCode,
  ConditionCode,
  DamageCauseCode,
  MonumentKindCode,
  RestorationStatusCode,
  RestorationTechniqueCode,
  ReversibilityCode,
  SourceKindCode,
  SourceReliabilityCode,
} from "./vocabularies";

// The Palmyra catalogue, built from the five news reports in /work/shared/sources (March 2016 and
// March 2017). Every fact below comes from those articles, stated in the catalogue's own words,
// except a few pieces of general knowledge that the articles take for granted (UNESCO inscription
// in 1980, construction dates of the best-known monuments, approximate coordinates); those are
// not cited to the articles.
//
// Ids are explicit and readable ("mon-temple-of-bel", "dmg-bel-2015-2016") so that seeded rows are
// predictable. Where the articles disagree, each claim is its own record with its own source.
//
// DATE columns get UTC midnight. A date known only to the month is stored as the 1st of that
// month with MONTH precision; a date known only as a range is a WINDOW (occurredOn..occurredOnEnd).

const date = (iso: string): Date => new Date(iso);

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const SRC = {
  toi: "src-toi-2017-03-02",
  newArab: "src-new-arab-2017-03-03",
  atlas: "src-atlas-times-2016-03",
  afp: "src-afp-2016-03-28",
  laTimes: "src-la-times-2016-03-27",
} as const;
type SourceId = (typeof SRC)[keyof typeof SRC];

/** What one article says about the record it is attached to (becomes a Citation row). */
type Cite = { source: SourceId; claimEn: string; claimAr: string; locator?: string };

type SourceRow = Prisma.SourceCreateManyInput & {
  id: SourceId;
  kindCode: SourceKindCode;
  reliabilityCode: SourceReliabilityCode;
};

const SOURCES: SourceRow[] = [
  {
    id: SRC.toi,
    title: "Syrian forces recapture Palmyra from IS for second time",
    titleAr: "القوات السورية تستعيد تدمر من تنظيم الدولة الإسلامية للمرة الثانية",
    outlet: "The Times of Israel",
    author: "Times of Israel staff, with AFP",
    publishedOn: date("2017-03-02"),
    publishedPrecision: "DAY",
    url: null,
    language: "en",
    kindCode: "news_article",
    reliabilityCode: "established_outlet",
    notesEn:
      "An AFP report carried by The Times of Israel with contributions from its staff; much of its wording also appears in The New Arab's report of 3 March 2017, so the two are not independent for those passages. A photo caption dates a screen capture of statue-smashing to 2 July 2015. One caption says a returned bust was still awaiting restoration, which contradicts the article's text; the catalogue follows the text. The Arabic title is the catalogue's translation.",
    notesAr:
      "تقرير لوكالة فرانس برس نشرته صحيفة تايمز أوف إسرائيل بمساهمة من محرّريها، وتتكرّر صياغة كثير من فقراته في تقرير موقع ذا نيو عرب المنشور في 3 مارس 2017، فلا يُعدّ المصدران مستقلّين في هذه الفقرات. يؤرّخ تعليق إحدى الصور لقطةً لتحطيم تماثيل بيوم 2 يوليو 2015. ويذكر تعليق صورة أخرى أن أحد التمثالين النصفيين المُعادين كان لا يزال ينتظر الترميم، وهذا يناقض نص المقال، وقد اعتمد الفهرس على النص. العنوان العربي ترجمة من الفهرس.",
  },
  {
    id: SRC.newArab,
    title: "Syrian regime recaptures ancient Palmyra from IS",
    titleAr: "النظام السوري يستعيد مدينة تدمر الأثرية من تنظيم الدولة الإسلامية",
    outlet: "The New Arab",
    author: null,
    publishedOn: date("2017-03-03"),
    publishedPrecision: "DAY",
    url: null,
    language: "en",
    kindCode: "news_article",
    reliabilityCode: "established_outlet",
    notesEn:
      "No byline. Shares much of its wording with the AFP report published by The Times of Israel on 2 March 2017. Adds that the government quickly abandoned Palmyra after March 2016 to pursue aims elsewhere, that the city fell again while it concentrated on east Aleppo, and that much of the site's heritage was looted for sale on the black market. The Arabic title is the catalogue's translation.",
    notesAr:
      "من دون اسم كاتب. تتشارك كثيراً من صياغتها مع تقرير فرانس برس الذي نشرته تايمز أوف إسرائيل في 2 مارس 2017. ويضيف أن الحكومة سرعان ما تخلّت عن تدمر بعد مارس 2016 سعياً وراء أهداف أخرى، وأن المدينة سقطت مجدداً بينما كانت منشغلة بشرق حلب، وأن جزءاً كبيراً من تراث الموقع نُهب ليُباع في السوق السوداء. العنوان العربي ترجمة من الفهرس.",
  },
  {
    id: SRC.atlas,
    title: "Syrian Army Recaptures Palmyra",
    titleAr: "الجيش السوري يستعيد تدمر",
    outlet: "The Atlas Times",
    author: "Garret Pustay",
    // The article has no exact date: it reports the recapture "on Sunday" (27 March 2016) and peace
    // talks due to resume in April, i.e. late March 2016.
    publishedOn: date("2016-03-01"),
    publishedPrecision: "MONTH",
    url: null,
    language: "en",
    kindCode: "news_article",
    reliabilityCode: "secondary_outlet",
    notesEn:
      "Undated beyond late March 2016: it reports the recapture on a Sunday and peace talks due to resume in April, so it is stored at month precision. A contributor's piece that relays SANA, the Syrian Observatory for Human Rights and official statements, with no reporting from Palmyra itself; graded as a secondary outlet. The Arabic title is the catalogue's translation.",
    notesAr:
      "لا يحمل تاريخاً أدقّ من أواخر مارس 2016: فهو يروي استعادة المدينة يوم أحد ويذكر أن محادثات السلام ستُستأنف في أبريل، لذلك سُجّل تاريخه بدقّة الشهر. مقال لكاتب متعاون ينقل عن وكالة سانا والمرصد السوري لحقوق الإنسان وعن تصريحات رسمية، دون تغطية من تدمر نفسها، ولذلك صُنّف منبراً ثانوياً. العنوان العربي ترجمة من الفهرس.",
  },
  {
    id: SRC.afp,
    title: "Syria troops press advance after blow to IS in Palmyra",
    titleAr: "القوات السورية تواصل تقدّمها بعد الضربة التي وجّهتها إلى تنظيم الدولة الإسلامية في تدمر",
    outlet: "AFP (Agence France-Presse)",
    author: null,
    publishedOn: date("2016-03-28"),
    publishedPrecision: "DAY",
    url: null,
    language: "en",
    kindCode: "news_article",
    reliabilityCode: "established_outlet",
    notesEn:
      "Dateline Damascus; no byline. Reports what an AFP correspondent saw in Palmyra on Sunday 27 March 2016 and what antiquities director Maamoun Abdulkarim said on Monday 28 March. Calls the Roman theatre an 'amphitheatre'. The Arabic title is the catalogue's translation.",
    notesAr:
      "من دمشق، دون اسم كاتب. ينقل ما شاهده مراسل فرانس برس في تدمر يوم الأحد 27 مارس 2016 وما صرّح به مدير الآثار مأمون عبد الكريم يوم الاثنين 28 مارس. يسمّي المسرح الروماني «مدرّجاً». العنوان العربي ترجمة من الفهرس.",
  },
  {
    id: SRC.laTimes,
    title: "With Islamic State ousted from Palmyra, the world will learn what's left of its treasures",
    titleAr: "بعد طرد تنظيم الدولة الإسلامية من تدمر، سيعرف العالم ما تبقّى من كنوزها",
    outlet: "Los Angeles Times",
    author: "Nabih Bulos",
    publishedOn: date("2016-03-27"),
    publishedPrecision: "DAY",
    url: null,
    language: "en",
    kindCode: "news_article",
    reliabilityCode: "established_outlet",
    notesEn:
      "By a special correspondent, written on the day of the recapture, before any assessment on site; its list of known losses rests on earlier reports. It lists the Lion of al-Lat as blown up, which AFP contradicted the next day. The Arabic title is the catalogue's translation.",
    notesAr:
      "كتبه مراسل خاص يوم استعادة المدينة، قبل أي تقييم في الموقع، فقائمة الخسائر المعروفة فيه تستند إلى تقارير سابقة. يذكر أن أسد اللات فُجّر، وهو ما ناقضته فرانس برس في اليوم التالي. العنوان العربي ترجمة من الفهرس.",
  },
];

// ---------------------------------------------------------------------------------------------
// Organisations and people
// ---------------------------------------------------------------------------------------------

const ORG = {
  dgam: "org-dgam",
  unesco: "org-unesco",
  nationalMuseumDamascus: "org-national-museum-of-damascus",
  romeConservators: "org-conservators-in-rome",
  sohr: "org-syrian-observatory-for-human-rights",
  islamicState: "org-islamic-state-group",
} as const;

const ORGANISATIONS: Prisma.OrganisationCreateManyInput[] = [
  {
    id: ORG.dgam,
    slug: "dgam",
    nameEn: "Directorate-General of Antiquities and Museums",
    nameAr: "المديرية العامة للآثار والمتاحف",
    altNames: [
      "DGAM",
      "Antiquities and Museums Directorate",
      "Syria's antiquities and museums directorate",
      "Syrian Antiquities Department",
    ],
    kindEn: "Government heritage authority",
    kindAr: "جهة حكومية معنية بالآثار",
    countryCode: "SY",
  },
  {
    id: ORG.unesco,
    slug: "unesco",
    nameEn: "UNESCO",
    nameAr: "منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)",
    altNames: ["United Nations Educational, Scientific and Cultural Organization", "اليونسكو"],
    kindEn: "Intergovernmental organisation",
    kindAr: "منظمة دولية حكومية",
    countryCode: null,
    url: "https://www.unesco.org",
  },
  {
    id: ORG.nationalMuseumDamascus,
    slug: "national-museum-of-damascus",
    nameEn: "National Museum of Damascus",
    nameAr: "المتحف الوطني بدمشق",
    altNames: ["National Museum in Damascus", "Damascus museum", "متحف دمشق الوطني"],
    kindEn: "Museum",
    kindAr: "متحف",
    countryCode: "SY",
  },
  {
    id: ORG.romeConservators,
    slug: "conservators-in-rome",
    nameEn: "Conservators in Rome (unnamed in sources)",
    nameAr: "مرمّمون في روما (لم تسمِّ المصادر جهتهم)",
    altNames: ["art conservationists in Rome"],
    kindEn: "Conservation team; the sources do not name the laboratory or institute",
    kindAr: "فريق ترميم؛ لا تذكر المصادر اسم المختبر أو المؤسسة",
    countryCode: "IT",
  },
  {
    id: ORG.sohr,
    slug: "syrian-observatory-for-human-rights",
    nameEn: "Syrian Observatory for Human Rights",
    nameAr: "المرصد السوري لحقوق الإنسان",
    altNames: ["SOHR", "the Observatory"],
    kindEn: "Britain-based monitoring group",
    kindAr: "جهة رصد مقرّها بريطانيا",
    countryCode: "GB",
  },
  {
    id: ORG.islamicState,
    slug: "islamic-state-group",
    nameEn: "Islamic State group",
    nameAr: "تنظيم الدولة الإسلامية",
    altNames: ["IS", "ISIS", "ISIL", "Daesh", "داعش"],
    kindEn: "Jihadist armed group (recorded as the agent of damage)",
    kindAr: "جماعة جهادية مسلّحة (تُسجَّل بوصفها الجهة المسبّبة للضرر)",
    countryCode: null,
  },
];

const PER = {
  abdulkarim: "per-maamoun-abdulkarim",
  asaad: "per-khaled-al-asaad",
  iaccarino: "per-antonio-iaccarino",
  abdelRahman: "per-rami-abdel-rahman",
} as const;

const PEOPLE: Prisma.PersonCreateManyInput[] = [
  {
    id: PER.abdulkarim,
    slug: "maamoun-abdulkarim",
    nameEn: "Maamoun Abdulkarim",
    nameAr: "مأمون عبد الكريم",
    altNames: ["Maamun Abdul-Karim", "Maamun Abdul Karim", "Maamoun Abdelkarim", "Dr. Maamoun Abdelkarim"],
    roleEn: "Director-General of Antiquities and Museums, Syria",
    roleAr: "المدير العام للآثار والمتاحف في سوريا",
    organisationId: ORG.dgam,
    bioEn:
      "Syrian archaeologist who headed the Directorate-General of Antiquities and Museums at the time of the articles. The sources give his title variously: director general of the antiquities and museums directorate (The Atlas Times, March 2016), antiquities director or chief (AFP, 28 March 2016), director of Syria's antiquities and museums directorate (Los Angeles Times, 27 March 2016) and director of Syria's Antiquities Department (The Times of Israel, 2 March 2017). After the March 2016 recapture he gave the first damage assessments and said the monuments could be restored within five years with UNESCO's approval (AFP); the Los Angeles Times reports that he appealed in The Guardian for international help to save Palmyra. In March 2017 he announced the return of the two funerary busts restored in Rome (The Times of Israel).",
    bioAr:
      "عالم آثار سوري كان يرأس المديرية العامة للآثار والمتاحف في زمن المقالات. تختلف المصادر في تسمية منصبه: المدير العام لمديرية الآثار والمتاحف (ذا أطلس تايمز، مارس 2016)، ومدير الآثار أو رئيسها (فرانس برس، 28 مارس 2016)، ومدير مديرية الآثار والمتاحف السورية (لوس أنجلوس تايمز، 27 مارس 2016)، ومدير دائرة الآثار السورية (تايمز أوف إسرائيل، 2 مارس 2017). بعد استعادة المدينة في مارس 2016 قدّم التقييمات الأولى للأضرار، وقال إن ترميم المعالم ممكن خلال خمس سنوات بموافقة اليونسكو (فرانس برس)، وتذكر لوس أنجلوس تايمز أنه ناشد المجتمع الدولي في صحيفة الغارديان المساعدة في إنقاذ تدمر. وفي مارس 2017 أعلن عودة التمثالين النصفيين الجنائزيين اللذين رُمّما في روما (تايمز أوف إسرائيل).",
  },
  {
    id: PER.asaad,
    slug: "khaled-al-asaad",
    nameEn: "Khaled al-Asaad",
    nameAr: "خالد الأسعد",
    altNames: ["Khaled al-Assad", "Khaled Assad", "Khalid al-Asaad"],
    roleEn: "Retired head of antiquities at Palmyra",
    roleAr: "الرئيس السابق لآثار تدمر (متقاعد)",
    organisationId: null,
    bioEn:
      "Archaeologist who for many years was in charge of Palmyra's antiquities. The Times of Israel (2 March 2017) calls him the former head of antiquities at Palmyra and says IS murdered him in 2015 at the age of 82. The Los Angeles Times (27 March 2016) calls him the retired director of Palmyra's antiquities museum and reports that IS beheaded him in August 2015 and then displayed his mutilated body in the town centre. The Times of Israel adds that the restoration of two Palmyra busts in Rome was hailed as a tribute to him.",
    bioAr:
      "عالم آثار تولّى شؤون آثار تدمر سنوات طويلة. تصفه تايمز أوف إسرائيل (2 مارس 2017) بأنه الرئيس السابق لآثار تدمر، وتذكر أن تنظيم الدولة الإسلامية قتله عام 2015 وهو في الثانية والثمانين. أما لوس أنجلوس تايمز (27 مارس 2016) فتصفه بأنه المدير المتقاعد لمتحف آثار تدمر، وتذكر أن التنظيم قطع رأسه في أغسطس 2015 ثم عرض جثته المشوّهة في وسط المدينة. وتضيف تايمز أوف إسرائيل أن ترميم تمثالين نصفيين من تدمر في روما عُدّ تكريماً له.",
  },
  {
    id: PER.iaccarino,
    slug: "antonio-iaccarino",
    nameEn: "Antonio Iaccarino",
    nameAr: "أنطونيو ياكارينو",
    altNames: [],
    roleEn: "Restorer",
    roleAr: "مرمّم",
    organisationId: ORG.romeConservators,
    bioEn:
      "One of the restorers in Rome who worked on the two Palmyra funerary busts. He told AFP (as reported by The Times of Israel, 2 March 2017) that the 3-D printed piece was fixed with strong magnets so that it can be removed, because restoration work must be fully reversible, and presented the work as rebuilding what IS had destroyed.",
    bioAr:
      "أحد المرمّمين في روما الذين عملوا على التمثالين النصفيين الجنائزيين من تدمر. قال لوكالة فرانس برس (بحسب تايمز أوف إسرائيل، 2 مارس 2017) إن القطعة المطبوعة بتقنية ثلاثية الأبعاد ثُبّتت بمغناطيسات قوية كي يمكن نزعها، لأن أعمال الترميم يجب أن تكون قابلة للعكس كلياً، وقدّم العمل على أنه إعادة بناء لما دمّره تنظيم الدولة الإسلامية.",
  },
  {
    id: PER.abdelRahman,
    slug: "rami-abdel-rahman",
    nameEn: "Rami Abdel Rahman",
    nameAr: "رامي عبد الرحمن",
    altNames: [],
    roleEn: "Head of the Syrian Observatory for Human Rights",
    roleAr: "مدير المرصد السوري لحقوق الإنسان",
    organisationId: ORG.sohr,
    bioEn:
      "Quoted by AFP in March 2016 on the army's advance beyond Palmyra, and in March 2017 (The Times of Israel, The New Arab) saying that IS had fully withdrawn from Palmyra but that the army was still clearing neighbourhoods of mines.",
    bioAr:
      "نقلت عنه فرانس برس في مارس 2016 تصريحات عن تقدّم الجيش بعد تدمر، ونقلت عنه تايمز أوف إسرائيل وذا نيو عرب في مارس 2017 قوله إن تنظيم الدولة الإسلامية انسحب كلياً من تدمر، لكن الجيش ما زال يطهّر الأحياء من الألغام.",
  },
];

// ---------------------------------------------------------------------------------------------
// The site and who held it
// ---------------------------------------------------------------------------------------------

const SITE_ID = "site-palmyra";

const SITE: Prisma.SiteCreateManyInput = {
  id: SITE_ID,
  slug: "palmyra",
  nameEn: "Palmyra",
  nameAr: "تدمر",
  altNames: ["Tadmur", "Tadmor", "Pearl of the Desert"],
  countryCode: "SY",
  regionEn: "Homs province",
  regionAr: "محافظة حمص",
  descriptionEn:
    "Ancient caravan city in an oasis of the Syrian desert, in Homs province. Its ruins, with temples, colonnaded streets and richly decorated tombs, were among the best-preserved classical remains in the Middle East. The city grew in importance under Roman rule from the 1st century AD as a stop on the trade routes linking the Roman Empire with Persia, India and China. Between May 2015 and March 2017 the modern town of Tadmur and the ruins beside it changed hands four times between the Syrian government and the Islamic State group, which destroyed and looted many monuments.",
  descriptionAr:
    "مدينة قوافل قديمة في واحة وسط البادية السورية، في محافظة حمص. كانت آثارها، بما فيها من معابد وشوارع معمَّدة ومدافن غنية بالزخارف، من أفضل الآثار الكلاسيكية حفظاً في الشرق الأوسط. ازدادت أهمية المدينة في ظل الحكم الروماني منذ القرن الأول الميلادي، إذ كانت محطة على طرق التجارة التي ربطت الإمبراطورية الرومانية بفارس والهند والصين. وبين مايو 2015 ومارس 2017 تبدّلت السيطرة على مدينة تدمر الحديثة والآثار المجاورة لها أربع مرات بين الحكومة السورية وتنظيم الدولة الإسلامية، الذي دمّر كثيراً من المعالم ونهبها.",
  designationEn:
    "UNESCO World Heritage Site (Site of Palmyra), inscribed in 1980; on the List of World Heritage in Danger since 2013",
  designationAr:
    "موقع تراث عالمي لدى اليونسكو (موقع تدمر)، أُدرج عام 1980، وهو على قائمة التراث العالمي المعرّض للخطر منذ عام 2013",
  unescoInscribedYear: 1980,
  latitude: 34.551,
  longitude: 38.269,
};

const SITE_CITES: Cite[] = [
  {
    source: SRC.toi,
    claimEn:
      "Calls Palmyra an oasis city and UNESCO World Heritage site whose temples, colonnaded streets and decorated tombs were among the best-preserved classical monuments in the Middle East before May 2015.",
    claimAr:
      "تصف تدمر بأنها مدينة واحة وموقع تراث عالمي لدى اليونسكو، كانت معابدها وشوارعها المعمَّدة ومدافنها المزخرفة قبل مايو 2015 من أفضل الآثار الكلاسيكية حفظاً في الشرق الأوسط.",
  },
  {
    source: SRC.laTimes,
    claimEn:
      "Describes Palmyra as a UNESCO World Heritage site and a caravan oasis that grew in importance under Roman rule in the 1st century, on the trade route linking Persia, China and India with the Roman Empire.",
    claimAr:
      "تصف تدمر بأنها موقع تراث عالمي لدى اليونسكو وواحة قوافل ازدادت أهميتها في ظل الحكم الروماني في القرن الأول، على طريق التجارة الذي ربط فارس والصين والهند بالإمبراطورية الرومانية.",
  },
  {
    source: SRC.afp,
    claimEn:
      "Calls Palmyra a UNESCO World Heritage site known as the 'Pearl of the Desert'; some 15,000 of its 70,000 residents stayed under IS rule.",
    claimAr:
      "تصف تدمر بأنها موقع تراث عالمي لدى اليونسكو يُعرف بلقب «لؤلؤة الصحراء»، وتذكر أن نحو 15 ألفاً من سكانها البالغين 70 ألفاً بقوا فيها تحت حكم تنظيم الدولة الإسلامية.",
  },
  {
    source: SRC.atlas,
    claimEn:
      "States that an estimated 150,000 tourists visited the ruins each year before the civil war began in 2011.",
    claimAr: "تذكر أن نحو 150 ألف سائح كانوا يزورون الآثار كل عام قبل اندلاع الحرب الأهلية عام 2011.",
  },
  {
    source: SRC.newArab,
    claimEn:
      "Says the oasis city changed hands several times during the war and became a symbol of IS's destruction of cultural heritage.",
    claimAr:
      "تذكر أن السيطرة على مدينة الواحة تبدّلت مرات عدة خلال الحرب، وأنها صارت رمزاً لتدمير تنظيم الدولة الإسلامية للتراث الثقافي.",
  },
];

type ControlPeriodRow = Prisma.ControlPeriodCreateManyInput & { id: string; cites: Cite[] };

const GOVERNMENT_EN = "Syrian government";
const GOVERNMENT_AR = "الحكومة السورية";
const IS_EN = "Islamic State group";
const IS_AR = "تنظيم الدولة الإسلامية";

const CONTROL_PERIODS: ControlPeriodRow[] = [
  {
    id: "cp-palmyra-gov-until-2015-05",
    siteId: SITE_ID,
    controllerEn: GOVERNMENT_EN,
    controllerAr: GOVERNMENT_AR,
    // The government held Palmyra long before; the timeline starts with the civil war (2011).
    startDate: date("2011-01-01"),
    startPrecision: "YEAR",
    endDate: date("2015-05-01"),
    endPrecision: "MONTH",
    notesEn:
      "The start is set to 2011, the year the civil war began (The Atlas Times), only to open the timeline; the government held the town before that too. All the articles date the IS seizure to May 2015 (the Los Angeles Times says only 'May'); none gives the day.",
    notesAr:
      "جُعلت البداية عام 2011، عام اندلاع الحرب الأهلية (ذا أطلس تايمز)، لفتح الخط الزمني فقط، فالحكومة كانت تسيطر على المدينة قبل ذلك أيضاً. تؤرّخ المقالات كلها سيطرة تنظيم الدولة الإسلامية بمايو 2015 (وتكتفي لوس أنجلوس تايمز بذكر «مايو»)، ولا يذكر أيٌّ منها اليوم.",
    cites: [
      {
        source: SRC.atlas,
        claimEn: "Says the civil war started in 2011 and that the jihadists captured Palmyra in May 2015.",
        claimAr: "تذكر أن الحرب الأهلية اندلعت عام 2011 وأن الجهاديين استولوا على تدمر في مايو 2015.",
      },
      {
        source: SRC.toi,
        claimEn: "Says IS first seized Palmyra in May 2015.",
        claimAr: "تذكر أن تنظيم الدولة الإسلامية استولى على تدمر أول مرة في مايو 2015.",
      },
      {
        source: SRC.afp,
        claimEn: "Says IS overran Palmyra in May 2015.",
        claimAr: "تذكر أن تنظيم الدولة الإسلامية اجتاح تدمر في مايو 2015.",
      },
    ],
  },
  {
    id: "cp-palmyra-is-2015-05-to-2016-03-27",
    siteId: SITE_ID,
    controllerEn: IS_EN,
    controllerAr: IS_AR,
    startDate: date("2015-05-01"),
    startPrecision: "MONTH",
    endDate: date("2016-03-27"),
    endPrecision: "DAY",
    notesEn:
      "AFP and the Los Angeles Times date the recapture to Sunday 27 March 2016, after about ten months of IS rule; The Times of Israel and The New Arab say only March 2016. The Los Angeles Times reports that the May 2015 seizure was a swift strike that trapped many government loyalists in the city.",
    notesAr:
      "تؤرّخ فرانس برس ولوس أنجلوس تايمز استعادة المدينة بيوم الأحد 27 مارس 2016، بعد نحو عشرة أشهر من حكم تنظيم الدولة الإسلامية، في حين تكتفي تايمز أوف إسرائيل وذا نيو عرب بذكر مارس 2016. وتذكر لوس أنجلوس تايمز أن سيطرة مايو 2015 جاءت بهجوم خاطف حاصر كثيراً من الموالين للحكومة داخل المدينة.",
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "Says IS overran Palmyra in May 2015 and that government troops retook it on Sunday morning (27 March 2016) after nearly ten months of IS rule.",
        claimAr:
          "تذكر أن التنظيم اجتاح تدمر في مايو 2015، وأن القوات الحكومية استعادتها صباح الأحد (27 مارس 2016) بعد نحو عشرة أشهر من حكمه.",
      },
      {
        source: SRC.laTimes,
        claimEn:
          "Says government forces drove IS out on Sunday (27 March 2016), ending a ten-month reign that began with the city's fall in May.",
        claimAr:
          "تذكر أن القوات الحكومية طردت التنظيم يوم الأحد (27 مارس 2016)، منهيةً حكماً دام عشرة أشهر بدأ بسقوط المدينة في مايو.",
      },
      {
        source: SRC.atlas,
        claimEn:
          "Says the army recaptured Palmyra from IS, which had held it since May 2015; President Assad spoke of the victory on Sunday.",
        claimAr:
          "تذكر أن الجيش استعاد تدمر من التنظيم الذي سيطر عليها منذ مايو 2015، وأن الرئيس الأسد تحدّث عن هذا النصر يوم الأحد.",
      },
      {
        source: SRC.toi,
        claimEn: "Says IS seized Palmyra in May 2015 and was driven out in March 2016.",
        claimAr: "تذكر أن التنظيم سيطر على تدمر في مايو 2015 وطُرد منها في مارس 2016.",
      },
      {
        source: SRC.newArab,
        claimEn: "Says IS first seized Palmyra in May 2015 and was driven out in March 2016.",
        claimAr: "تذكر أن التنظيم سيطر على تدمر أول مرة في مايو 2015 وطُرد منها في مارس 2016.",
      },
    ],
  },
  {
    id: "cp-palmyra-gov-2016-03-27-to-2016-12",
    siteId: SITE_ID,
    controllerEn: GOVERNMENT_EN,
    controllerAr: GOVERNMENT_AR,
    startDate: date("2016-03-27"),
    startPrecision: "DAY",
    endDate: date("2016-12-01"),
    endPrecision: "MONTH",
    notesEn:
      "Government troops and allied militia, with Russian air and ground support, retook Palmyra on 27 March 2016. The Times of Israel says IS recaptured the city 'last December'; The New Arab dates the loss to December 2016 and says the government, having won a propaganda victory there, quickly abandoned Palmyra to pursue aims elsewhere and was focused on east Aleppo when it fell.",
    notesAr:
      "استعادت القوات الحكومية والميليشيات الحليفة تدمر في 27 مارس 2016 بدعم جوي وبري روسي. وتذكر تايمز أوف إسرائيل أن التنظيم استعاد المدينة «في ديسمبر الماضي»، وتؤرّخ ذا نيو عرب خسارتها بديسمبر 2016، قائلةً إن الحكومة سرعان ما تخلّت عن تدمر بعد نصرها الدعائي فيها سعياً وراء أهداف أخرى، وكانت منشغلة بشرق حلب حين سقطت.",
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "Says government troops and allied militia, backed by Russian air and ground support, overran Palmyra on Sunday morning (27 March 2016).",
        claimAr:
          "تذكر أن القوات الحكومية والميليشيات الحليفة، بدعم جوي وبري روسي، اقتحمت تدمر صباح الأحد (27 مارس 2016).",
      },
      {
        source: SRC.laTimes,
        claimEn: "Says the army had imposed total control over Palmyra on Sunday (27 March 2016), citing SANA.",
        claimAr: "تذكر نقلاً عن وكالة سانا أن الجيش فرض سيطرته الكاملة على تدمر يوم الأحد (27 مارس 2016).",
      },
      {
        source: SRC.toi,
        claimEn:
          "Says IS recaptured Palmyra 'last December' (December 2016) after government forces had briefly retaken it.",
        claimAr: "تذكر أن التنظيم استعاد تدمر «في ديسمبر الماضي» (2016) بعد أن استعادتها القوات الحكومية لفترة قصيرة.",
      },
      {
        source: SRC.newArab,
        claimEn:
          "Says Palmyra fell to IS again in December 2016 while the government was focused on seizing east Aleppo.",
        claimAr: "تذكر أن تدمر سقطت مجدداً بيد التنظيم في ديسمبر 2016 بينما كانت الحكومة منشغلة بالسيطرة على شرق حلب.",
      },
    ],
  },
  {
    id: "cp-palmyra-is-2016-12-to-2017-03-02",
    siteId: SITE_ID,
    controllerEn: IS_EN,
    controllerAr: IS_AR,
    startDate: date("2016-12-01"),
    startPrecision: "MONTH",
    endDate: date("2017-03-02"),
    endPrecision: "DAY",
    notesEn:
      "The Kremlin announced on Thursday 2 March 2017 that the recapture was complete. The same day the Syrian Observatory for Human Rights said IS had fully withdrawn but that the army had not yet spread through the whole city and was still clearing mines.",
    notesAr:
      "أعلن الكرملين يوم الخميس 2 مارس 2017 اكتمال استعادة المدينة. وفي اليوم نفسه قال المرصد السوري لحقوق الإنسان إن التنظيم انسحب كلياً، لكن الجيش لم ينتشر بعد في المدينة كلها وما زال يطهّرها من الألغام.",
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Says IS retook Palmyra in December 2016 and that the Kremlin announced its recapture by the Syrian army on Thursday (2 March 2017).",
        claimAr:
          "تذكر أن التنظيم استعاد تدمر في ديسمبر 2016، وأن الكرملين أعلن يوم الخميس (2 مارس 2017) استعادة الجيش السوري لها.",
      },
      {
        source: SRC.newArab,
        claimEn:
          "Says IS took Palmyra again in December 2016 and that the army completed its recapture on Thursday (2 March 2017).",
        claimAr:
          "تذكر أن التنظيم سيطر على تدمر مجدداً في ديسمبر 2016، وأن الجيش أتمّ استعادتها يوم الخميس (2 مارس 2017).",
      },
    ],
  },
  {
    id: "cp-palmyra-gov-from-2017-03-02",
    siteId: SITE_ID,
    controllerEn: GOVERNMENT_EN,
    controllerAr: GOVERNMENT_AR,
    startDate: date("2017-03-02"),
    startPrecision: "DAY",
    endDate: null,
    endPrecision: null,
    notesEn:
      "Syrian troops backed by Russian jets and ground forces completed the recapture on 2 March 2017, according to the Kremlin and the Syrian army. No later change is recorded in the sources.",
    notesAr:
      "أتمّت القوات السورية، بدعم من الطائرات الحربية والقوات البرية الروسية، استعادة المدينة في 2 مارس 2017 بحسب الكرملين والجيش السوري. ولا تذكر المصادر أي تغيّر لاحق.",
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Reports the Kremlin's statement that the Syrian army, aided by Russian jets, completed the recapture of Palmyra on Thursday (2 March 2017).",
        claimAr:
          "تنقل بيان الكرملين بأن الجيش السوري، بمساعدة الطائرات الروسية، أتمّ استعادة تدمر يوم الخميس (2 مارس 2017).",
      },
      {
        source: SRC.newArab,
        claimEn:
          "Reports an army statement carried by SANA that its forces had regained control of Palmyra and the surrounding area on Thursday (2 March 2017).",
        claimAr:
          "تنقل بياناً للجيش بثّته وكالة سانا يفيد بأن قواته استعادت السيطرة على تدمر ومحيطها يوم الخميس (2 مارس 2017).",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Monuments and objects
// ---------------------------------------------------------------------------------------------

const MON = {
  ancientCity: "mon-palmyra-ancient-city",
  bel: "mon-temple-of-bel",
  belCella: "mon-temple-of-bel-cella",
  baalshamin: "mon-temple-of-baalshamin",
  arch: "mon-arch-of-triumph",
  colonnade: "mon-great-colonnade",
  theatre: "mon-roman-theatre",
  valley: "mon-valley-of-the-tombs",
  towerTombs: "mon-tower-tombs",
  museum: "mon-palmyra-museum",
  collection: "mon-palmyra-museum-collection",
  bustWoman: "mon-funerary-bust-of-a-woman",
  bustMan: "mon-funerary-bust-of-a-man",
  lion: "mon-lion-of-al-lat",
  citadel: "mon-fakhr-al-din-al-maani-castle",
  shrines: "mon-islamic-shrines",
} as const;
type MonumentId = (typeof MON)[keyof typeof MON];

type MonumentRow = Prisma.MonumentCreateManyInput & {
  id: MonumentId;
  parentId: MonumentId | null;
  kindCode: MonumentKindCode;
  cites: Cite[];
};

// Approximate positions (WGS84) from published maps of the ancient city.
const MUSEUM_LAT = 34.5603;
const MUSEUM_LON = 38.2728;
const BUSTS_LOCATION_EN =
  "Syria: shown at the National Museum of Damascus on 1 March 2017, then taken to an undisclosed location (AFP, via The Times of Israel)";
const BUSTS_LOCATION_AR =
  "سوريا: عُرض في المتحف الوطني بدمشق في 1 مارس 2017، ثم نُقل إلى مكان لم يُكشف عنه (فرانس برس، عبر تايمز أوف إسرائيل)";

const MONUMENTS: MonumentRow[] = [
  {
    id: MON.ancientCity,
    slug: "palmyra-ancient-city",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "archaeological_area",
    nameEn: "Ancient city of Palmyra (archaeological area)",
    nameAr: "مدينة تدمر الأثرية",
    altNames: ["Palmyra ruins", "ancient city", "آثار تدمر"],
    periodEn: "Mainly 1st–3rd century AD",
    periodAr: "من القرن الأول إلى القرن الثالث الميلادي في الغالب",
    summaryEn:
      "The ruins of ancient Palmyra as a whole, at the south-western edge of the modern town's residential districts.",
    summaryAr: "آثار تدمر القديمة بمجملها، عند الطرف الجنوبي الغربي للأحياء السكنية في المدينة الحديثة.",
    descriptionEn:
      "This record stands for the archaeological area as a whole. It carries the reports that concern the ruins in general rather than a named monument: mines and explosive devices, graffiti, looting, statues that the sources do not identify, demolitions seen in satellite imagery without names, and overall assessments. Before May 2015 the site's temples, colonnaded streets and decorated tombs were among the best-preserved classical monuments in the Middle East. The residential town of Tadmur, which also saw heavy fighting, is not part of this record.",
    descriptionAr:
      "يمثّل هذا السجل المنطقة الأثرية بمجملها، وتُربط به التقارير التي تخص الآثار عموماً لا معلماً بعينه: الألغام والعبوات الناسفة، والكتابات على الحجارة، والنهب، وتماثيل لا تحدّدها المصادر، وعمليات هدم رصدتها صور الأقمار الصناعية دون تسمية المعالم، والتقييمات العامة. قبل مايو 2015 كانت معابد الموقع وشوارعه المعمَّدة ومدافنه المزخرفة من أفضل الآثار الكلاسيكية حفظاً في الشرق الأوسط. ولا يشمل هذا السجل مدينة تدمر السكنية، التي شهدت هي أيضاً معارك عنيفة.",
    latitude: 34.551,
    longitude: 38.269,
    locationPrecision: "SITE",
    isSensitive: false,
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "Places the ruins at the south-western entrance of the city's residential neighbourhoods.",
        claimAr: "تحدّد موقع الآثار عند المدخل الجنوبي الغربي للأحياء السكنية في المدينة.",
      },
      {
        source: SRC.toi,
        claimEn:
          "Says that before May 2015 the ruins boasted temples, colonnaded streets and elaborately decorated tombs, among the best-preserved classical monuments in the Middle East.",
        claimAr:
          "تذكر أن الآثار كانت تضم قبل مايو 2015 معابد وشوارع معمَّدة ومدافن غنية بالزخارف، من أفضل الآثار الكلاسيكية حفظاً في الشرق الأوسط.",
      },
      {
        source: SRC.afp,
        claimEn:
          "Says the residential area saw heavy fighting and most apartment blocks were marked by it, some completely collapsed — damage outside the archaeological area.",
        claimAr:
          "تذكر أن المنطقة السكنية شهدت معارك عنيفة وأن معظم الأبنية السكنية تحمل آثارها وانهار بعضها كلياً، وهي أضرار خارج المنطقة الأثرية.",
      },
    ],
  },
  {
    id: MON.bel,
    slug: "temple-of-bel",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "temple",
    nameEn: "Temple of Bel",
    nameAr: "معبد بل",
    altNames: ["Temple of Baal", "Sanctuary of Bel", "Bel Temple", "معبد بعل"],
    periodEn: "1st century AD (dedicated AD 32)",
    periodAr: "القرن الأول الميلادي (كُرّس عام 32 م)",
    builtFromYear: 32,
    builtToYear: 32,
    summaryEn:
      "Palmyra's great temple of the god Bel, dedicated in AD 32; destroyed by the Islamic State group and seen in pieces in March 2016.",
    summaryAr: "معبد تدمر الكبير للإله بل، كُرّس عام 32 م؛ دمّره تنظيم الدولة الإسلامية وشوهد حطاماً في مارس 2016.",
    descriptionEn:
      "The temple stood in a large walled court near the eastern end of the colonnaded street and was the chief religious building of ancient Palmyra. The Atlas Times reports that IS destroyed the 2,000-year-old temple while it held the city, and an AFP correspondent saw it in pieces on 27 March 2016, the day government forces returned. Days later the antiquities directorate said it meant to restore it, with UNESCO's approval, within five years.",
    descriptionAr:
      "كان المعبد قائماً في ساحة واسعة مسوّرة قرب الطرف الشرقي للشارع المعمَّد، وكان أهم مبنى ديني في تدمر القديمة. تذكر ذا أطلس تايمز أن تنظيم الدولة الإسلامية دمّر هذا المعبد الذي يبلغ عمره ألفي عام خلال سيطرته على المدينة، وقد شاهده مراسل فرانس برس حطاماً في 27 مارس 2016، يوم عودة القوات الحكومية. وبعد ذلك بيوم أعلنت مديرية الآثار عزمها على ترميمه، بموافقة اليونسكو، في غضون خمس سنوات.",
    latitude: 34.5472,
    longitude: 38.2739,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.atlas,
        claimEn: "Calls the Temple of Bel 2,000 years old and says IS destroyed it during its control of Palmyra.",
        claimAr: "تصف معبد بل بأن عمره ألفا عام، وتذكر أن التنظيم دمّره خلال سيطرته على تدمر.",
      },
      {
        source: SRC.afp,
        claimEn:
          "Its correspondent saw the Temple of Bel in pieces on 27 March 2016; the antiquities chief planned to restore it.",
        claimAr: "شاهد مراسلها معبد بل حطاماً في 27 مارس 2016، وأعلن رئيس الآثار خطة لترميمه.",
      },
    ],
  },
  {
    id: MON.belCella,
    slug: "temple-of-bel-cella",
    siteId: SITE_ID,
    parentId: MON.bel,
    kindCode: "cella",
    nameEn: "Cella of the Temple of Bel",
    nameAr: "قُدس معبد بل (السيلا)",
    altNames: ["Bel cella", "naos of the Temple of Bel"],
    periodEn: "1st century AD (dedicated AD 32)",
    periodAr: "القرن الأول الميلادي (كُرّس عام 32 م)",
    builtFromYear: 32,
    builtToYear: 32,
    summaryEn: "The temple building proper, which stood in the middle of the Temple of Bel's court.",
    summaryAr: "مبنى المعبد نفسه، الذي كان قائماً وسط ساحة معبد بل.",
    descriptionEn:
      "The articles report the destruction of the Temple of Bel without describing its parts. No report is attached to the cella alone, so its own condition is recorded as unknown; the reports on the temple apply to it.",
    descriptionAr:
      "تذكر المقالات تدمير معبد بل دون أن تصف أجزاءه، ولذلك لم يُربط أي تقرير بقُدس المعبد وحده، فحالته مسجّلة على أنها غير معروفة، والتقارير الخاصة بالمعبد تنطبق عليه.",
    latitude: 34.5472,
    longitude: 38.2739,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.atlas,
        claimEn: "Reports the destruction of the Temple of Bel as a whole; the cella is not mentioned separately.",
        claimAr: "تذكر تدمير معبد بل بمجمله، ولا تذكر قُدس المعبد على حدة.",
      },
    ],
  },
  {
    id: MON.baalshamin,
    slug: "temple-of-baalshamin",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "temple",
    nameEn: "Temple of Baalshamin",
    nameAr: "معبد بعل شمين",
    altNames: ["Baal Shamin", "Baalshamin", "Baal-Shamin", "Bel-Shamin", "Temple of Baal Shamin", "معبد بعلشمين"],
    periodEn: "2nd century AD (cella dedicated AD 131)",
    periodAr: "القرن الثاني الميلادي (كُرّس قُدس المعبد عام 131 م)",
    builtFromYear: 131,
    builtToYear: 131,
    summaryEn:
      "Temple of the sky god Baalshamin north of the colonnaded street; listed by the Los Angeles Times among the monuments IS blew up.",
    summaryAr:
      "معبد إله السماء بعل شمين شمال الشارع المعمَّد؛ تعدّه لوس أنجلوس تايمز بين المعالم التي فجّرها تنظيم الدولة الإسلامية.",
    descriptionEn:
      "A small temple whose cella was dedicated in AD 131 and was among the best preserved in Palmyra. The Los Angeles Times (27 March 2016) lists it among the known losses of the ten-month IS occupation, all of them said to have been blown up. None of the other four articles names this temple.",
    descriptionAr:
      "معبد صغير كُرّس قُدسه عام 131 م، وكان من أفضل مباني تدمر حفظاً. تعدّه لوس أنجلوس تايمز (27 مارس 2016) بين الخسائر المعروفة خلال احتلال التنظيم الذي دام عشرة أشهر، وتذكر أنها فُجّرت جميعاً. ولا تذكر المقالات الأربع الأخرى هذا المعبد بالاسم.",
    latitude: 34.5558,
    longitude: 38.2668,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "Lists the Temple of Baalshamin among the known losses blown up by IS.",
        claimAr: "تعدّ معبد بعل شمين بين الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: MON.arch,
    slug: "arch-of-triumph",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "arch",
    nameEn: "Arch of Triumph",
    nameAr: "قوس النصر",
    altNames: ["Monumental Arch", "Triumphal Arch", "Palmyra Arch", "القوس الضخم", "القوس الأثري"],
    periodEn: "Late 2nd – early 3rd century AD (reign of Septimius Severus)",
    periodAr: "أواخر القرن الثاني وأوائل القرن الثالث الميلادي (عهد سبتيموس سيفيروس)",
    builtFromYear: 193,
    builtToYear: 211,
    summaryEn:
      "Monumental arch at the eastern end of the colonnaded street; destroyed by IS and seen in pieces in March 2016.",
    summaryAr: "قوس تذكاري عند الطرف الشرقي للشارع المعمَّد؛ دمّره تنظيم الدولة الإسلامية وشوهد حطاماً في مارس 2016.",
    descriptionEn:
      "The arch joined two stretches of the colonnaded street where the street changes direction, and was one of the best-known images of Palmyra. Three of the articles report its destruction: the Los Angeles Times says it was blown up, The Atlas Times names it among the buildings IS destroyed, and an AFP correspondent saw it in pieces on 27 March 2016.",
    descriptionAr:
      "كان القوس يصل بين قسمين من الشارع المعمَّد عند منعطفه، وكان من أشهر صور تدمر. تذكر ثلاث من المقالات تدميره: تقول لوس أنجلوس تايمز إنه فُجّر، وتعدّه ذا أطلس تايمز بين المباني التي دمّرها التنظيم، وقد شاهده مراسل فرانس برس حطاماً في 27 مارس 2016.",
    latitude: 34.5512,
    longitude: 38.2713,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.afp,
        claimEn: "Its correspondent saw the Arch of Triumph in pieces on 27 March 2016.",
        claimAr: "شاهد مراسلها قوس النصر حطاماً في 27 مارس 2016.",
      },
      {
        source: SRC.atlas,
        claimEn: "Names the Arch of Triumph among the ancient buildings IS destroyed.",
        claimAr: "تعدّ قوس النصر بين المباني الأثرية التي دمّرها التنظيم.",
      },
      {
        source: SRC.laTimes,
        claimEn: "Lists the city's 'magnificent' Arch of Triumph among the known losses blown up by IS.",
        claimAr: "تعدّ قوس النصر «الرائع» بين الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: MON.colonnade,
    slug: "great-colonnade",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "colonnade",
    nameEn: "Great Colonnade",
    nameAr: "الشارع المعمَّد الكبير",
    altNames: ["Colonnaded Street", "Grand Colonnade", "Decumanus", "الشارع الطويل", "الشارع المستقيم"],
    periodEn: "2nd–3rd century AD",
    periodAr: "القرنان الثاني والثالث الميلاديان",
    summaryEn:
      "The main colonnaded street, about a kilometre long, that crosses the ancient city from the Temple of Bel westwards.",
    summaryAr: "الشارع الرئيسي المعمَّد، بطول نحو كيلومتر، يعبر المدينة القديمة من معبد بل نحو الغرب.",
    descriptionEn:
      "Lined with columns that carried brackets for statues of benefactors, the street was the spine of the Roman city and linked the Arch of Triumph, the theatre and the civic centre. The 2017 reports describe pre-war Palmyra as a city of temples and colonnaded streets; none of the five articles reports specific damage to the colonnade, so its condition is recorded as unknown.",
    descriptionAr:
      "كان الشارع، المحفوف بأعمدة تحمل قواعد لتماثيل المحسنين، العمود الفقري للمدينة الرومانية، يربط قوس النصر بالمسرح والمركز المدني. تصف تقارير عام 2017 تدمر قبل الحرب بأنها مدينة معابد وشوارع معمَّدة، ولا يذكر أيٌّ من المقالات الخمسة ضرراً محدّداً لحق بالشارع، فحالته مسجّلة على أنها غير معروفة.",
    latitude: 34.5518,
    longitude: 38.268,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Says that before IS arrived Palmyra boasted colonnaded streets among its best-preserved monuments; no damage to them is reported.",
        claimAr: "تذكر أن تدمر كانت تضم قبل وصول التنظيم شوارع معمَّدة من أفضل معالمها حفظاً، ولا تذكر ضرراً لحق بها.",
      },
      {
        source: SRC.newArab,
        claimEn:
          "Mentions Palmyra's colonnaded streets among the monuments it boasted before IS; no damage to them is reported.",
        claimAr: "تذكر الشوارع المعمَّدة بين المعالم التي كانت تدمر تضمها قبل التنظيم، ولا تذكر ضرراً لحق بها.",
      },
    ],
  },
  {
    id: MON.theatre,
    slug: "palmyra-roman-theatre",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "theatre",
    nameEn: "Roman theatre of Palmyra",
    nameAr: "المسرح الروماني في تدمر",
    altNames: ["Palmyra theatre", "Roman theater", "Palmyra amphitheatre", "المسرح الأثري", "المدرّج الروماني"],
    periodEn: "2nd century AD",
    periodAr: "القرن الثاني الميلادي",
    summaryEn: "The theatre beside the colonnaded street, where IS staged public executions in 2015.",
    summaryAr: "المسرح المجاور للشارع المعمَّد، حيث نفّذ تنظيم الدولة الإسلامية إعدامات علنية عام 2015.",
    descriptionEn:
      "A Roman theatre set back from the middle stretch of the colonnaded street. AFP says IS used it (AFP calls it an amphitheatre) for public executions; the Los Angeles Times says government loyalists trapped in the city when it fell in May 2015 were killed in a staged mass execution on its stage. Neither article reports physical damage to the building. The Times of Israel reports further demolitions after December 2016 without naming the monuments concerned.",
    descriptionAr:
      "مسرح روماني يقع خلف القسم الأوسط من الشارع المعمَّد. تذكر فرانس برس أن التنظيم استخدمه (وتسمّيه مدرّجاً) لتنفيذ إعدامات علنية، وتذكر لوس أنجلوس تايمز أن موالين للحكومة حوصروا في المدينة عند سقوطها في مايو 2015 قُتلوا في إعدام جماعي استعراضي على خشبته. ولا يذكر أيٌّ من المقالين ضرراً مادياً لحق بالمبنى. وتذكر تايمز أوف إسرائيل عمليات هدم أخرى بعد ديسمبر 2016 دون أن تسمّي المعالم المعنية.",
    latitude: 34.5504,
    longitude: 38.2682,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.afp,
        claimEn: "Says IS used Palmyra's ancient 'amphitheatre' for public executions.",
        claimAr: "تذكر أن التنظيم استخدم «المدرّج» الأثري في تدمر لتنفيذ إعدامات علنية.",
      },
      {
        source: SRC.laTimes,
        claimEn:
          "Says loyalists trapped in the city were killed in a staged mass execution on the stage of the ancient Roman theatre.",
        claimAr: "تذكر أن موالين حوصروا في المدينة قُتلوا في إعدام جماعي استعراضي على خشبة المسرح الروماني الأثري.",
      },
    ],
  },
  {
    id: MON.valley,
    slug: "valley-of-the-tombs",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "necropolis",
    nameEn: "Valley of the Tombs",
    nameAr: "وادي القبور",
    altNames: ["Valley of Tombs", "Palmyra necropolis", "وادي المدافن"],
    periodEn: "1st century BC – 3rd century AD",
    periodAr: "من القرن الأول قبل الميلاد إلى القرن الثالث الميلادي",
    summaryEn:
      "Burial valley south-west of the ancient city with Palmyra's tower tombs and other family tombs; looting-prone, so its precise position is restricted.",
    summaryAr:
      "وادٍ للدفن جنوب غربي المدينة القديمة يضم المدافن البرجية ومدافن عائلية أخرى؛ معرّض للنهب، ولذلك يُقيَّد عرض موقعه الدقيق.",
    descriptionEn:
      "The valley outside the ancient walls where wealthy Palmyrene families built multi-storey tower tombs and other tombs, many decorated with carved funerary portraits. The 2017 reports count Palmyra's elaborately decorated tombs among its best-preserved monuments before IS. AFP and the Los Angeles Times report that IS blew up tower tombs, dozens of them according to the Los Angeles Times; the reports are attached to the tower tombs group.",
    descriptionAr:
      "الوادي الواقع خارج الأسوار القديمة، حيث شيّدت العائلات التدمرية الثرية مدافن برجية متعددة الطبقات ومدافن أخرى، زُيّن كثير منها بصور جنائزية منحوتة. تعدّ تقارير عام 2017 مدافن تدمر الغنية بالزخارف من أفضل معالمها حفظاً قبل مجيء التنظيم. وتذكر فرانس برس ولوس أنجلوس تايمز أن التنظيم فجّر مدافن برجية، عشرات منها بحسب لوس أنجلوس تايمز؛ وقد رُبطت التقارير بسجل مجموعة المدافن البرجية.",
    latitude: 34.5455,
    longitude: 38.2565,
    locationPrecision: "APPROXIMATE",
    isSensitive: true,
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Counts Palmyra's elaborately decorated tombs among the best-preserved classical monuments in the Middle East before IS arrived.",
        claimAr: "تعدّ مدافن تدمر الغنية بالزخارف من أفضل الآثار الكلاسيكية حفظاً في الشرق الأوسط قبل مجيء التنظيم.",
      },
    ],
  },
  {
    id: MON.towerTombs,
    slug: "palmyra-tower-tombs",
    siteId: SITE_ID,
    parentId: MON.valley,
    kindCode: "tower_tomb",
    nameEn: "Tower tombs of Palmyra",
    nameAr: "المدافن البرجية في تدمر",
    altNames: ["funerary towers", "funeral towers", "tower tombs", "الأبراج الجنائزية"],
    periodEn: "Late 1st century BC – early 2nd century AD",
    periodAr: "من أواخر القرن الأول قبل الميلاد إلى أوائل القرن الثاني الميلادي",
    summaryEn: "Palmyra's multi-storey family burial towers, recorded as one group; dozens were blown up by IS.",
    summaryAr: "الأبراج الجنائزية العائلية متعددة الطبقات في تدمر، مسجّلة مجموعةً واحدة؛ فجّر التنظيم عشرات منها.",
    descriptionEn:
      "Recorded as a single group because the sources give a number ('dozens') but do not name the tombs destroyed. Tower tombs held rows of burial niches over several floors; most stand in the Valley of the Tombs.",
    descriptionAr:
      "سُجّلت مجموعةً واحدة لأن المصادر تذكر عدداً («العشرات») دون أن تسمّي المدافن المدمّرة. كانت المدافن البرجية تضم صفوفاً من كوى الدفن على عدة طبقات، ويقع معظمها في وادي القبور.",
    latitude: 34.5455,
    longitude: 38.2565,
    locationPrecision: "APPROXIMATE",
    isSensitive: true,
    cites: [
      {
        source: SRC.afp,
        claimEn: "Says IS blew up temples and tower tombs.",
        claimAr: "تذكر أن التنظيم فجّر معابد ومدافن برجية.",
      },
      {
        source: SRC.laTimes,
        claimEn: "Lists dozens of funeral towers among the known losses blown up by IS.",
        claimAr: "تعدّ عشرات الأبراج الجنائزية بين الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: MON.museum,
    slug: "palmyra-museum",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "museum",
    nameEn: "Palmyra Museum",
    nameAr: "متحف تدمر",
    altNames: ["Palmyra Archaeological Museum", "Tadmur Museum", "Palmyra antiquities museum", "متحف تدمر الوطني"],
    periodEn: "20th century (opened 1961)",
    periodAr: "القرن العشرون (افتُتح عام 1961)",
    builtFromYear: 1961,
    builtToYear: 1961,
    summaryEn: "The archaeological museum at the edge of the modern town; IS turned it into a court and a prison.",
    summaryAr: "المتحف الأثري عند طرف المدينة الحديثة؛ حوّله تنظيم الدولة الإسلامية إلى محكمة وسجن.",
    descriptionEn:
      "The museum displayed finds from the excavations at Palmyra, among them sculpture and funerary portraits. According to antiquities director Maamoun Abdelkarim, quoted by the Los Angeles Times, IS converted it into a court and a dungeon. The Lion of Al-Lat stood outside it. Its collection and stores are a separate record.",
    descriptionAr:
      "كان المتحف يعرض لقى التنقيبات في تدمر، ومنها منحوتات وصور جنائزية. وبحسب مدير الآثار مأمون عبد الكريم، في تصريح نقلته لوس أنجلوس تايمز، حوّله تنظيم الدولة الإسلامية إلى محكمة وسجن. وكان أسد اللات منتصباً أمامه. أما مجموعته ومستودعاته فلها سجل مستقل.",
    latitude: MUSEUM_LAT,
    longitude: MUSEUM_LON,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "Reports, citing Maamoun Abdelkarim, that IS converted the Palmyra museum into a court and a dungeon.",
        claimAr: "تذكر، نقلاً عن مأمون عبد الكريم، أن التنظيم حوّل متحف تدمر إلى محكمة وسجن.",
      },
      {
        source: SRC.afp,
        claimEn: "Places the Lion of Al-Lat outside the city's museum.",
        claimAr: "تذكر أن أسد اللات كان أمام متحف المدينة.",
      },
    ],
  },
  {
    id: MON.collection,
    slug: "palmyra-museum-collection",
    siteId: SITE_ID,
    parentId: MON.museum,
    kindCode: "collection",
    nameEn: "Palmyra Museum collection and stores",
    nameAr: "مجموعة متحف تدمر ومستودعاته",
    altNames: ["Palmyra Museum stores", "artifacts rescued from Palmyra"],
    periodEn: "Objects of many periods, mainly 1st–3rd century AD",
    periodAr: "قطع من عصور مختلفة، معظمها من القرن الأول إلى القرن الثالث الميلادي",
    summaryEn:
      "The museum's movable objects and storerooms; some 400 artifacts were reported rescued by March 2017. Looting-prone, so the position of the stores is restricted.",
    summaryAr:
      "مقتنيات المتحف المنقولة ومستودعاته؛ أُفيد بإنقاذ نحو 400 قطعة أثرية حتى مارس 2017. معرّضة للنهب، ولذلك يُقيَّد عرض موقع المستودعات.",
    descriptionEn:
      "The Times of Israel (with AFP) reports that by March 2017 some 400 artifacts had been rescued from Palmyra, and that the two funerary busts restored in Rome were added to them; the articles do not list the other objects or say where they are kept. AFP's first assessment in March 2016 found looting less widespread than feared, whereas The New Arab wrote in March 2017 that much of Palmyra's heritage had been looted for the black market; both claims are kept as damage reports on the ancient city.",
    descriptionAr:
      "تذكر تايمز أوف إسرائيل (نقلاً عن فرانس برس) أن نحو 400 قطعة أثرية أُنقذت من تدمر حتى مارس 2017، وأن التمثالين النصفيين الجنائزيين اللذين رُمّما في روما أُضيفا إليها، ولا تذكر المقالات القطع الأخرى ولا مكان حفظها. وقد وجد التقييم الأول الذي نقلته فرانس برس في مارس 2016 أن النهب أقل انتشاراً مما كان يُخشى، في حين كتبت ذا نيو عرب في مارس 2017 أن جزءاً كبيراً من تراث تدمر نُهب ليُباع في السوق السوداء؛ وقد سُجّلت الروايتان تقريرَي ضرر على سجل المدينة الأثرية.",
    latitude: MUSEUM_LAT,
    longitude: MUSEUM_LON,
    locationPrecision: "APPROXIMATE",
    isSensitive: true,
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Quotes the antiquities director: the two restored busts were added to the 400 artifacts rescued from Palmyra.",
        claimAr: "تنقل عن مدير الآثار أن التمثالين المرمَّمين أُضيفا إلى 400 قطعة أثرية أُنقذت من تدمر.",
      },
    ],
  },
  {
    id: MON.bustWoman,
    slug: "palmyra-funerary-bust-of-a-woman",
    siteId: SITE_ID,
    parentId: MON.collection,
    kindCode: "funerary_bust",
    nameEn: "Funerary bust of a woman",
    nameAr: "تمثال نصفي جنائزي لامرأة",
    altNames: ["Palmyra bust of a woman", "female funerary bust restored in Rome"],
    periodEn: "2nd or 3rd century AD",
    periodAr: "القرن الثاني أو الثالث الميلادي",
    builtFromYear: 101,
    builtToYear: 300,
    summaryEn:
      "One of two rare funerary busts from Palmyra, disfigured by apparent hammer blows, restored in Rome and returned to Syria on 28 February 2017.",
    summaryAr:
      "أحد تمثالين نصفيين جنائزيين نادرين من تدمر، شُوّه بما بدا أنه ضربات مطرقة، ورُمّم في روما وأُعيد إلى سوريا في 28 فبراير 2017.",
    descriptionEn:
      "Palmyrene funerary busts portrayed the dead and closed their burial niches. This bust and its companion, a bust of a man, were recovered from Palmyra by Syrian troops badly damaged, apparently by hammer blows, and restored by conservators in Rome with 3-D printed replacement parts held by magnets. They returned to Syria on Tuesday 28 February 2017 and were shown at the National Museum in Damascus on 1 March 2017. The source does not say which of the two had lost the upper part of its face. They may be the only objects to have left the site without being stolen.",
    descriptionAr:
      "كانت التماثيل النصفية الجنائزية التدمرية تصوّر الموتى وتُغلق بها كوى دفنهم. استعاد الجنود السوريون هذا التمثال ورفيقه، وهو تمثال نصفي لرجل، من تدمر وهما متضرّران كثيراً، على ما يبدو بضربات مطرقة، ثم رمّمهما مختصون في روما بأجزاء بديلة مطبوعة بتقنية ثلاثية الأبعاد ومثبّتة بمغناطيسات. عادا إلى سوريا يوم الثلاثاء 28 فبراير 2017 وعُرضا في المتحف الوطني بدمشق في 1 مارس 2017. ولا يذكر المصدر أيّ التمثالين فقد الجزء العلوي من وجهه. وربما كانا القطعتين الوحيدتين اللتين غادرتا الموقع دون أن تُسرقا.",
    currentLocationEn: BUSTS_LOCATION_EN,
    currentLocationAr: BUSTS_LOCATION_AR,
    latitude: null,
    longitude: null,
    locationPrecision: "SITE",
    isSensitive: false,
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Describes two rare 2nd- or 3rd-century funerary busts, one of a woman and one of a man, damaged by apparent hammer blows, restored in Rome and returned to Syria.",
        claimAr:
          "تصف تمثالين نصفيين جنائزيين نادرين من القرن الثاني أو الثالث الميلادي، أحدهما لامرأة والآخر لرجل، تضرّرا بما بدا أنه ضربات مطرقة، ورُمّما في روما وأُعيدا إلى سوريا.",
      },
    ],
  },
  {
    id: MON.bustMan,
    slug: "palmyra-funerary-bust-of-a-man",
    siteId: SITE_ID,
    parentId: MON.collection,
    kindCode: "funerary_bust",
    nameEn: "Funerary bust of a man",
    nameAr: "تمثال نصفي جنائزي لرجل",
    altNames: ["Palmyra bust of a man", "male funerary bust restored in Rome"],
    periodEn: "2nd or 3rd century AD",
    periodAr: "القرن الثاني أو الثالث الميلادي",
    builtFromYear: 101,
    builtToYear: 300,
    summaryEn:
      "One of two rare funerary busts from Palmyra, disfigured by apparent hammer blows, restored in Rome and returned to Syria on 28 February 2017.",
    summaryAr:
      "أحد تمثالين نصفيين جنائزيين نادرين من تدمر، شُوّه بما بدا أنه ضربات مطرقة، ورُمّم في روما وأُعيد إلى سوريا في 28 فبراير 2017.",
    descriptionEn:
      "The companion of the bust of a woman: recovered from Palmyra by Syrian troops badly damaged, apparently by hammer blows, restored by conservators in Rome with 3-D printed replacement parts held by magnets, returned to Syria on Tuesday 28 February 2017 and shown at the National Museum in Damascus on 1 March 2017. The source does not say which of the two had lost the upper part of its face.",
    descriptionAr:
      "رفيق التمثال النصفي للمرأة: استعاده الجنود السوريون من تدمر متضرّراً كثيراً، على ما يبدو بضربات مطرقة، ورمّمه مختصون في روما بأجزاء بديلة مطبوعة بتقنية ثلاثية الأبعاد ومثبّتة بمغناطيسات، ثم عاد إلى سوريا يوم الثلاثاء 28 فبراير 2017 وعُرض في المتحف الوطني بدمشق في 1 مارس 2017. ولا يذكر المصدر أيّ التمثالين فقد الجزء العلوي من وجهه.",
    currentLocationEn: BUSTS_LOCATION_EN,
    currentLocationAr: BUSTS_LOCATION_AR,
    latitude: null,
    longitude: null,
    locationPrecision: "SITE",
    isSensitive: false,
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Describes two rare 2nd- or 3rd-century funerary busts, one of a woman and one of a man, damaged by apparent hammer blows, restored in Rome and returned to Syria.",
        claimAr:
          "تصف تمثالين نصفيين جنائزيين نادرين من القرن الثاني أو الثالث الميلادي، أحدهما لامرأة والآخر لرجل، تضرّرا بما بدا أنه ضربات مطرقة، ورُمّما في روما وأُعيدا إلى سوريا.",
      },
    ],
  },
  {
    id: MON.lion,
    slug: "lion-of-al-lat",
    siteId: SITE_ID,
    parentId: MON.museum,
    kindCode: "statue",
    nameEn: "Lion of Al-Lat",
    nameAr: "أسد اللات",
    altNames: ["Lion of Allat", "Lion of al-Lat", "Al-Lat lion", "أسد اللات في تدمر"],
    periodEn: "Roman period (the Los Angeles Times calls it a 2nd-century statue)",
    periodAr: "العصر الروماني (تصفه لوس أنجلوس تايمز بأنه تمثال من القرن الثاني)",
    summaryEn:
      "Colossal stone lion from the sanctuary of the goddess Al-Lat that stood outside the Palmyra Museum; damaged by IS in 2015. Accounts differ on whether it was destroyed or can be repaired.",
    summaryAr:
      "أسد حجري ضخم من حرم الإلهة اللات كان منتصباً أمام متحف تدمر؛ ألحق به التنظيم الضرر عام 2015. وتختلف الروايات في كونه دُمّر أم يمكن إصلاحه.",
    descriptionEn:
      "The Los Angeles Times (27 March 2016) lists the Lion of al-Lat, which it dates to the 2nd century, among the treasures IS blew up. The next day AFP quoted antiquities director Maamoun Abdulkarim as saying that the lion, shattered by IS in 2015 outside the museum, could be put back together. Both claims are kept as separate damage reports.",
    descriptionAr:
      "تعدّ لوس أنجلوس تايمز (27 مارس 2016) أسد اللات، الذي تؤرّخه بالقرن الثاني، بين الكنوز التي فجّرها التنظيم. وفي اليوم التالي نقلت فرانس برس عن مدير الآثار مأمون عبد الكريم أن الأسد، الذي حطّمه التنظيم عام 2015 أمام المتحف، يمكن إعادة تجميعه. وقد سُجّلت الروايتان تقريرَي ضرر منفصلين.",
    latitude: MUSEUM_LAT,
    longitude: MUSEUM_LON,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "Calls the Lion of al-Lat a 2nd-century statue and lists it among the known losses blown up by IS.",
        claimAr: "تصف أسد اللات بأنه تمثال من القرن الثاني وتعدّه بين الخسائر المعروفة التي فجّرها التنظيم.",
      },
      {
        source: SRC.afp,
        claimEn:
          "Says the famed Lion of Al-Lat stood outside the city's museum, was shattered by IS in 2015 and could be put back together.",
        claimAr: "تذكر أن أسد اللات الشهير كان أمام متحف المدينة، وأن التنظيم حطّمه عام 2015، وأنه يمكن إعادة تجميعه.",
      },
    ],
  },
  {
    id: MON.citadel,
    slug: "fakhr-al-din-al-maani-castle",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "citadel",
    nameEn: "Fakhr al-Din al-Maani Castle (Palmyra citadel)",
    nameAr: "قلعة فخر الدين المعني (قلعة تدمر)",
    altNames: [
      "Palmyra Castle",
      "Citadel of Palmyra",
      "Qal'at Ibn Maan",
      "Qalaat ibn Maan",
      "قلعة تدمر",
      "قلعة ابن معن",
    ],
    periodEn: "Medieval (12th–13th century), named after the 17th-century emir Fakhr al-Din al-Maani",
    periodAr: "العصور الوسطى (القرنان الثاني عشر والثالث عشر)، وتُنسب إلى الأمير فخر الدين المعني في القرن السابع عشر",
    summaryEn:
      "Hilltop castle overlooking the ruins from the north-west; damaged and in need of urgent work according to the antiquities director in March 2016.",
    summaryAr:
      "قلعة على تلّ تشرف على الآثار من الشمال الغربي؛ متضرّرة وتحتاج إلى أعمال عاجلة بحسب مدير الآثار في مارس 2016.",
    descriptionEn:
      "On 28 March 2016 antiquities director Maamoun Abdulkarim told AFP that work on the citadel had to start immediately because it could not withstand the damage it had suffered. The articles do not say what caused the damage or describe it.",
    descriptionAr:
      "في 28 مارس 2016 قال مدير الآثار مأمون عبد الكريم لفرانس برس إن العمل في القلعة يجب أن يبدأ فوراً لأنها لا تحتمل الأضرار التي لحقت بها. ولا تذكر المقالات سبب هذه الأضرار ولا تصفها.",
    latitude: 34.5632,
    longitude: 38.2558,
    locationPrecision: "APPROXIMATE",
    isSensitive: false,
    cites: [
      {
        source: SRC.afp,
        claimEn: "Quotes the antiquities chief: work on the damage in the citadel must start immediately.",
        claimAr: "تنقل عن رئيس الآثار أن معالجة الأضرار في القلعة يجب أن تبدأ فوراً.",
      },
    ],
  },
  {
    id: MON.shrines,
    slug: "palmyra-islamic-shrines",
    siteId: SITE_ID,
    parentId: null,
    kindCode: "shrine",
    nameEn: "Islamic shrines of Palmyra",
    nameAr: "الأضرحة والمقامات الإسلامية في تدمر",
    altNames: ["Muslim shrines of Palmyra", "Palmyra shrines", "مقامات تدمر"],
    periodEn: "Islamic period (not dated in the sources)",
    periodAr: "العصر الإسلامي (لا تؤرّخها المصادر)",
    summaryEn: "Muslim shrines in and around Palmyra, recorded as a group; IS destroyed a number of them.",
    summaryAr: "أضرحة ومقامات إسلامية في تدمر ومحيطها، مسجّلة مجموعةً واحدة؛ دمّر التنظيم عدداً منها.",
    descriptionEn:
      "The Los Angeles Times, citing antiquities director Maamoun Abdelkarim, reports that besides Roman-era structures IS destroyed a number of Islamic shrines. The shrines are neither named nor counted, so they are recorded as one group located only at site level.",
    descriptionAr:
      "تذكر لوس أنجلوس تايمز، نقلاً عن مدير الآثار مأمون عبد الكريم، أن التنظيم دمّر عدداً من الأضرحة الإسلامية إلى جانب مبانٍ من العصر الروماني. ولا تسمّي المصادر هذه الأضرحة ولا تذكر عددها، لذلك سُجّلت مجموعةً واحدة لا يُعرف موقعها إلا على مستوى الموقع الأثري.",
    latitude: 34.551,
    longitude: 38.269,
    locationPrecision: "SITE",
    isSensitive: false,
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "Reports, citing Maamoun Abdelkarim, that IS destroyed 'a number of Islamic shrines'.",
        claimAr: "تذكر، نقلاً عن مأمون عبد الكريم، أن التنظيم دمّر «عدداً من الأضرحة الإسلامية».",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Damage reports
// ---------------------------------------------------------------------------------------------

type DamageReportRow = Prisma.DamageReportCreateManyInput & {
  id: string;
  monumentId: MonumentId;
  causeCode: DamageCauseCode;
  conditionAfterCode: ConditionCode;
  certaintyCode: CertaintyCode;
  cites: Cite[];
};

// The first IS occupation as the sources date it: "May 2015" to Sunday 27 March 2016.
const FIRST_OCCUPATION = {
  occurredOn: date("2015-05-01"),
  occurredOnEnd: date("2016-03-27"),
  datePrecision: "WINDOW",
} as const;
// The second: "December 2016" to Thursday 2 March 2017.
const SECOND_OCCUPATION = {
  occurredOn: date("2016-12-01"),
  occurredOnEnd: date("2017-03-02"),
  datePrecision: "WINDOW",
} as const;
const BY_IS = { agentEn: IS_EN, agentAr: IS_AR } as const;

const DAMAGE_REPORTS: DamageReportRow[] = [
  {
    id: "dmg-bel-2015-2016",
    monumentId: MON.bel,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_explosives",
    conditionAfterCode: "destroyed",
    certaintyCode: "confirmed",
    extentEn: "The temple reduced to pieces; what still stands is not described.",
    extentAr: "تحوّل المعبد إلى حطام، ولا يُوصف ما بقي منه قائماً.",
    descriptionEn:
      "IS destroyed the Temple of Bel while it held Palmyra. AFP, which says IS blew up temples, had a correspondent on site who saw the temple in pieces on 27 March 2016, the day of the recapture; The Atlas Times also reports it destroyed. Neither gives the date of the destruction, so it is recorded as a window from the May 2015 seizure to the recapture.",
    descriptionAr:
      "دمّر تنظيم الدولة الإسلامية معبد بل خلال سيطرته على تدمر. وقد شاهد مراسل فرانس برس، التي تذكر أن التنظيم فجّر المعابد، المعبدَ حطاماً في الموقع يوم 27 مارس 2016، يوم استعادة المدينة؛ وتذكر ذا أطلس تايمز أيضاً أنه دُمّر. ولا يحدّد أيٌّ منهما تاريخ التدمير، لذلك سُجّل فترةً تمتد من سيطرة مايو 2015 حتى استعادة المدينة.",
    evidenceEn: "Seen on site by an AFP correspondent on 27 March 2016.",
    evidenceAr: "شاهده مراسل فرانس برس في الموقع يوم 27 مارس 2016.",
    assessedOn: date("2016-03-27"),
    cites: [
      {
        source: SRC.afp,
        claimEn: "IS blew up temples; an AFP correspondent saw the Temple of Bel 'in pieces' on Sunday 27 March 2016.",
        claimAr: "فجّر التنظيم معابد، وشاهد مراسل فرانس برس معبد بل حطاماً يوم الأحد 27 مارس 2016.",
      },
      {
        source: SRC.atlas,
        claimEn: "IS destroyed the 2,000-year-old Temple of Bel during its control of Palmyra.",
        claimAr: "دمّر التنظيم معبد بل البالغ عمره ألفي عام خلال سيطرته على تدمر.",
      },
    ],
  },
  {
    id: "dmg-arch-of-triumph-2015-2016",
    monumentId: MON.arch,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_explosives",
    conditionAfterCode: "destroyed",
    certaintyCode: "confirmed",
    extentEn: "The arch reduced to pieces.",
    extentAr: "تحوّل القوس إلى حطام.",
    descriptionEn:
      "IS destroyed the Arch of Triumph during its first occupation. The Los Angeles Times says it was blown up, The Atlas Times lists it among the buildings IS destroyed, and an AFP correspondent saw it in pieces on 27 March 2016. No article gives the date of the destruction.",
    descriptionAr:
      "دمّر تنظيم الدولة الإسلامية قوس النصر خلال سيطرته الأولى. تقول لوس أنجلوس تايمز إنه فُجّر، وتعدّه ذا أطلس تايمز بين المباني التي دمّرها التنظيم، وشاهده مراسل فرانس برس حطاماً يوم 27 مارس 2016. ولا يذكر أيٌّ من المقالات تاريخ التدمير.",
    evidenceEn: "Seen on site by an AFP correspondent on 27 March 2016.",
    evidenceAr: "شاهده مراسل فرانس برس في الموقع يوم 27 مارس 2016.",
    assessedOn: date("2016-03-27"),
    cites: [
      {
        source: SRC.afp,
        claimEn: "An AFP correspondent saw the Arch of Triumph in pieces on Sunday 27 March 2016.",
        claimAr: "شاهد مراسل فرانس برس قوس النصر حطاماً يوم الأحد 27 مارس 2016.",
      },
      {
        source: SRC.atlas,
        claimEn: "IS destroyed the Arch of Triumph among other ancient buildings.",
        claimAr: "دمّر التنظيم قوس النصر ضمن مبانٍ أثرية أخرى.",
      },
      {
        source: SRC.laTimes,
        claimEn: "The Arch of Triumph is among the known losses blown up by IS.",
        claimAr: "قوس النصر من الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: "dmg-baalshamin-2015-2016",
    monumentId: MON.baalshamin,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_explosives",
    conditionAfterCode: "destroyed",
    certaintyCode: "reported",
    descriptionEn:
      "The Los Angeles Times lists the Temple of Baalshamin among the known losses blown up during the ten-month IS occupation. No other of the five articles names this temple; AFP's general statement that IS blew up temples may include it but does not say so.",
    descriptionAr:
      "تعدّ لوس أنجلوس تايمز معبد بعل شمين بين الخسائر المعروفة التي فُجّرت خلال احتلال التنظيم الذي دام عشرة أشهر. ولا يذكر أيٌّ من المقالات الأربعة الأخرى هذا المعبد بالاسم؛ وقد يشمله قول فرانس برس العام إن التنظيم فجّر المعابد، لكنها لا تصرّح بذلك.",
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "The Temple of Baalshamin is among the known losses blown up by IS.",
        claimAr: "معبد بعل شمين من الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: "dmg-lion-of-al-lat-2015-la-times",
    monumentId: MON.lion,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_explosives",
    conditionAfterCode: "destroyed",
    certaintyCode: "disputed",
    descriptionEn:
      "The Los Angeles Times lists the Lion of al-Lat among the known losses blown up by IS. This is contradicted by AFP the next day, which quoted the antiquities director as saying the shattered lion could be put back together (separate report). The catalogue keeps both accounts.",
    descriptionAr:
      "تعدّ لوس أنجلوس تايمز أسد اللات بين الخسائر المعروفة التي فجّرها التنظيم. وتناقض ذلك فرانس برس في اليوم التالي، إذ نقلت عن مدير الآثار أن الأسد المحطَّم يمكن إعادة تجميعه (تقرير مستقل). ويحتفظ الفهرس بالروايتين.",
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "The Lion of al-Lat, a 2nd-century statue, is among the treasures IS blew up.",
        claimAr: "أسد اللات، وهو تمثال من القرن الثاني، من الكنوز التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: "dmg-lion-of-al-lat-2015-afp",
    monumentId: MON.lion,
    // "last year" in a March 2016 article, and IS only held Palmyra from May 2015.
    occurredOn: date("2015-05-01"),
    occurredOnEnd: date("2015-12-31"),
    datePrecision: "WINDOW",
    ...BY_IS,
    causeCode: "deliberate_destruction_unspecified",
    conditionAfterCode: "severe_damage",
    certaintyCode: "reported",
    extentEn: "Shattered; judged repairable.",
    extentAr: "محطَّم، لكنه قابل للإصلاح بحسب التقييم.",
    descriptionEn:
      "Antiquities director Maamoun Abdulkarim told AFP on 28 March 2016 that the famed lion, shattered by IS 'last year' (2015) outside the museum, could be put back together. The article does not say how it was shattered. This differs from the Los Angeles Times, which lists the lion among monuments that were blown up (separate report).",
    descriptionAr:
      "قال مدير الآثار مأمون عبد الكريم لفرانس برس في 28 مارس 2016 إن الأسد الشهير، الذي حطّمه التنظيم «العام الماضي» (2015) أمام المتحف، يمكن إعادة تجميعه. ولا يذكر المقال كيف حُطّم. وتختلف هذه الرواية عن رواية لوس أنجلوس تايمز التي تعدّ الأسد بين المعالم التي فُجّرت (تقرير مستقل).",
    assessedOn: date("2016-03-28"),
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "The Lion of Al-Lat, shattered by IS in 2015 outside the museum, could be put back together, according to the antiquities director.",
        claimAr: "أسد اللات، الذي حطّمه التنظيم عام 2015 أمام المتحف، يمكن إعادة تجميعه بحسب مدير الآثار.",
      },
    ],
  },
  {
    id: "dmg-tower-tombs-2015-2016",
    monumentId: MON.towerTombs,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_explosives",
    conditionAfterCode: "severe_damage",
    certaintyCode: "probable",
    extentEn: "Dozens of tower tombs (Los Angeles Times); the tombs are not named.",
    extentAr: "عشرات المدافن البرجية (لوس أنجلوس تايمز)، دون تسمية المدافن.",
    descriptionEn:
      "AFP reports that IS blew up tower tombs as part of its campaign against pre-Islamic monuments, and the Los Angeles Times counts dozens of funeral towers among the known losses. The group as a whole is graded as severely damaged because the sources give a number but do not identify individual tombs.",
    descriptionAr:
      "تذكر فرانس برس أن التنظيم فجّر مدافن برجية ضمن حملته على المعالم السابقة للإسلام، وتعدّ لوس أنجلوس تايمز عشرات الأبراج الجنائزية بين الخسائر المعروفة. وقد صُنّفت المجموعة بمجملها متضرّرة ضرراً بالغاً لأن المصادر تذكر عدداً ولا تحدّد المدافن بأعيانها.",
    cites: [
      {
        source: SRC.afp,
        claimEn: "IS blew up temples and tower tombs.",
        claimAr: "فجّر التنظيم معابد ومدافن برجية.",
      },
      {
        source: SRC.laTimes,
        claimEn: "Dozens of funeral towers are among the known losses blown up by IS.",
        claimAr: "عشرات الأبراج الجنائزية من الخسائر المعروفة التي فجّرها التنظيم.",
      },
    ],
  },
  {
    id: "dmg-museum-court-and-prison-2015-2016",
    monumentId: MON.museum,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "military_use",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    descriptionEn:
      "According to antiquities director Maamoun Abdelkarim, quoted by the Los Angeles Times, IS converted the Palmyra Museum into a court and a dungeon. The article does not describe the state of the building or of its contents after this use.",
    descriptionAr:
      "بحسب مدير الآثار مأمون عبد الكريم، في تصريح نقلته لوس أنجلوس تايمز، حوّل التنظيم متحف تدمر إلى محكمة وسجن. ولا يصف المقال حالة المبنى أو محتوياته بعد هذا الاستخدام.",
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "IS converted the Palmyra museum into a court and a dungeon, according to Maamoun Abdelkarim.",
        claimAr: "حوّل التنظيم متحف تدمر إلى محكمة وسجن، بحسب مأمون عبد الكريم.",
      },
    ],
  },
  {
    id: "dmg-theatre-executions-2015-2016",
    monumentId: MON.theatre,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "military_use",
    conditionAfterCode: "unknown",
    certaintyCode: "probable",
    extentEn: "The stage (Los Angeles Times); no physical damage reported.",
    extentAr: "خشبة المسرح (لوس أنجلوس تايمز)؛ لم يُذكر ضرر مادي.",
    descriptionEn:
      "IS used the Roman theatre as a place of execution. AFP says it held public executions in the 'amphitheatre'; the Los Angeles Times says government loyalists trapped when the city fell in May 2015 were killed in a staged mass execution on the stage. Neither article reports physical damage to the building.",
    descriptionAr:
      "استخدم التنظيم المسرح الروماني مكاناً لتنفيذ الإعدامات. تذكر فرانس برس أنه نفّذ إعدامات علنية في «المدرّج»، وتذكر لوس أنجلوس تايمز أن موالين للحكومة حوصروا عند سقوط المدينة في مايو 2015 قُتلوا في إعدام جماعي استعراضي على الخشبة. ولا يذكر أيٌّ من المقالين ضرراً مادياً لحق بالمبنى.",
    cites: [
      {
        source: SRC.afp,
        claimEn: "IS used Palmyra's ancient amphitheatre for public executions.",
        claimAr: "استخدم التنظيم المدرّج الأثري في تدمر لتنفيذ إعدامات علنية.",
      },
      {
        source: SRC.laTimes,
        claimEn:
          "Loyalists trapped in the city were killed in a staged mass execution on the stage of the Roman theatre.",
        claimAr: "قُتل موالون حوصروا في المدينة في إعدام جماعي استعراضي على خشبة المسرح الروماني.",
      },
    ],
  },
  {
    id: "dmg-islamic-shrines-2015-2016",
    monumentId: MON.shrines,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_unspecified",
    conditionAfterCode: "severe_damage",
    certaintyCode: "reported",
    extentEn: "'A number of' shrines; not named or counted.",
    extentAr: "«عدد من» الأضرحة، دون تسميتها أو ذكر عددها.",
    descriptionEn:
      "According to antiquities director Maamoun Abdelkarim, quoted by the Los Angeles Times, IS destroyed a number of Islamic shrines in addition to Roman-era structures. The article does not say which shrines or how they were destroyed; the group is graded as severely damaged.",
    descriptionAr:
      "بحسب مدير الآثار مأمون عبد الكريم، في تصريح نقلته لوس أنجلوس تايمز، دمّر التنظيم عدداً من الأضرحة الإسلامية إلى جانب مبانٍ من العصر الروماني. ولا يذكر المقال أيّ الأضرحة ولا كيف دُمّرت، وقد صُنّفت المجموعة متضرّرة ضرراً بالغاً.",
    cites: [
      {
        source: SRC.laTimes,
        claimEn: "IS destroyed a number of Islamic shrines, according to Maamoun Abdelkarim.",
        claimAr: "دمّر التنظيم عدداً من الأضرحة الإسلامية، بحسب مأمون عبد الكريم.",
      },
    ],
  },
  {
    id: "dmg-graffiti-2015-2016",
    monumentId: MON.ancientCity,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "vandalism_graffiti",
    conditionAfterCode: "unknown",
    certaintyCode: "confirmed",
    extentEn: "Some large stones marked with spray-painted pro-IS messages.",
    extentAr: "بعض الحجارة الكبيرة تحمل عبارات مؤيدة للتنظيم مكتوبة بطلاء البخّاخ.",
    descriptionEn:
      "An AFP correspondent saw some large stones in the ruins marred by spray-painted messages supporting IS on 27 March 2016, in the same passage in which he describes the Temple of Bel and the Arch of Triumph in pieces. The article does not say exactly which stones or monuments carry the graffiti, so the report is attached to the ancient city.",
    descriptionAr:
      "شاهد مراسل فرانس برس يوم 27 مارس 2016 بعض الحجارة الكبيرة في الآثار مشوّهة بعبارات مؤيدة للتنظيم مكتوبة بطلاء البخّاخ، وذلك في الفقرة نفسها التي يصف فيها معبد بل وقوس النصر حطاماً. ولا يحدّد المقال الحجارة أو المعالم التي تحمل هذه الكتابات، لذلك رُبط التقرير بالمدينة الأثرية.",
    evidenceEn: "Seen on site by an AFP correspondent on 27 March 2016.",
    evidenceAr: "شاهدها مراسل فرانس برس في الموقع يوم 27 مارس 2016.",
    assessedOn: date("2016-03-27"),
    cites: [
      {
        source: SRC.afp,
        claimEn: "An AFP correspondent saw large stones marred by spray-painted messages in support of IS.",
        claimAr: "شاهد مراسل فرانس برس حجارة كبيرة مشوّهة بعبارات مؤيدة للتنظيم مكتوبة بطلاء البخّاخ.",
      },
    ],
  },
  {
    id: "dmg-mines-2016-03",
    monumentId: MON.ancientCity,
    occurredOn: date("2016-03-01"),
    datePrecision: "MONTH",
    ...BY_IS,
    causeCode: "landmines_ieds",
    conditionAfterCode: "unknown",
    certaintyCode: "probable",
    extentEn:
      "More than 50 bombs defused by 28 March 2016, with more complex devices awaiting controlled detonation (AFP); dozens of IEDs (Los Angeles Times).",
    extentAr:
      "فُكّكت أكثر من 50 عبوة حتى 28 مارس 2016، وبقيت عبوات أعقد تنتظر التفجير المتحكَّم به (فرانس برس)؛ وعشرات العبوات الناسفة المرتجلة (لوس أنجلوس تايمز).",
    descriptionEn:
      "As it retreated in March 2016, IS left roadside bombs and mines in the ancient city. On 28 March army sappers were still defusing them: a soldier told AFP more than 50 had been defused, while other units carried out controlled detonations of more complex devices. The Los Angeles Times says the advancing troops had to get past dozens of IEDs. Neither article reports damage to monuments from the devices or their detonation.",
    descriptionAr:
      "زرع التنظيم عند انسحابه في مارس 2016 عبوات ناسفة على الطرق وألغاماً في المدينة الأثرية. وفي 28 مارس كان خبراء المتفجرات في الجيش لا يزالون يفكّكونها: قال جندي لفرانس برس إن أكثر من 50 عبوة فُكّكت، بينما كانت وحدات أخرى تفجّر عبوات أعقد تفجيراً متحكَّماً به. وتذكر لوس أنجلوس تايمز أن القوات المتقدّمة اضطرت إلى تجاوز عشرات العبوات الناسفة. ولا يذكر أيٌّ من المقالين ضرراً لحق بالمعالم بسبب هذه العبوات أو تفجيرها.",
    assessedOn: date("2016-03-28"),
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "Sappers were defusing bombs and mines IS planted in the ancient city as it retreated; more than 50 had been defused.",
        claimAr:
          "كان خبراء المتفجرات يفكّكون عبوات وألغاماً زرعها التنظيم في المدينة الأثرية عند انسحابه، وقد فُكّك منها أكثر من 50.",
      },
      {
        source: SRC.laTimes,
        claimEn: "Government forces had to navigate dozens of IEDs left behind by IS fighters.",
        claimAr: "اضطرت القوات الحكومية إلى تجاوز عشرات العبوات الناسفة التي خلّفها مقاتلو التنظيم.",
      },
    ],
  },
  {
    id: "dmg-mines-2016-12-2017-03",
    monumentId: MON.ancientCity,
    ...SECOND_OCCUPATION,
    ...BY_IS,
    causeCode: "landmines_ieds",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    extentEn: "Several areas mined (not specified).",
    extentAr: "لُغّمت عدة مناطق (غير محدّدة).",
    descriptionEn:
      "Before withdrawing in early March 2017, IS mined several areas of Palmyra, according to the Syrian Observatory for Human Rights; on 2 March the army was still clearing neighbourhoods of mines. The two articles share the same agency wording and speak of the city and its neighbourhoods, not of the archaeological area as such; the report is attached to the ancient city as the nearest record.",
    descriptionAr:
      "بحسب المرصد السوري لحقوق الإنسان، لغّم التنظيم عدة مناطق في تدمر قبل انسحابه في مطلع مارس 2017، وفي 2 مارس كان الجيش لا يزال يطهّر الأحياء من الألغام. ويتشارك المقالان صياغة الوكالة نفسها ويتحدثان عن المدينة وأحيائها لا عن المنطقة الأثرية تحديداً؛ وقد رُبط التقرير بالمدينة الأثرية بوصفها أقرب سجل.",
    cites: [
      {
        source: SRC.toi,
        claimEn: "The Syrian Observatory said the army was still clearing neighbourhoods of mines after IS withdrew.",
        claimAr: "قال المرصد السوري إن الجيش ما زال يطهّر الأحياء من الألغام بعد انسحاب التنظيم.",
      },
      {
        source: SRC.newArab,
        claimEn: "IS withdrew from Palmyra but not before mining several areas; the army was still clearing mines.",
        claimAr: "انسحب التنظيم من تدمر بعد أن لغّم عدة مناطق، وما زال الجيش يطهّرها من الألغام.",
      },
    ],
  },
  {
    id: "dmg-statues-smashed-2015-07-02",
    monumentId: MON.ancientCity,
    occurredOn: date("2015-07-02"),
    datePrecision: "DAY",
    ...BY_IS,
    causeCode: "deliberate_destruction_smashing",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    extentEn: "Several statues (number and identity not given).",
    extentAr: "عدة تماثيل (لا يُذكر عددها ولا هويتها).",
    descriptionEn:
      "A photo caption in The Times of Israel describes a screen capture of an IS member smashing statues in Palmyra and dates it to 2 July 2015. The statues and the place where they were smashed are not identified, so the report is attached to the ancient city.",
    descriptionAr:
      "يصف تعليق صورة في تايمز أوف إسرائيل لقطة شاشة لعنصر من التنظيم يحطّم تماثيل في تدمر، ويؤرّخها بيوم 2 يوليو 2015. ولا تُحدَّد التماثيل ولا المكان الذي حُطّمت فيه، لذلك رُبط التقرير بالمدينة الأثرية.",
    evidenceEn: "A screen capture from a video, published as a photo in the article.",
    evidenceAr: "لقطة شاشة من مقطع فيديو، منشورة صورةً في المقال.",
    cites: [
      {
        source: SRC.toi,
        claimEn: "A screen capture shows an IS operative smashing statues in Palmyra on 2 July 2015.",
        claimAr: "تُظهر لقطة شاشة عنصراً من التنظيم يحطّم تماثيل في تدمر يوم 2 يوليو 2015.",
        locator: "photo caption",
      },
    ],
  },
  {
    id: "dmg-assessment-2016-03-28",
    monumentId: MON.ancientCity,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_unspecified",
    conditionAfterCode: "moderate_damage",
    certaintyCode: "reported",
    extentEn: "80 percent of the ancient site 'in good shape' (preliminary assessment).",
    extentAr: "80 في المئة من الموقع الأثري «في حالة جيدة» (تقييم أولي).",
    descriptionEn:
      "The day after the recapture, antiquities director Maamoun Abdulkarim told AFP that several experts had arrived to assess the damage and that a preliminary assessment showed 80 percent of the ancient site in good shape; the monuments damaged or destroyed by IS could be restored within five years with UNESCO's approval. The day before, he had written that initial evaluations seemed promising (Los Angeles Times). The grade 'moderate damage' is the catalogue's reading of this preliminary figure, not the source's.",
    descriptionAr:
      "في اليوم التالي لاستعادة المدينة، قال مدير الآثار مأمون عبد الكريم لفرانس برس إن عدداً من الخبراء وصلوا لتقييم الأضرار، وإن تقييماً أولياً أظهر أن 80 في المئة من الموقع الأثري في حالة جيدة، وإن ترميم المعالم التي تضرّرت أو دُمّرت ممكن خلال خمس سنوات بموافقة اليونسكو. وكان قد كتب في اليوم السابق أن التقييمات الأولى تبدو مبشّرة (لوس أنجلوس تايمز). أما تصنيف «ضرر متوسط» فهو قراءة الفهرس لهذا الرقم الأولي، وليس من المصدر.",
    evidenceEn: "Preliminary expert assessment announced by the Directorate-General of Antiquities and Museums.",
    evidenceAr: "تقييم أولي للخبراء أعلنته المديرية العامة للآثار والمتاحف.",
    assessedOn: date("2016-03-28"),
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "A preliminary assessment showed 80 percent of the ancient site 'in good shape', according to the antiquities director.",
        claimAr: "أظهر تقييم أولي أن 80 في المئة من الموقع الأثري «في حالة جيدة»، بحسب مدير الآثار.",
      },
      {
        source: SRC.laTimes,
        claimEn:
          "Abdelkarim said initial evaluations seemed promising; the full extent of the damage was still unclear.",
        claimAr: "قال عبد الكريم إن التقييمات الأولى تبدو مبشّرة، وإن الحجم الكامل للأضرار لم يتضح بعد.",
      },
    ],
  },
  {
    id: "dmg-looting-less-than-feared-2015-2016",
    monumentId: MON.ancientCity,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "looting",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    extentEn: "Looting less widespread than had been feared (not quantified).",
    extentAr: "نهب أقل انتشاراً مما كان يُخشى (دون أرقام).",
    descriptionEn:
      "On 28 March 2016 the antiquities director told AFP that there had not been the widespread looting that had been feared. This is at odds with The Times of Israel and The New Arab, which in March 2017 describe systematic looting and much of the heritage looted for sale (separate report); the later articles also cover the second IS occupation.",
    descriptionAr:
      "قال مدير الآثار لفرانس برس في 28 مارس 2016 إن النهب لم يكن واسع الانتشار كما كان يُخشى. ويتعارض هذا مع ما ذكرته تايمز أوف إسرائيل وذا نيو عرب في مارس 2017 عن نهب منهجي وعن نهب جزء كبير من التراث لبيعه (تقرير مستقل)، علماً بأن المقالين اللاحقين يشملان أيضاً فترة السيطرة الثانية للتنظيم.",
    assessedOn: date("2016-03-28"),
    cites: [
      {
        source: SRC.afp,
        claimEn: "There was not the widespread looting that had been feared, according to the antiquities director.",
        claimAr: "لم يكن النهب واسع الانتشار كما كان يُخشى، بحسب مدير الآثار.",
      },
    ],
  },
  {
    id: "dmg-looting-black-market-2015-2017",
    monumentId: MON.ancientCity,
    occurredOn: date("2015-05-01"),
    occurredOnEnd: date("2017-03-02"),
    datePrecision: "WINDOW",
    ...BY_IS,
    causeCode: "looting",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    extentEn: "'Much of the heritage' looted (The New Arab); no objects, places or quantities given.",
    extentAr: "نُهب «جزء كبير من التراث» (ذا نيو عرب)، دون ذكر قطع أو أماكن أو كميات.",
    descriptionEn:
      "The New Arab (3 March 2017) writes that many structures were destroyed and much of Palmyra's heritage looted for sale on the black market; The Times of Israel (2 March 2017) says that after seizing the city in May 2015 IS began to systematically destroy and loot its monuments and temples. The two articles share agency wording and give no specifics. AFP reported in March 2016 that looting had been less widespread than feared (separate report).",
    descriptionAr:
      "تكتب ذا نيو عرب (3 مارس 2017) أن كثيراً من المباني دُمّر وأن جزءاً كبيراً من تراث تدمر نُهب ليُباع في السوق السوداء، وتذكر تايمز أوف إسرائيل (2 مارس 2017) أن التنظيم بدأ بعد سيطرته على المدينة في مايو 2015 تدمير معالمها ومعابدها ونهبها بشكل منهجي. ويتشارك المقالان صياغة الوكالة نفسها ولا يقدّمان تفاصيل. وكانت فرانس برس قد ذكرت في مارس 2016 أن النهب كان أقل انتشاراً مما كان يُخشى (تقرير مستقل).",
    cites: [
      {
        source: SRC.newArab,
        claimEn: "Much of Palmyra's heritage has been looted for sale on the black market.",
        claimAr: "نُهب جزء كبير من تراث تدمر ليُباع في السوق السوداء.",
      },
      {
        source: SRC.toi,
        claimEn:
          "After seizing Palmyra in May 2015, IS began to systematically destroy and loot the site's monuments and temples.",
        claimAr: "بعد سيطرته على تدمر في مايو 2015 بدأ التنظيم تدمير معالم الموقع ومعابده ونهبها بشكل منهجي.",
      },
    ],
  },
  {
    id: "dmg-citadel-before-2016-03-28",
    monumentId: MON.citadel,
    occurredOn: null,
    occurredOnEnd: null,
    datePrecision: null,
    causeCode: "unknown",
    conditionAfterCode: "severe_damage",
    certaintyCode: "reported",
    descriptionEn:
      "On 28 March 2016 antiquities director Maamoun Abdulkarim told AFP that the damage in the citadel had to be dealt with immediately because the castle could not withstand what it had suffered. The article says neither when nor how the damage was done, nor by whom. The grade 'severe damage' is the catalogue's reading of his warning.",
    descriptionAr:
      "قال مدير الآثار مأمون عبد الكريم لفرانس برس في 28 مارس 2016 إن أضرار القلعة يجب أن تُعالج فوراً لأنها لا تحتمل ما أصابها. ولا يذكر المقال متى لحقت بها الأضرار ولا كيف ولا على يد من. وتصنيف «ضرر بالغ» قراءة الفهرس لتحذيره.",
    assessedOn: date("2016-03-28"),
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "The citadel cannot withstand the damage it has suffered and work must start immediately, according to the antiquities chief.",
        claimAr: "القلعة لا تحتمل الأضرار التي لحقت بها ويجب أن يبدأ العمل فيها فوراً، بحسب رئيس الآثار.",
      },
    ],
  },
  {
    id: "dmg-bust-of-a-woman-hammer",
    monumentId: MON.bustWoman,
    occurredOn: date("2015-05-01"),
    occurredOnEnd: date("2017-02-28"),
    datePrecision: "WINDOW",
    ...BY_IS,
    causeCode: "deliberate_destruction_smashing",
    conditionAfterCode: "severe_damage",
    certaintyCode: "reported",
    extentEn: "Badly disfigured; one of the two busts (the source does not say which) lost the upper part of its face.",
    extentAr: "شُوّه تشويهاً بالغاً؛ وفقد أحد التمثالين (لا يحدّد المصدر أيّهما) الجزء العلوي من وجهه.",
    descriptionEn:
      "The Times of Israel (AFP) reports that the two busts were badly disfigured by what appeared to be hammer blows, with missing parts. It does not say when the damage was done; the window runs from the May 2015 seizure to the busts' return to Syria. The article implies IS was responsible, describing the busts as rescued from the group.",
    descriptionAr:
      "تذكر تايمز أوف إسرائيل (نقلاً عن فرانس برس) أن التمثالين شُوّها تشويهاً بالغاً بما بدا أنه ضربات مطرقة، وفُقدت منهما أجزاء. ولا تذكر متى وقع الضرر، فالفترة المسجّلة تمتد من سيطرة مايو 2015 حتى عودة التمثالين إلى سوريا. ويُفهم من المقال أن التنظيم هو المسؤول، إذ يصف التمثالين بأنهما أُنقذا منه.",
    cites: [
      {
        source: SRC.toi,
        claimEn: "The busts were badly disfigured with what appeared to be hammer blows.",
        claimAr: "شُوّه التمثالان تشويهاً بالغاً بما بدا أنه ضربات مطرقة.",
      },
    ],
  },
  {
    id: "dmg-bust-of-a-man-hammer",
    monumentId: MON.bustMan,
    occurredOn: date("2015-05-01"),
    occurredOnEnd: date("2017-02-28"),
    datePrecision: "WINDOW",
    ...BY_IS,
    causeCode: "deliberate_destruction_smashing",
    conditionAfterCode: "severe_damage",
    certaintyCode: "reported",
    extentEn: "Badly disfigured; one of the two busts (the source does not say which) lost the upper part of its face.",
    extentAr: "شُوّه تشويهاً بالغاً؛ وفقد أحد التمثالين (لا يحدّد المصدر أيّهما) الجزء العلوي من وجهه.",
    descriptionEn:
      "The Times of Israel (AFP) reports that the two busts were badly disfigured by what appeared to be hammer blows, with missing parts. It does not say when the damage was done; the window runs from the May 2015 seizure to the busts' return to Syria. The article implies IS was responsible, describing the busts as rescued from the group.",
    descriptionAr:
      "تذكر تايمز أوف إسرائيل (نقلاً عن فرانس برس) أن التمثالين شُوّها تشويهاً بالغاً بما بدا أنه ضربات مطرقة، وفُقدت منهما أجزاء. ولا تذكر متى وقع الضرر، فالفترة المسجّلة تمتد من سيطرة مايو 2015 حتى عودة التمثالين إلى سوريا. ويُفهم من المقال أن التنظيم هو المسؤول، إذ يصف التمثالين بأنهما أُنقذا منه.",
    cites: [
      {
        source: SRC.toi,
        claimEn: "The busts were badly disfigured with what appeared to be hammer blows.",
        claimAr: "شُوّه التمثالان تشويهاً بالغاً بما بدا أنه ضربات مطرقة.",
      },
    ],
  },
  {
    id: "dmg-satellite-demolitions-2016-12-2017-03",
    monumentId: MON.ancientCity,
    ...SECOND_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_unspecified",
    conditionAfterCode: "unknown",
    certaintyCode: "reported",
    extentEn: "Not stated; the demolished monuments are not named.",
    extentAr: "غير مذكور؛ ولا تُسمّى المعالم المهدومة.",
    descriptionEn:
      "The Times of Israel (AFP) reports that satellite imagery showed IS had demolished more monuments after retaking Palmyra in December 2016, and that archaeologists denounced what they described as extensive damage. The article names neither the monuments nor who analysed the imagery, so the report is attached to the ancient city as a whole until the monuments are identified from another source.",
    descriptionAr:
      "تذكر تايمز أوف إسرائيل (نقلاً عن فرانس برس) أن صور الأقمار الصناعية أظهرت أن التنظيم هدم مزيداً من المعالم بعد استعادته تدمر في ديسمبر 2016، وأن علماء آثار نددوا بما وصفوه بأضرار واسعة. ولا يسمّي المقال المعالم ولا الجهة التي حلّلت الصور، لذلك رُبط التقرير بالمدينة الأثرية بمجملها إلى أن تُحدَّد المعالم من مصدر آخر.",
    evidenceEn: "Satellite imagery, cited by the article without naming its analyst.",
    evidenceAr: "صور أقمار صناعية، يستشهد بها المقال دون ذكر الجهة التي حلّلتها.",
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "Satellite imagery has shown that IS demolished more monuments after retaking Palmyra in December 2016.",
        claimAr: "أظهرت صور الأقمار الصناعية أن التنظيم هدم مزيداً من المعالم بعد استعادته تدمر في ديسمبر 2016.",
      },
    ],
  },
  {
    id: "dmg-destruction-campaign-2015-2016",
    monumentId: MON.ancientCity,
    ...FIRST_OCCUPATION,
    ...BY_IS,
    causeCode: "deliberate_destruction_unspecified",
    conditionAfterCode: "unknown",
    certaintyCode: "probable",
    extentEn: "Many structures; the named ones have their own reports.",
    extentAr: "مبانٍ كثيرة؛ ولما سُمّي منها تقارير خاصة به.",
    descriptionEn:
      "All five articles describe a deliberate campaign by IS against Palmyra's monuments, which the group regarded as idolatrous or places of pagan worship. The scale became clear when government forces retook the city in March 2016 (The Times of Israel). This report records the campaign as a whole; the monuments the articles name (the Temple of Bel, the Temple of Baalshamin, the Arch of Triumph, the Lion of Al-Lat, the tower tombs, the Islamic shrines) have their own reports.",
    descriptionAr:
      "تصف المقالات الخمسة كلها حملة متعمَّدة شنّها التنظيم على معالم تدمر، التي عدّها أوثاناً أو أماكن لعبادة وثنية. وقد اتضح حجمها حين استعادت القوات الحكومية المدينة في مارس 2016 (تايمز أوف إسرائيل). يسجّل هذا التقرير الحملة بمجملها، أما المعالم التي تسمّيها المقالات (معبد بل، ومعبد بعل شمين، وقوس النصر، وأسد اللات، والمدافن البرجية، والأضرحة الإسلامية) فلها تقاريرها الخاصة.",
    cites: [
      {
        source: SRC.toi,
        claimEn:
          "IS waged a campaign of destruction against the ruins, whose scale was revealed when government forces briefly retook the city in 2016.",
        claimAr:
          "شنّ التنظيم حملة تدمير على الآثار، اتضح حجمها حين استعادت القوات الحكومية المدينة لفترة قصيرة عام 2016.",
      },
      {
        source: SRC.laTimes,
        claimEn:
          "Unique treasures were blown up by jihadists who saw them as sites of pagan worship; some of the most important Roman-era structures were destroyed.",
        claimAr: "فجّر الجهاديون كنوزاً فريدة رأوا فيها أماكن لعبادة وثنية، ودُمّرت بعض أهم المباني الرومانية.",
      },
      {
        source: SRC.afp,
        claimEn:
          "IS blew up temples and tower tombs in a campaign against pre-Islamic monuments it considers blasphemous.",
        claimAr: "فجّر التنظيم معابد ومدافن برجية ضمن حملة على المعالم السابقة للإسلام التي يعدّها كفراً.",
      },
      {
        source: SRC.atlas,
        claimEn: "IS destroyed ancient buildings, claiming such structures are idolatrous.",
        claimAr: "دمّر التنظيم مباني أثرية بدعوى أنها أوثان.",
      },
      {
        source: SRC.newArab,
        claimEn: "Many of Palmyra's structures have been destroyed.",
        claimAr: "دُمّر كثير من مباني تدمر.",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Restoration efforts
// ---------------------------------------------------------------------------------------------

type Participant = { personId?: string; organisationId?: string; roleEn: string; roleAr: string };

type RestorationRow = Prisma.RestorationEffortCreateManyInput & {
  id: string;
  monumentId: MonumentId;
  techniqueCode: RestorationTechniqueCode;
  statusCode: RestorationStatusCode;
  reversibilityCode: ReversibilityCode | null;
  participants: Participant[];
  cites: Cite[];
};

const BUST_RESTORATION_COMMON = {
  techniqueCode: "3d_printed_replacement",
  statusCode: "completed",
  reversibilityCode: "fully_reversible",
  reversibilityReasonEn:
    "The 3-D printed parts are held only by magnets and can be taken off again; the restorers worked to the principle that all restoration must be completely reversible.",
  reversibilityReasonAr:
    "الأجزاء المطبوعة بتقنية ثلاثية الأبعاد مثبّتة بالمغناطيسات فقط ويمكن نزعها، إذ عمل المرمّمون وفق مبدأ أن كل ترميم يجب أن يكون قابلاً للعكس كلياً.",
  materialsEn:
    "3-D printed replicas of the missing parts; the recreated upper part of a face was made from synthetic nylon powder.",
  materialsAr:
    "نسخ مطبوعة بتقنية ثلاثية الأبعاد للأجزاء المفقودة؛ وصُنع الجزء العلوي المعاد من الوجه من مسحوق النايلون الصناعي.",
  attachmentMethodEn: "Powerful magnets",
  attachmentMethodAr: "مغناطيسات قوية",
  placeEn: "Rome, Italy (the workshop is not named in the sources)",
  placeAr: "روما، إيطاليا (لا تذكر المصادر اسم المختبر)",
  startedOn: null,
  startPrecision: null,
  // The busts were back in Syria on Tuesday 28 February 2017.
  endedOn: date("2017-02-28"),
  endPrecision: "DAY",
  outcomeEn:
    "Returned to Syria on 28 February 2017, shown at the National Museum in Damascus on 1 March 2017 and added to some 400 artifacts rescued from Palmyra. The antiquities director called it the first concrete, visible step by the international community to protect Syria's heritage; the work was also hailed as a tribute to Khaled al-Asaad.",
  outcomeAr:
    "أُعيد إلى سوريا في 28 فبراير 2017، وعُرض في المتحف الوطني بدمشق في 1 مارس 2017، وأُضيف إلى نحو 400 قطعة أثرية أُنقذت من تدمر. ووصف مدير الآثار العمل بأنه أول خطوة ملموسة وظاهرة يتخذها المجتمع الدولي لحماية التراث السوري، كما عُدّ تكريماً لخالد الأسعد.",
} as const;

const BUST_PARTICIPANTS: Participant[] = [
  { personId: PER.iaccarino, roleEn: "Restorer (one of the team)", roleAr: "مرمّم (أحد أعضاء الفريق)" },
  { organisationId: ORG.romeConservators, roleEn: "Restoration team in Rome", roleAr: "فريق الترميم في روما" },
  {
    organisationId: ORG.dgam,
    roleEn: "Syrian antiquities authority; announced the return",
    roleAr: "الجهة السورية المعنية بالآثار؛ أعلنت عودة التمثالين",
  },
  {
    personId: PER.abdulkarim,
    roleEn: "Director-General of Antiquities; presented the returned busts",
    roleAr: "المدير العام للآثار؛ عرض التمثالين بعد عودتهما",
  },
  {
    organisationId: ORG.nationalMuseumDamascus,
    roleEn: "Received and showed the busts on their return (1 March 2017)",
    roleAr: "استقبل التمثالين وعرضهما بعد عودتهما (1 مارس 2017)",
  },
];

const BUST_RESTORATION_CITES = (which: "woman" | "man"): Cite[] => [
  {
    source: SRC.toi,
    claimEn: `The two busts, including the bust of a ${which}, were restored in Rome with 3-D printed replacement parts attached by magnets, so that the work is fully reversible, and returned to Syria on Tuesday (28 February 2017).`,
    claimAr: `رُمّم التمثالان، ومنهما تمثال ${which === "woman" ? "المرأة" : "الرجل"}، في روما بأجزاء بديلة مطبوعة بتقنية ثلاثية الأبعاد ومثبّتة بالمغناطيسات بحيث يكون العمل قابلاً للعكس كلياً، وأُعيدا إلى سوريا يوم الثلاثاء (28 فبراير 2017).`,
  },
];

const RESTORATION_EFFORTS: RestorationRow[] = [
  {
    id: "rst-bust-of-a-woman-rome-2017",
    monumentId: MON.bustWoman,
    titleEn: "Restoration of the funerary bust of a woman in Rome",
    titleAr: "ترميم التمثال النصفي الجنائزي للمرأة في روما",
    ...BUST_RESTORATION_COMMON,
    descriptionEn:
      "Conservators in Rome restored the bust, one of two damaged Palmyra busts, using 3-D printed replicas of the missing parts attached with magnets. On one of the two busts (the source does not say which) the upper part of the face had been destroyed; it was recreated in synthetic nylon powder with a 3-D printer, a technique said never to have been used for such a restoration before.",
    descriptionAr:
      "رمّم مختصون في روما هذا التمثال، وهو أحد تمثالين متضرّرين من تدمر، مستخدمين نسخاً مطبوعة بتقنية ثلاثية الأبعاد للأجزاء المفقودة مثبّتة بالمغناطيسات. وكان الجزء العلوي من وجه أحد التمثالين (لا يحدّد المصدر أيّهما) قد دُمّر، فأُعيد صنعه من مسحوق النايلون الصناعي بطابعة ثلاثية الأبعاد، وهي تقنية قيل إنها لم تُستخدم قط في ترميم من هذا النوع.",
    participants: BUST_PARTICIPANTS,
    cites: BUST_RESTORATION_CITES("woman"),
  },
  {
    id: "rst-bust-of-a-man-rome-2017",
    monumentId: MON.bustMan,
    titleEn: "Restoration of the funerary bust of a man in Rome",
    titleAr: "ترميم التمثال النصفي الجنائزي للرجل في روما",
    ...BUST_RESTORATION_COMMON,
    descriptionEn:
      "Conservators in Rome restored the bust, the companion of the bust of a woman, using 3-D printed replicas of the missing parts attached with magnets. On one of the two busts (the source does not say which) the upper part of the face had been destroyed and was recreated in synthetic nylon powder.",
    descriptionAr:
      "رمّم مختصون في روما هذا التمثال، رفيق تمثال المرأة، مستخدمين نسخاً مطبوعة بتقنية ثلاثية الأبعاد للأجزاء المفقودة مثبّتة بالمغناطيسات. وكان الجزء العلوي من وجه أحد التمثالين (لا يحدّد المصدر أيّهما) قد دُمّر، فأُعيد صنعه من مسحوق النايلون الصناعي.",
    participants: BUST_PARTICIPANTS,
    cites: BUST_RESTORATION_CITES("man"),
  },
  {
    id: "rst-lion-of-al-lat-reassembly",
    monumentId: MON.lion,
    titleEn: "Reassembly of the Lion of Al-Lat",
    titleAr: "إعادة تجميع أسد اللات",
    techniqueCode: "reassembly",
    statusCode: "proposed",
    reversibilityCode: null,
    placeEn: "Palmyra",
    placeAr: "تدمر",
    descriptionEn:
      "On 28 March 2016 the antiquities director told AFP that the shattered Lion of Al-Lat could be put back together. The article gives no plan, team or date.",
    descriptionAr:
      "قال مدير الآثار لفرانس برس في 28 مارس 2016 إن أسد اللات المحطَّم يمكن إعادة تجميعه. ولا يذكر المقال خطة أو فريقاً أو موعداً.",
    participants: [
      {
        organisationId: ORG.dgam,
        roleEn: "Assessed the statue as repairable",
        roleAr: "قيّمت التمثال بأنه قابل للإصلاح",
      },
      {
        personId: PER.abdulkarim,
        roleEn: "Announced that the lion could be reassembled",
        roleAr: "أعلن إمكان إعادة تجميع الأسد",
      },
    ],
    cites: [
      {
        source: SRC.afp,
        claimEn: "The Lion of Al-Lat could be put back together, according to the antiquities director.",
        claimAr: "يمكن إعادة تجميع أسد اللات، بحسب مدير الآثار.",
      },
    ],
  },
  {
    id: "rst-temple-of-bel-restoration-plan-2016",
    monumentId: MON.bel,
    titleEn: "Planned restoration of the Temple of Bel and other destroyed monuments",
    titleAr: "الترميم المخطَّط لمعبد بل وغيره من المعالم المدمَّرة",
    techniqueCode: "anastylosis",
    statusCode: "planned",
    reversibilityCode: null,
    materialsEn: "Original stones remaining on the site, or identical new stones from the city's quarry",
    materialsAr: "الحجارة الأصلية الباقية في الموقع، أو حجارة جديدة مطابقة من مقلع المدينة",
    placeEn: "Palmyra",
    placeAr: "تدمر",
    descriptionEn:
      "In March 2016 antiquities director Maamoun Abdulkarim said his department would need five years, with UNESCO's approval, to restore the Temple of Bel and the other structures damaged or destroyed by IS (AFP). To The Atlas Times he said that, although rebuilding antiquities is generally not favoured, Palmyra was a different case, and that the temples would be restored so as to keep their historical identity, using original stones from the site or identical new ones from the city's quarry. No start date is given; IS retook Palmyra in December 2016.",
    descriptionAr:
      "قال مدير الآثار مأمون عبد الكريم في مارس 2016 إن مديريته تحتاج إلى خمس سنوات، بموافقة اليونسكو، لترميم معبد بل وغيره من المباني التي أتلفها التنظيم أو دمّرها (فرانس برس). وقال لذا أطلس تايمز إن إعادة بناء الآثار غير مفضّلة عموماً، لكن تدمر حالة مختلفة، وإن المعابد ستُرمَّم بما يحفظ هويتها التاريخية، اعتماداً على الحجارة الأصلية الباقية في الموقع أو على حجارة جديدة مطابقة من مقلع المدينة. ولم يُحدَّد موعد للبدء، وقد استعاد التنظيم تدمر في ديسمبر 2016.",
    outcomeEn: "Not started according to the sources.",
    outcomeAr: "لم يبدأ بحسب المصادر.",
    participants: [
      { organisationId: ORG.dgam, roleEn: "Would carry out the restoration", roleAr: "الجهة التي ستتولى الترميم" },
      { personId: PER.abdulkarim, roleEn: "Announced the plan", roleAr: "أعلن الخطة" },
      {
        organisationId: ORG.unesco,
        roleEn: "Approval required, according to the antiquities director",
        roleAr: "موافقتها شرط بحسب مدير الآثار",
      },
    ],
    cites: [
      {
        source: SRC.afp,
        claimEn:
          "With UNESCO's approval, the Temple of Bel and other monuments destroyed by IS could be restored in five years, according to the antiquities chief.",
        claimAr:
          "يمكن ترميم معبد بل وغيره من المعالم التي دمّرها التنظيم خلال خمس سنوات بموافقة اليونسكو، بحسب رئيس الآثار.",
      },
      {
        source: SRC.atlas,
        claimEn:
          "The antiquities director vowed to rebuild Palmyra's devastated temples using original stones or identical new ones from the city's quarry.",
        claimAr:
          "تعهّد مدير الآثار بإعادة بناء معابد تدمر المدمَّرة بالحجارة الأصلية أو بحجارة جديدة مطابقة من مقلع المدينة.",
      },
    ],
  },
  {
    id: "rst-citadel-urgent-work-2016",
    monumentId: MON.citadel,
    titleEn: "Urgent conservation of the citadel",
    titleAr: "أعمال صيانة عاجلة في القلعة",
    techniqueCode: "consolidation",
    statusCode: "proposed",
    reversibilityCode: null,
    placeEn: "Palmyra",
    placeAr: "تدمر",
    descriptionEn:
      "On 28 March 2016 the antiquities director told AFP that work on the citadel's damage had to begin immediately because the castle could not withstand it. No plan, technique or date is given; consolidation is the catalogue's assumption for emergency work of this kind.",
    descriptionAr:
      "قال مدير الآثار لفرانس برس في 28 مارس 2016 إن معالجة أضرار القلعة يجب أن تبدأ فوراً لأنها لا تحتملها. ولا يذكر المقال خطة أو تقنية أو موعداً، واختيار «التدعيم والتثبيت» افتراض من الفهرس لهذا النوع من الأعمال العاجلة.",
    participants: [
      { organisationId: ORG.dgam, roleEn: "Called for the work", roleAr: "دعت إلى العمل" },
      {
        personId: PER.abdulkarim,
        roleEn: "Said the work must start immediately",
        roleAr: "قال إن العمل يجب أن يبدأ فوراً",
      },
    ],
    cites: [
      {
        source: SRC.afp,
        claimEn: "Work on the damage in the citadel must start immediately, according to the antiquities chief.",
        claimAr: "يجب أن تبدأ معالجة الأضرار في القلعة فوراً، بحسب رئيس الآثار.",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Citations and participants, derived from the records above
// ---------------------------------------------------------------------------------------------

type CitationTarget = "siteId" | "controlPeriodId" | "monumentId" | "damageReportId" | "restorationEffortId";

function citationRows(target: CitationTarget, targetId: string, cites: Cite[]): Prisma.CitationCreateManyInput[] {
  return cites.map((cite) => ({
    // e.g. "cit-dmg-bel-2015-2016-afp-2016-03-28"
    id: `cit-${targetId}-${cite.source.replace(/^src-/, "")}`,
    sourceId: cite.source,
    [target]: targetId,
    claimEn: cite.claimEn,
    claimAr: cite.claimAr,
    locator: cite.locator ?? null,
  }));
}

const CITATIONS: Prisma.CitationCreateManyInput[] = [
  ...citationRows("siteId", SITE_ID, SITE_CITES),
  ...CONTROL_PERIODS.flatMap((row) => citationRows("controlPeriodId", row.id, row.cites)),
  ...MONUMENTS.flatMap((row) => citationRows("monumentId", row.id, row.cites)),
  ...DAMAGE_REPORTS.flatMap((row) => citationRows("damageReportId", row.id, row.cites)),
  ...RESTORATION_EFFORTS.flatMap((row) => citationRows("restorationEffortId", row.id, row.cites)),
];

const PARTICIPANTS: Prisma.RestorationParticipantCreateManyInput[] = RESTORATION_EFFORTS.flatMap((effort) =>
  effort.participants.map((p) => ({
    id: `rpt-${effort.id.replace(/^rst-/, "")}-${(p.personId ?? p.organisationId ?? "").replace(/^(per|org)-/, "")}`,
    effortId: effort.id,
    personId: p.personId ?? null,
    organisationId: p.organisationId ?? null,
    roleEn: p.roleEn,
    roleAr: p.roleAr,
  })),
);

/** What seedPalmyra inserts, by table. Derived from the data above; tests count rows themselves. */
export const PALMYRA_SEED_SUMMARY = {
  sources: SOURCES.length,
  organisations: ORGANISATIONS.length,
  people: PEOPLE.length,
  sites: 1,
  controlPeriods: CONTROL_PERIODS.length,
  monuments: MONUMENTS.length,
  sensitiveMonuments: MONUMENTS.filter((m) => m.isSensitive).length,
  damageReports: DAMAGE_REPORTS.length,
  restorationEfforts: RESTORATION_EFFORTS.length,
  restorationParticipants: PARTICIPANTS.length,
  citations: CITATIONS.length,
} as const;

/** Ids of the main seeded rows, for code and tests that need to point at a known record. */
export const PALMYRA_IDS = { site: SITE_ID, sources: SRC, monuments: MON, organisations: ORG, people: PER } as const;

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** A copy of `row` without the given keys (the helper fields that are not table columns). */
function omit<T extends object, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
  const drop = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !drop.has(key))) as Omit<T, K>;
}

function strip<T extends { cites: Cite[] }>(row: T): Omit<T, "cites"> {
  return omit(row, "cites");
}

/** Monuments ordered so that every part comes after the record it belongs to. */
function parentsFirst(rows: MonumentRow[]): MonumentRow[][] {
  const levels: MonumentRow[][] = [];
  const placed = new Set<string>();
  let rest = rows;
  while (rest.length > 0) {
    const level = rest.filter((row) => row.parentId === null || placed.has(row.parentId));
    if (level.length === 0) throw new Error("Palmyra seed: a monument's parent is missing or the parts form a cycle");
    level.forEach((row) => placed.add(row.id));
    levels.push(level);
    rest = rest.filter((row) => !placed.has(row.id));
  }
  return levels;
}

/**
 * Inserts the Palmyra catalogue. Expects the vocabularies to be present (seedVocabularies) and
 * runs inside the caller's transaction; it is not idempotent on its own (the caller's SeedRun row
 * guards against a second load).
 */
export async function seedPalmyra(tx: Prisma.TransactionClient): Promise<void> {
  await tx.source.createMany({ data: SOURCES });
  await tx.organisation.createMany({ data: ORGANISATIONS });
  await tx.person.createMany({ data: PEOPLE });
  await tx.site.create({ data: SITE });
  await tx.controlPeriod.createMany({ data: CONTROL_PERIODS.map(strip) });
  for (const level of parentsFirst(MONUMENTS)) {
    await tx.monument.createMany({ data: level.map(strip) });
  }
  await tx.damageReport.createMany({ data: DAMAGE_REPORTS.map(strip) });
  await tx.restorationEffort.createMany({
    data: RESTORATION_EFFORTS.map((row) => omit(row, "cites", "participants")),
  });
  await tx.restorationParticipant.createMany({ data: PARTICIPANTS });
  await tx.citation.createMany({ data: CITATIONS });
}
