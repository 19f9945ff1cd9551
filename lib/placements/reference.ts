import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The next placement reference for a council, e.g. "LUT-PL-0042" (the same shape as the demo data): the
 * council slug's first three letters, then one more than the highest number used. An advisory lock held to
 * the end of the transaction makes two confirmations at once take different numbers.
 */
export async function nextPlacementReference(tx: Tx, councilId: string): Promise<string> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`placement-ref:${councilId}`}))`;
  const council = await tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { slug: true } });
  const prefix = `${council.slug.slice(0, 3).toUpperCase()}-PL-`;
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    select max((substring(reference from '([0-9]+)$'))::int) as n
    from "Placement" where "councilId" = ${councilId} and reference like ${`${prefix}%`}`;
  const n = (rows[0]?.n ?? 0) + 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
