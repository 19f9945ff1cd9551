import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/notifications/mailer";
import { writeAudit } from "@/lib/audit/write";
import { authSecret, MAGIC_LINK_MAX_AGE_SECONDS } from "./options";
import { verifyPassword } from "./password";
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from "./throttle";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").email("Enter an email address in the correct format, like name@example.com"),
  password: z.string().min(1, "Enter your password"),
});

export const signInLinkSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address").email("Enter an email address in the correct format, like name@example.com"),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string; councilId: string } }
  | { ok: false; formError: string };

const LOCKED = (until: Date) =>
  `Too many failed attempts. For your security, signing in is paused until ${until.toLocaleTimeString("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  })}. You can reset your password or use an emailed sign-in link after that.`;

/** Email and password sign-in with per-account and per-IP throttling. */
export async function signInWithPassword(input: z.infer<typeof signInSchema>, ip: string | null): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, ip);
  const locked = await lockedUntil(keys);
  if (locked) return { ok: false, formError: LOCKED(locked) };

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || !user.active) {
    await recordFailure(keys);
    const nowLocked = await lockedUntil(keys);
    return { ok: false, formError: nowLocked ? LOCKED(nowLocked) : "The email address or password is not right. Check them and try again." };
  }
  await clearFailures(email);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await writeAudit(db(), {
    councilId: user.councilId,
    actorId: user.id,
    actorRole: user.role,
    action: "auth.sign-in",
    entityType: "User",
    entityId: user.id,
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, councilId: user.councilId } };
}

/**
 * Email a one-time sign-in link to a candidate account. Says nothing about whether the account exists;
 * throttled like passwords so it cannot be used to flood someone's inbox.
 */
export async function requestSignInLink(rawEmail: string, baseUrl: string, callbackPath: string, ip: string | null) {
  const email = rawEmail.trim().toLowerCase();
  const keys = throttleKeys(email, ip);
  if (await lockedUntil(keys)) return;
  await recordFailure(keys.filter((k) => k.startsWith("email:"))); // count link requests against the account
  const user = await db().user.findUnique({ where: { email } });
  if (!user || !user.active || user.role !== "CANDIDATE") return;

  const token = randomBytes(32).toString("hex");
  // Hashed exactly as next-auth's email callback expects: sha256(token + secret).
  const hashed = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  await db().verificationToken.create({
    data: { identifier: email, token: hashed, expires: new Date(Date.now() + MAGIC_LINK_MAX_AGE_SECONDS * 1000) },
  });
  const url = new URL("/api/auth/callback/email", baseUrl);
  url.searchParams.set("callbackUrl", new URL(safeCallbackPath(callbackPath), baseUrl).toString());
  url.searchParams.set("token", token);
  url.searchParams.set("email", email);
  await sendEmail({
    councilId: user.councilId,
    to: email,
    subject: "Your sign-in link",
    text: `Hello ${user.name},\n\nUse this link to sign in. It works once and expires in 30 minutes:\n\n${url.toString()}\n\nIf you did not ask for it, you can ignore this email.`,
  });
}

/** Only same-site relative paths are followed after sign-in. */
export function safeCallbackPath(path: string | null | undefined): string {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  return path;
}
