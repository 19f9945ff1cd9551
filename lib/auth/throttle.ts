import "server-only";
import { db } from "@/lib/db";

/**
 * Failed sign-in throttling, per account and per IP, stored in Postgres so a restart does not reset it.
 * An account locks for 15 minutes after 5 failures within 15 minutes; an IP after 20.
 */
export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  maxPerAccount: 5,
  maxPerIp: 20,
} as const;

export const throttleKeys = (email: string, ip: string | null) =>
  [`email:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])] as const;

/** The time until which sign-in is locked for any of these keys, or null. */
export async function lockedUntil(keys: readonly string[], now = new Date()): Promise<Date | null> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: [...keys] }, lockedUntil: { gt: now } } });
  if (!rows.length) return null;
  return new Date(Math.max(...rows.map((r) => r.lockedUntil!.getTime())));
}

/** Count a failure against each key (atomically, in SQL), locking keys that reach their limit. */
export async function recordFailure(keys: readonly string[], now = new Date()) {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const lockUntil = new Date(now.getTime() + THROTTLE.lockMs);
  for (const key of keys) {
    const limit = key.startsWith("ip:") ? THROTTLE.maxPerIp : THROTTLE.maxPerAccount;
    await db().$executeRaw`
      insert into "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      values (${key}, 1, ${now}, null, ${now})
      on conflict ("key") do update set
        "failures"    = case when "SignInThrottle"."windowStart" < ${windowStart} then 1 else "SignInThrottle"."failures" + 1 end,
        "windowStart" = case when "SignInThrottle"."windowStart" < ${windowStart} then ${now} else "SignInThrottle"."windowStart" end,
        "lockedUntil" = case
          when "SignInThrottle"."windowStart" >= ${windowStart} and "SignInThrottle"."failures" + 1 >= ${limit} then ${lockUntil}
          else "SignInThrottle"."lockedUntil" end,
        "updatedAt"   = ${now}`;
  }
}

export async function clearFailures(email: string) {
  await db().signInThrottle.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
