import "server-only";
import { db } from "@/lib/db";

/** For the run-once script: a council's id from its slug. */
export async function councilIdForSlug(slug: string): Promise<string | undefined> {
  const c = await db().council.findUnique({ where: { slug }, select: { id: true } });
  return c?.id;
}

/** Close the database pool so a one-off script can exit. */
export async function disconnectJobs(): Promise<void> {
  await db().$disconnect();
}
