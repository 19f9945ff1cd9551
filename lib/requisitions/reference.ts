import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The next requisition reference for a council, e.g. "LUT-REQ-0042": the council's slug's first three
 * letters, then one more than the highest number used so far. An advisory lock held to the end of the
 * transaction makes two simultaneous requisitions take different numbers.
 */
export async function nextRequisitionReference(tx: Tx, councilId: string): Promise<string> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`requisition-ref:${councilId}`}))`;
  const council = await tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { slug: true } });
  const prefix = `${council.slug.slice(0, 3).toUpperCase()}-REQ-`;
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    select max((substring(reference from '([0-9]+)$'))::int) as n
    from "Requisition" where "councilId" = ${councilId} and reference like ${`${prefix}%`}`;
  const n = (rows[0]?.n ?? 0) + 1;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
