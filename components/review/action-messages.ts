import type { ActionMessages } from "@/components/review/action-form";
import { translator } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/locales";
import { en } from "@/messages/en";

// What the review and history forms say for each code their actions return (lib/actions), in the
// page's language. "unexpected" keeps its "{ref}" for the form to fill in with the reference.

function errors(locale: Locale, namespace: "review" | "recordHistory") {
  const t = translator(locale) as unknown as (key: string, values?: Record<string, string>) => string;
  const codes = Object.keys(en[namespace].error);
  const said = Object.fromEntries(codes.map((code) => [code, t(`${namespace}.error.${code}`, { ref: "{ref}" })]));
  return said as Record<string, string> & { unexpected: string; forbidden: string };
}

export function reviewActionMessages(locale: Locale): ActionMessages {
  const t = translator(locale);
  const error = errors(locale, "review");
  return {
    ...error,
    unexpected: error.unexpected,
    permission: t("review.error.forbidden"),
    outOfDate: t("review.result.outOfDate"),
    held: t("review.result.held"),
    reasonRequired: t("review.reasonRequired"),
    commentRequired: t("review.commentRequired"),
  };
}

export function historyActionMessages(locale: Locale): ActionMessages {
  const error = errors(locale, "recordHistory");
  return { ...error, unexpected: error.unexpected, permission: error.forbidden };
}
