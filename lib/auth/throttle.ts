import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Failed sign-ins: at most 10 per account and 10 per IP address in 15 minutes. The counters live
// in PostgreSQL (table "SignInThrottle", created by our migration) so every app instance shares
// them and a restart does not reset them.
export const MAX_FAILURES = 10;
export const WINDOW_SECONDS = 15 * 60;

export type SignInThrottle = {
  /** true when this account or address has used up its failures: refuse without checking the password */
  isBlocked(keys: ThrottleKeys): Promise<boolean>;
  recordFailure(keys: ThrottleKeys): Promise<void>;
  /** a successful sign-in clears the account's counter (the address's stays: it may be guessing other accounts) */
  recordSuccess(keys: ThrottleKeys): Promise<void>;
  close(): Promise<void>;
};

export type ThrottleKeys = { email: string; ip: string | null };

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string | null) => `ip:${ip ?? "unknown"}`;

export function createSignInThrottle(connectionString: string): SignInThrottle {
  const pool = new Pool({ connectionString, max: 3 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[sign-in throttle] idle connection error", error.message));
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "SignInThrottle",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: "signin",
    points: MAX_FAILURES,
    duration: WINDOW_SECONDS,
  });

  const consumed = async (key: string) => (await limiter.get(key))?.consumedPoints ?? 0;
  // `penalty` adds a point without rejecting when the limit is passed (consume would throw).
  const fail = (key: string) => limiter.penalty(key, 1);

  return {
    async isBlocked({ email, ip }) {
      const [account, address] = await Promise.all([consumed(accountKey(email)), consumed(ipKey(ip))]);
      return account >= MAX_FAILURES || address >= MAX_FAILURES;
    },
    async recordFailure({ email, ip }) {
      await Promise.all([fail(accountKey(email)), fail(ipKey(ip))]);
    },
    async recordSuccess({ email }) {
      await limiter.delete(accountKey(email));
    },
    close: () => pool.end(),
  };
}

const globalForThrottle = globalThis as unknown as { signInThrottle?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
  globalForThrottle.signInThrottle ??= createSignInThrottle(env.DATABASE_URL);
  return globalForThrottle.signInThrottle;
}
