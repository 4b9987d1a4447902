import type { ProposalActions } from "@/components/editing/submit";
import type { SubmissionActions } from "@/components/editing/submission-list";
import {
  discardDraftAction,
  markDecisionsSeenAction,
  proposeChangeAction,
  reviseChangeRequestAction,
  saveDraftAction,
  withdrawChangeRequestAction,
} from "./actions";

// What the editing pages hand to their forms: the forms post to these server actions, and no
// component imports from app/.
export const proposalActions: ProposalActions = {
  propose: proposeChangeAction,
  revise: reviseChangeRequestAction,
  saveDraft: saveDraftAction,
  discardDraft: discardDraftAction,
};

export const submissionActions: SubmissionActions = {
  withdraw: withdrawChangeRequestAction,
  markDecisionsSeen: markDecisionsSeenAction,
};
