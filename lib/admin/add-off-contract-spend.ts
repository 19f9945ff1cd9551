import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { dateOf } from "@/lib/jobs/clock";
import { offContractSpendSchema, type OffContractSpendInput } from "./schemas";

/**
 * Record agency spend a council service bought from another supplier over a period (the figures services send to
 * Connect2). The on-contract share (lib/metrics/spend.ts onContractShare) divides spend through the agency by that
 * plus these entries, each pro-rated by the days of its period inside the period being reported.
 */
export async function addOffContractSpend(viewer: Viewer | null, raw: OffContractSpendInput) {
  const v = authorize(viewer, "offcontract.spend.manage");
  const input = offContractSpendSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const service = await tx.service.findFirst({ where: { id: input.serviceId, councilId: v.councilId }, select: { id: true, name: true } });
    if (!service) throw new DomainError("Check the service", { serviceId: "Choose one of the council's services" });
    const row = await tx.offContractSpend.create({
      data: {
        councilId: v.councilId, serviceId: service.id, supplier: input.supplier, periodStart: dateOf(input.periodStart), periodEnd: dateOf(input.periodEnd),
        amountPence: input.amount, enteredById: v.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "off-contract-spend.create", entityType: "OffContractSpend", entityId: row.id,
      changes: { serviceId: service.id, service: service.name, supplier: input.supplier, periodStart: input.periodStart, periodEnd: input.periodEnd, amountPence: input.amount },
    });
    return row;
  });
}
