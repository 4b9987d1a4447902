// RFC 9457 problem documents: every refusal of the public API says what was wrong in JSON, with
// the parameter it concerns; nothing about the server's insides (no stack, no SQL) is included.
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export type ProblemParameter = { name: string; reason: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  // which query or path parameters were refused, and why
  invalidParams?: ProblemParameter[];
  // a log reference for an unexpected failure
  reference?: string;
};

const TYPE_BASE = "/open-data#problem-";

export const problemTypes = {
  badRequest: { slug: "invalid-parameter", title: "A parameter is malformed", status: 400 },
  notFound: { slug: "not-found", title: "No such record", status: 404 },
  notAcceptable: { slug: "method-not-allowed", title: "Method not allowed", status: 405 },
  tooMany: { slug: "rate-limited", title: "Too many requests", status: 429 },
  internal: { slug: "internal", title: "Something went wrong", status: 500 },
} as const;

export type ProblemKind = keyof typeof problemTypes;

export function problem(kind: ProblemKind, extra: Omit<Partial<Problem>, "type" | "title" | "status"> = {}): Problem {
  const { slug, title, status } = problemTypes[kind];
  return { type: `${TYPE_BASE}${slug}`, title, status, ...extra };
}

/** Thrown by a handler for an expected refusal; the API wrapper turns it into a problem response. */
export class ProblemError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ProblemError";
  }
}

export const notFound = (detail: string) => new ProblemError(problem("notFound", { detail }));
export const badParameter = (name: string, reason: string) =>
  new ProblemError(problem("badRequest", { detail: `${name}: ${reason}`, invalidParams: [{ name, reason }] }));
