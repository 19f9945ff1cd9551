import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { isoOf } from "@/lib/jobs/clock";
import { deleteOffContractSpendSchema, type DeleteOffContractSpendInput } from "./schemas";

/**
 * Delete an off-contract spend entry that was entered wrongly (then enter the right figure). What it said is kept
 * in the audit event, so the on-contract share reported before the deletion can still be explained.
 */
export async function deleteOffContractSpend(viewer: Viewer | null, raw: DeleteOffContractSpendInput) {
  const v = authorize(viewer, "offcontract.spend.manage");
  const input = deleteOffContractSpendSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const row = await tx.offContractSpend.findFirst({
      where: { id: input.spendId, councilId: v.councilId },
      select: { id: true, serviceId: true, supplier: true, periodStart: true, periodEnd: true, amountPence: true, enteredById: true, createdAt: true, service: { select: { name: true } } },
    });
    if (!row) throw new NotFoundError("We could not find that spend entry.");
    // deleteMany with the council in the filter: a concurrent deletion leaves nothing to audit twice
    const gone = await tx.offContractSpend.deleteMany({ where: { id: row.id, councilId: v.councilId } });
    if (gone.count === 0) throw new NotFoundError("We could not find that spend entry.");
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "off-contract-spend.delete", entityType: "OffContractSpend", entityId: row.id,
      changes: {
        serviceId: row.serviceId, service: row.service.name, supplier: row.supplier, periodStart: isoOf(row.periodStart), periodEnd: isoOf(row.periodEnd),
        amountPence: row.amountPence, enteredById: row.enteredById, enteredAt: row.createdAt.toISOString(),
      },
    });
    return { id: row.id };
  });
}
