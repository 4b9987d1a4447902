import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Requests to the public API per client per minute. The counters live in PostgreSQL (table
// "ApiRateLimit"): every app instance shares them, and each request is one atomic upsert, so a
// burst of concurrent requests cannot slip past the limit between a read and a write.
export const WINDOW_SECONDS = 60;

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

export type ApiRateLimiter = { consume(client: string, cost?: number): Promise<RateDecision> };

export function createApiRateLimiter({
  connectionString,
  points,
}: {
  connectionString: string;
  points: number;
}): ApiRateLimiter & { close(): Promise<void> } {
  const pool = new Pool({ connectionString, max: 4 });
  pool.on("error", (error) => console.error("[api rate limit] idle connection error", error.message));
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "ApiRateLimit",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: "api",
    points,
    duration: WINDOW_SECONDS,
  });
  const decision = (result: RateLimiterRes, allowed: boolean): RateDecision => ({
    allowed,
    limit: points,
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
  });
  return {
    async consume(client, cost = 1) {
      try {
        return decision(await limiter.consume(client, cost), true);
      } catch (error) {
        // the library rejects with a RateLimiterRes when the limit is used up, with an Error otherwise
        if (error instanceof RateLimiterRes) return decision(error, false);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

const globalForLimiter = globalThis as unknown as { apiRateLimiter?: ApiRateLimiter };

export function apiRateLimiter(): ApiRateLimiter {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set.");
  globalForLimiter.apiRateLimiter ??= createApiRateLimiter({
    connectionString: env.DATABASE_URL,
    points: env.API_RATE_LIMIT_PER_MINUTE,
  });
  return globalForLimiter.apiRateLimiter;
}
