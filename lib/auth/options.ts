import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/auth/client-ip";
import {
  attemptSignIn,
  findSessionUser,
  revokeSession,
  SESSION_MAX_AGE_SECONDS,
  type SessionClaims,
} from "@/lib/auth/credentials";
import { signInThrottle } from "@/lib/auth/throttle";

// Error codes next-auth hands back to the sign-in form (signIn(...).error). The form maps them to
// translated messages; the same code whether or not the account exists.
export const SIGN_IN_ERROR = { invalid: "invalid-credentials", throttled: "too-many-attempts" } as const;

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
});

const useSecureCookies = (env.NEXTAUTH_URL ?? "").startsWith("https://");
const cookiePrefix = useSecureCookies ? "__Secure-" : "";
export const SESSION_COOKIE_NAME = `${cookiePrefix}next-auth.session-token`;

/** The identifiers a session cookie's JWT carries, or null for anything else. */
export function claimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token || typeof token.sid !== "string" || typeof token.uid !== "string" || typeof token.sv !== "number")
    return null;
  return { sid: token.sid, uid: token.uid, sv: token.sv };
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  useSecureCookies,
  cookies: {
    // HttpOnly, SameSite=Lax, Secure whenever the app is served over https.
    sessionToken: {
      name: SESSION_COOKIE_NAME,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies },
    },
  },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(SIGN_IN_ERROR.invalid);
        const headers = (req?.headers ?? {}) as Record<string, string | string[] | undefined>;
        const result = await attemptSignIn({
          prisma: db,
          throttle: signInThrottle(),
          email: parsed.data.email,
          password: parsed.data.password,
          ip: clientIp(headers["x-forwarded-for"]),
          userAgent: typeof headers["user-agent"] === "string" ? headers["user-agent"] : null,
        });
        if (!result.ok) throw new Error(SIGN_IN_ERROR[result.reason]);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sid: result.sessionId,
          sv: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    // The JWT carries only identifiers; who the user is and what they may do is read from the
    // database on every request (lib/auth/session.ts), so revocation is immediate.
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as { id: string; sid: string; sv: number };
        token.uid = signedIn.id;
        token.sid = signedIn.sid;
        token.sv = signedIn.sv;
      }
      return token;
    },
    // Runs for getServerSession and /api/auth/session alike: the session row and the account are
    // checked on every request, and a revoked, expired or disabled session has no user.
    async session({ session, token }) {
      const claims = claimsOf(token);
      const user = claims ? await findSessionUser(db, claims) : null;
      return (user ? { expires: session.expires, user } : { expires: session.expires }) as unknown as typeof session;
    },
  },
  events: {
    // next-auth's own sign-out endpoint: revoke the row too, not just the cookie.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession({ prisma: db, sessionId: token.sid });
    },
  },
};
