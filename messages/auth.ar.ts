import type { AuthMessages } from "./auth.en";

// Sign-in, the signed-in area's shell, accounts and the audit log, in Arabic.
export const authAr: AuthMessages = {
  auth: {
    signInTitle: "تسجيل الدخول",
    signInIntro: "لعلماء الآثار ومحرّري الفهرس. يُنشئ المسؤول الحسابات.",
    email: "البريد الإلكتروني",
    password: "كلمة المرور",
    signInButton: "تسجيل الدخول",
    signingIn: "جارٍ تسجيل الدخول…",
    invalidCredentials: "البريد الإلكتروني أو كلمة المرور غير صحيحة.",
    tooManyAttempts: "محاولات فاشلة كثيرة لتسجيل الدخول. انتظر ١٥ دقيقة ثم أعد المحاولة.",
    somethingWrong: "حدث خطأ ما. يُرجى المحاولة مرة أخرى.",
    emailRequired: "أدخل بريدك الإلكتروني.",
    emailInvalid: "أدخل بريدًا إلكترونيًا مثل name@example.org.",
    passwordRequired: "أدخل كلمة المرور.",
    signOut: "تسجيل الخروج",
    signedInAs: "مسجَّل الدخول باسم {name}",
  },
  editing: {
    areaNav: "التحرير",
    edit: "تحرير الفهرس",
    submissions: "مقترحاتي",
    review: "قائمة المراجعة",
    users: "الحسابات",
    audit: "سجل التدقيق",
    pendingCount: "{count} بانتظار المراجعة",
    unseenDecisions: "{count} قرارات جديدة",
    publicSite: "الفهرس العام",
    forbiddenTitle: "غير متاح",
    forbiddenBody: "لا يملك حسابك صلاحية الوصول إلى هذه الصفحة.",
  },
};
