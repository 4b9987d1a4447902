import { z } from "zod";

// The only reader of process.env: everything else imports `env` from here, so a missing or
// malformed setting fails once, at start, with a message that names it.
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql:// URL with a host, e.g. postgresql://user:password@localhost:5432/heritage");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  // read replica for public reads; defaults to DATABASE_URL
  DATABASE_READ_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  // where the embedded PostgreSQL, media and generated secrets live when nothing else is configured
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  // a single-admin deployment may approve its own proposals (each such approval is recorded as self-approved)
  ALLOW_SELF_APPROVAL: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  // public API (/api/v1): requests per client per minute; an export counts as API_EXPORT_COST requests
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  API_EXPORT_COST: z.coerce.number().int().min(1).max(1000).default(10),
  // bulk import (/edit/import): the largest file accepted, counted while it streams in, and its rows
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1000).max(1_000_000_000).default(20_000_000),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  // media store: an S3-compatible bucket when S3_BUCKET is set, else DATA_DIR/media
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

export const isProduction = env.NODE_ENV === "production";
