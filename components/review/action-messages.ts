import type { ActionMessages } from "@/components/review/action-form";
import type { ReviewMessages } from "@/messages/review.en";

// What the review and history forms say for each code their actions return (lib/actions).

export function reviewActionMessages(t: ReviewMessages["review"]): ActionMessages {
  return {
    ...t.error,
    permission: t.error.forbidden,
    outOfDate: t.result.outOfDate,
    held: t.result.held,
    reasonRequired: t.reasonRequired,
    commentRequired: t.commentRequired,
  };
}

export function historyActionMessages(t: ReviewMessages["recordHistory"]): ActionMessages {
  return { ...t.error, permission: t.error.forbidden };
}
