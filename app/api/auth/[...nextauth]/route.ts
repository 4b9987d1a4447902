import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth v4's endpoints (csrf, callback/credentials, signout, session) under /api/auth.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
