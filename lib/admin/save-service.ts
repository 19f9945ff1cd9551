import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { budgetSchema, costCentreSchema, serviceSchema, type BudgetInput, type CostCentreInput, type ServiceInput } from "./schemas";

const isUnique = (e: unknown) => typeof e === "object" && e !== null && "code" in e && (e as { code: string }).code === "P2002";

/** Add a council service (directorate or department). Name and code are unique in the council. */
export async function createService(viewer: Viewer | null, raw: ServiceInput) {
  const v = authorize(viewer, "admin.settings");
  const input = serviceSchema.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const s = await tx.service.create({ data: { councilId: v.councilId, name: input.name, code: input.code }, select: { id: true } });
      await writeAudit(tx, { councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "service.create", entityType: "Service", entityId: s.id, changes: input });
      return s;
    });
  } catch (e) {
    if (isUnique(e)) throw new DomainError("That service already exists", { name: "A service with this name or code already exists" });
    throw e;
  }
}

/** Add a cost centre (budget code) to one of the council's services. */
export async function createCostCentre(viewer: Viewer | null, raw: CostCentreInput) {
  const v = authorize(viewer, "admin.settings");
  const input = costCentreSchema.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const service = await tx.service.findFirst({ where: { id: input.serviceId, councilId: v.councilId }, select: { id: true } });
      if (!service) throw new NotFoundError("We could not find that service.");
      const cc = await tx.costCentre.create({ data: { councilId: v.councilId, serviceId: service.id, code: input.code, name: input.name }, select: { id: true } });
      await writeAudit(tx, { councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "cost-centre.create", entityType: "CostCentre", entityId: cc.id, changes: input });
      return cc;
    });
  } catch (e) {
    if (isUnique(e)) throw new DomainError("That cost centre already exists", { code: "A cost centre with this code already exists" });
    throw e;
  }
}

/** Set a cost centre's agency staffing budget for a financial year (April–March); replaces any earlier figure. */
export async function setBudget(viewer: Viewer | null, raw: BudgetInput) {
  const v = authorize(viewer, "admin.settings");
  const input = budgetSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const cc = await tx.costCentre.findFirst({ where: { id: input.costCentreId, councilId: v.councilId }, select: { id: true } });
    if (!cc) throw new NotFoundError("We could not find that cost centre.");
    const before = await tx.costCentreBudget.findUnique({ where: { costCentreId_financialYear: { costCentreId: cc.id, financialYear: input.financialYear } }, select: { budgetPence: true } });
    const b = await tx.costCentreBudget.upsert({
      where: { costCentreId_financialYear: { costCentreId: cc.id, financialYear: input.financialYear } },
      create: { councilId: v.councilId, costCentreId: cc.id, financialYear: input.financialYear, budgetPence: BigInt(input.budget) },
      update: { budgetPence: BigInt(input.budget) },
      select: { id: true },
    });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "cost-centre.budget", entityType: "CostCentre", entityId: cc.id,
      changes: { financialYear: input.financialYear, budgetPence: [before ? Number(before.budgetPence) : null, input.budget] },
    });
    return b;
  });
}
