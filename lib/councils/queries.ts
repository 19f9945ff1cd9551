import "server-only";
import { env } from "@/lib/env";
import { cache } from "react";
import { db } from "@/lib/db";

export type PublicCouncil = { id: string; slug: string; name: string; agencyName: string; retentionMonthsUnsuccessful: number };

/**
 * The council whose public job board this request is for: the one listing the request's hostname,
 * else DEFAULT_COUNCIL (a slug, "luton" by default). One deployment can serve several councils.
 */
export const resolvePublicCouncil = cache(async (host: string | null): Promise<PublicCouncil | null> => {
  const hostname = (host ?? "").split(":")[0].toLowerCase();
  const select = { id: true, slug: true, name: true, agencyName: true, retentionMonthsUnsuccessful: true } as const;
  if (hostname) {
    const byHost = await db().council.findFirst({ where: { hostnames: { has: hostname } }, select });
    if (byHost) return byHost;
  }
  return db().council.findUnique({ where: { slug: env().DEFAULT_COUNCIL }, select });
});
