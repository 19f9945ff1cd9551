import "server-only";
import { z } from "zod";

/** The environment, parsed once. Import `env` instead of reading process.env elsewhere. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it"),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Connect2 portal <no-reply@connect2.example>"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  DEFAULT_COUNCIL: z.string().default("luton"),
  DEMO_SIGN_INS: z.enum(["true", "false"]).optional(),
});

export type Env = z.infer<typeof schema>;

let parsed: Env | null = null;

export function getEnv(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  if (result.data.NODE_ENV === "production" && !result.data.NEXTAUTH_SECRET) {
    throw new Error("NEXTAUTH_SECRET must be set in production");
  }
  parsed = result.data;
  return parsed;
}

/** Demo sign-in hints on the sign-in page: development by default, never in production unless asked. */
export function showDemoSignIns(): boolean {
  const e = getEnv();
  if (e.DEMO_SIGN_INS) return e.DEMO_SIGN_INS === "true";
  return e.NODE_ENV !== "production";
}
