import "server-only";
import { z } from "zod";

/**
 * The environment, in one place, checked with zod. Everything in lib/ reads configuration through `env()`
 * rather than process.env. It is parsed on each call (a few microseconds) so a test or script that sets a
 * variable at run time is seen at once.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DB_QUERY_LOG: z.enum(["0", "1", "2"]).optional(),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Connect2 portal <no-reply@connect2.example>"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  DEFAULT_COUNCIL: z.string().default("luton"),
  DEMO_SIGN_INS: z.enum(["true", "false"]).optional(),
  DEV_OUTBOX: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

export function env(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** @deprecated name kept for callers: use env(). */
export const getEnv = env;

/** Demo sign-in hints on the sign-in page: development by default, never in production unless asked. */
export function showDemoSignIns(): boolean {
  const e = env();
  if (e.DEMO_SIGN_INS) return e.DEMO_SIGN_INS === "true";
  return e.NODE_ENV !== "production";
}
