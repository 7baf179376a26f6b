import { z } from "zod";

// Parsed once; the app refuses to start (instrumentation.ts) when this throws.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({
        error:
          "DATABASE_URL is not set: start the app with `npm start`, which starts an embedded Postgres, or set it to a postgres:// URL",
      })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
    // Connections per app process; `npm start` uses 1 on the embedded Postgres (scripts/run-app.ts).
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // A direct (session) connection for LISTEN, when DATABASE_URL goes through a transaction-mode
    // pooler such as PgBouncer; unset: DATABASE_URL (lib/cache/revalidation-sync-cache-handler.js).
    DATABASE_LISTEN_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_LISTEN_URL must be a postgres:// or postgresql:// URL")
      .optional(),
    // "1": a revalidated page (a job saved on one instance) is dropped by every instance, told
    // through Postgres LISTEN/NOTIFY; "0" only for a single instance (`npm start` embedded).
    REVALIDATION_SYNC: z.enum(["0", "1"], { error: 'REVALIDATION_SYNC must be "0" or "1"' }).default("1"),
    // Where the jobs a request leaves behind (reading an uploaded document's text) run: "worker",
    // the background worker (`npm run worker`, docs/decisions/0020); "in-app", in the app process
    // after the response, set by `npm start` on the embedded Postgres, which runs no worker.
    BACKGROUND_JOBS: z
      .enum(["worker", "in-app"], { error: 'BACKGROUND_JOBS must be "worker" or "in-app"' })
      .default("worker"),
    APP_URL: z
      .url({ error: "APP_URL must be an absolute URL such as http://localhost:3000" })
      .default("http://localhost:3000"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
    EMAIL_FROM: z.string().min(3).default("Trellis Careers <careers@trellis.localhost>"),
    // Where resumes and cover letters live: "local" (STORAGE_DIR, one machine) or "s3" (a bucket
    // every app instance shares; credentials from the AWS SDK's standard variables or role).
    STORAGE_DRIVER: z.enum(["local", "s3"], { error: 'STORAGE_DRIVER must be "local" or "s3"' }).default("local"),
    STORAGE_DIR: z.string().min(1).default(".data/uploads"),
    S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "S3_BUCKET must be a bucket name (3–63 lowercase letters, digits, dots and hyphens)",
      )
      .optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/, "S3_REGION must be a region name such as eu-west-1")
      .optional(),
    // An S3-compatible server (MinIO, Ceph, Cloudflare R2, …); unset: AWS S3.
    S3_ENDPOINT: z
      .url({
        protocol: /^https?$/,
        error: "S3_ENDPOINT must be the server's URL, such as https://minio.example.internal:9000",
      })
      .optional(),
    // "1": bucket in the path (https://host/bucket/key), which most self-hosted servers need.
    S3_FORCE_PATH_STYLE: z.enum(["0", "1"], { error: 'S3_FORCE_PATH_STYLE must be "0" or "1"' }).default("0"),
    // "1" shows captured email at /dev/mailbox; set by `npm start` / `npm run dev` in local mode.
    TRELLIS_DEV_MAILBOX: z.enum(["0", "1"]).optional(),
    JOB_BOARD_API_KEY: z.string().min(16, "JOB_BOARD_API_KEY must be at least 16 characters").optional(),
    // Signs Auth.js cookies and hashes magic-link tokens; `npm start`/`npm run dev` generate one
    // into .data/auth-secret for the embedded (local) mode.
    AUTH_SECRET: z
      .string()
      .min(32, "AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)")
      .optional(),
    // Keys the hashes of client addresses in rate-limit counters; unset: derived from AUTH_SECRET.
    RATE_LIMIT_SECRET: z
      .string()
      .min(32, "RATE_LIMIT_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)")
      .optional(),
    // How many reverse proxies in front of the app add to the forwarded-for header (0: none, the
    // app faces the clients itself); the client's address is that many entries from the right.
    TRUST_PROXY: z.coerce
      .number({ error: "TRUST_PROXY must be a number of proxies, such as 0 or 1" })
      .int()
      .min(0)
      .max(10)
      .default(0),
    // Applications accepted per client address per hour on the careers site (lib/rate-limit).
    RATE_LIMIT_APPLY_PER_HOUR: z.coerce
      .number({ error: "RATE_LIMIT_APPLY_PER_HOUR must be a whole number" })
      .int()
      .min(1)
      .max(100_000)
      .default(30),
    // Staff API requests per token per minute (lib/rate-limit); 600 unless set.
    RATE_LIMIT_API_PER_MINUTE: z.coerce
      .number({ error: "RATE_LIMIT_API_PER_MINUTE must be a whole number" })
      .int()
      .min(1)
      .max(100_000)
      .optional(),
    // Single sign-on: all three set, or none.
    AUTH_OIDC_ISSUER: z
      .url({ error: "AUTH_OIDC_ISSUER must be the issuer URL of your OpenID Connect provider" })
      .optional(),
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().min(1).default("Single sign-on"),
    // "1": match invitations by the provider's email even when it sends no `email_verified`
    // claim. Only for a provider your organization runs, where nobody can choose their own address.
    AUTH_OIDC_TRUST_EMAIL: z.enum(["0", "1"], { error: 'AUTH_OIDC_TRUST_EMAIL must be "0" or "1"' }).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "AUTH_SECRET is required in production (at least 32 random characters, e.g. `openssl rand -base64 32`)",
      });
    }
    if (env.STORAGE_DRIVER === "s3") {
      if (!env.S3_BUCKET)
        ctx.addIssue({
          code: "custom",
          path: ["S3_BUCKET"],
          message: "S3_BUCKET is required with STORAGE_DRIVER=s3 (the bucket that holds resumes and cover letters)",
        });
      if (!env.S3_REGION)
        ctx.addIssue({
          code: "custom",
          path: ["S3_REGION"],
          message:
            "S3_REGION is required with STORAGE_DRIVER=s3 (the bucket's region; S3-compatible servers such as MinIO accept us-east-1)",
        });
    }
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message:
          "set AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET together to enable single sign-on",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(normalizeEmpty(process.env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Trellis cannot start, the environment is invalid:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** An empty variable (`SMTP_URL=`) means "unset", as most twelve-factor tools read it. */
function normalizeEmpty(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]));
}

/** Whether captured email (no SMTP_URL) may be shown at /dev/mailbox. */
export function isDevMailboxEnabled(): boolean {
  const env = getEnv();
  // The mailbox shows sign-in links and candidates' emails to anyone who opens it: only for a
  // local install (or a development server), never for a deployment that forgot SMTP_URL.
  return !env.SMTP_URL && (env.NODE_ENV !== "production" || env.TRELLIS_DEV_MAILBOX === "1");
}

/** Whether staff can sign in with the OpenID Connect provider (all AUTH_OIDC_* set). */
export function isOidcEnabled(): boolean {
  const env = getEnv();
  return Boolean(env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET);
}
