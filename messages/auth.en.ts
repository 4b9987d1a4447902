// Sign-in, the signed-in area's shell, accounts and the audit log, in English.
// messages/auth.ar.ts must have the same keys (typed as AuthMessages).
export const authEn = {
  auth: {
    signInTitle: "Sign in",
    signInIntro: "For archaeologists and editors of the catalogue. Accounts are created by an administrator.",
    email: "Email address",
    password: "Password",
    signInButton: "Sign in",
    signingIn: "Signing in…",
    invalidCredentials: "The email address or password is not correct.",
    tooManyAttempts: "Too many failed sign-ins. Wait 15 minutes and try again.",
    somethingWrong: "Something went wrong. Please try again.",
    emailRequired: "Enter your email address.",
    emailInvalid: "Enter an email address such as name@example.org.",
    passwordRequired: "Enter your password.",
    signOut: "Sign out",
    signedInAs: "Signed in as {name}",
  },
  editing: {
    areaNav: "Editing",
    edit: "Edit the catalogue",
    submissions: "My submissions",
    review: "Review queue",
    users: "Accounts",
    audit: "Audit log",
    pendingCount: "{count} pending",
    unseenDecisions: "{count} new decisions",
    publicSite: "Public catalogue",
    forbiddenTitle: "Not available",
    forbiddenBody: "Your account does not have access to this page.",
  },
};

export type AuthMessages = typeof authEn;
