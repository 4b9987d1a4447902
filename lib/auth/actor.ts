// Who is acting, as the data layer sees it: every lib/data function that checks a permission
// takes one. The role is the database's (lib/auth/session.ts reads it on every request).
export type Actor = { id: string; role: string };
