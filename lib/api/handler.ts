import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { PROBLEM_CONTENT_TYPE, problem, ProblemError, type Problem, type ProblemParameter } from "@/lib/api/problem";
import { apiRateLimiter, type RateDecision } from "@/lib/api/rate-limit";
import { env } from "@/lib/env";
import { apiLinks } from "@/lib/api/links";

// The one wrapper of every public API route handler: rate limit, parameter checks with the
// route's zod schemas (a malformed parameter is a 400 problem document, never a 500), CORS for
// GET, ETag / If-None-Match on JSON, and one refusal shape (RFC 9457) for everything else.

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition",
} as const;

// API responses bypass proxy.ts (its matcher skips /api): the security headers are set here.
const BASE_HEADERS = {
  ...CORS_HEADERS,
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Cross-Origin-Resource-Policy": "cross-origin",
} as const;

export type JsonResult = { json: unknown; contentType?: string; headers?: Record<string, string> };
type HandlerResult = JsonResult | Response;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined> | undefined> };

type ApiRouteOptions<Q extends z.ZodObject, P extends z.ZodObject> = {
  query: Q;
  params?: P;
  // how many requests of the client's per-minute budget this costs (an export costs more)
  cost?: number;
  handler: (input: { query: z.infer<Q>; params: z.infer<P>; request: Request }) => Promise<HandlerResult>;
};

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current.def.type === "optional" || current.def.type === "default") {
    current = (current.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return current;
}

/**
 * The query string as the schema expects it: a repeatable parameter (an array in the schema) as
 * every value given, any other as its single value; given twice, it is refused.
 */
export function queryInput(schema: z.ZodObject, searchParams: URLSearchParams) {
  const input: Record<string, unknown> = {};
  const repeated: ProblemParameter[] = [];
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    const field = schema.shape[key] as z.ZodType | undefined;
    if (field && unwrap(field).def.type === "array") input[key] = values;
    else if (values.length > 1) repeated.push({ name: key, reason: "is given more than once" });
    else input[key] = values[0];
  }
  return { input, repeated };
}

export function zodProblemParams(error: z.ZodError): ProblemParameter[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ name: key, reason: "is not a parameter of this endpoint" }));
    }
    const name = issue.path.length > 0 ? String(issue.path[0]) : "query";
    return [{ name, reason: issue.message }];
  });
}

function badRequest(invalidParams: ProblemParameter[]): Problem {
  const detail = invalidParams.map((p) => `${p.name} ${p.reason}`).join("; ");
  return problem("badRequest", { detail, invalidParams });
}

function rateHeaders(rate: RateDecision | null): Record<string, string> {
  if (!rate) return {};
  return {
    "RateLimit-Limit": String(rate.limit),
    "RateLimit-Remaining": String(rate.remaining),
    "RateLimit-Reset": String(rate.resetSeconds),
  };
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...BASE_HEADERS, "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/** Weak validator of a JSON body: equal bytes, equal tag. */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

function jsonResponse(request: Request, result: JsonResult, extra: Record<string, string>): Response {
  const body = JSON.stringify(result.json);
  const etag = etagOf(body);
  const headers = {
    ...BASE_HEADERS,
    "Content-Type": result.contentType ?? "application/json; charset=utf-8",
    // clients may keep a copy but must ask again (a 304 is cheap); approvals show at once
    "Cache-Control": "public, max-age=0, must-revalidate",
    ETag: etag,
    Vary: "Accept-Encoding",
    ...result.headers,
    ...extra,
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/** The client a request counts against: its address as lib/auth/client-ip.ts determines it. */
export function clientKey(request: Request): string {
  return clientIp(request.headers.get("x-forwarded-for")) ?? "unknown";
}

export function apiRoute<Q extends z.ZodObject, P extends z.ZodObject = z.ZodObject<Record<string, never>>>(
  options: ApiRouteOptions<Q, P>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    let rate: RateDecision | null = null;
    try {
      rate = await apiRateLimiter().consume(clientKey(request), options.cost ?? 1);
      if (!rate.allowed) {
        return problemResponse(
          problem("tooMany", {
            detail: `At most ${rate.limit} requests a minute from one client; try again in ${rate.resetSeconds} s.`,
          }),
          { "Retry-After": String(rate.resetSeconds), ...rateHeaders(rate) },
        );
      }

      const url = new URL(request.url);
      const { input, repeated } = queryInput(options.query, url.searchParams);
      const parsedQuery = options.query.safeParse(input);
      // Next passes no params object at all to a route without dynamic segments
      const rawParams = (context ? await context.params : undefined) ?? {};
      const parsedParams = (options.params ?? z.object({})).safeParse(rawParams);
      const invalid = [
        ...repeated,
        ...(parsedParams.success ? [] : zodProblemParams(parsedParams.error)),
        ...(parsedQuery.success ? [] : zodProblemParams(parsedQuery.error)),
      ];
      if (invalid.length > 0 || !parsedQuery.success || !parsedParams.success) {
        return problemResponse(badRequest(invalid), rateHeaders(rate));
      }

      const result = await options.handler({
        query: parsedQuery.data,
        params: parsedParams.data as z.infer<P>,
        request,
      });
      if (result instanceof Response) {
        for (const [name, value] of Object.entries({ ...BASE_HEADERS, ...rateHeaders(rate) })) {
          result.headers.set(name, value);
        }
        return result;
      }
      return jsonResponse(request, result, rateHeaders(rate));
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem, rateHeaders(rate));
      const reference = randomUUID();
      console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed (reference ${reference})`, error);
      return problemResponse(problem("internal", { reference }), rateHeaders(rate));
    }
  };
}

/** The answer to a CORS preflight: any origin may GET; nothing else is offered. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...BASE_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept, Accept-Language",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

export const exportCost = () => env.API_EXPORT_COST;

/** A list page with its links: this page as asked, and the next one (same filters, its cursor). */
export function pageJson<T>(request: Request, page: { items: T[]; nextCursor: string | null }): JsonResult {
  const self = new URL(request.url);
  const origin = apiOrigin();
  const selfUrl = `${origin}${self.pathname}${self.search}`;
  let next: string | null = null;
  if (page.nextCursor) {
    const params = new URLSearchParams(self.search);
    params.set("cursor", page.nextCursor);
    next = `${origin}${self.pathname}?${params.toString()}`;
  }
  return {
    json: { items: page.items, nextCursor: page.nextCursor, links: { self: selfUrl, next } },
    headers: next ? { Link: `<${next}>; rel="next"` } : {},
  };
}

function apiOrigin(): string {
  return new URL(apiLinks.base()).origin;
}
