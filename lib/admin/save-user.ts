import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write";
import { userSchema, type UserInput } from "./schemas";

/**
 * An administrator adds a staff user (hiring manager, Connect2 team, board member, administrator) or changes one:
 * role, job title, active, and — for hiring managers — the services they belong to with their approval rights
 * (budget holder, second approver). Services must be the council's own. An administrator cannot switch off or
 * demote themselves (the council would lose its last way in). Audited with what changed (never the password).
 */
export async function saveUser(viewer: Viewer | null, raw: UserInput) {
  const v = authorize(viewer, "admin.settings");
  const input = userSchema.parse(raw);
  const serviceIds = [...new Set([...input.member, ...input.budgetHolder, ...input.secondApprover])];
  const services = serviceIds.length ? await db().service.findMany({ where: { councilId: v.councilId, id: { in: serviceIds } }, select: { id: true } }) : [];
  if (services.length !== serviceIds.length) throw new NotFoundError("We could not find one of those services.");
  if (input.userId === v.userId && (!input.active || input.role !== "ADMIN")) {
    throw new DomainError("You cannot remove your own administrator access; ask another administrator.");
  }
  const memberships = input.role === "HIRING_MANAGER"
    ? [...new Set([...input.member, ...input.budgetHolder, ...input.secondApprover])].map((serviceId) => ({
        serviceId, budgetHolder: input.budgetHolder.includes(serviceId), secondApprover: input.secondApprover.includes(serviceId),
      }))
    : [];
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db().$transaction(async (tx) => {
      if (input.userId) {
        const before = await tx.user.findFirst({
          where: { id: input.userId, councilId: v.councilId, role: { not: "CANDIDATE" } },
          select: { id: true, name: true, email: true, role: true, jobTitle: true, active: true, memberships: { select: { serviceId: true, budgetHolder: true, secondApprover: true } } },
        });
        if (!before) throw new NotFoundError("We could not find that user.");
        await tx.user.update({
          where: { id: before.id },
          data: { name: input.name, email: input.email, role: input.role, jobTitle: input.jobTitle, active: input.active, ...(passwordHash ? { passwordHash } : {}) },
        });
        await tx.serviceMembership.deleteMany({ where: { userId: before.id } });
        if (memberships.length) await tx.serviceMembership.createMany({ data: memberships.map((m) => ({ ...m, councilId: v.councilId, userId: before.id })) });
        await writeAudit(tx, {
          councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "user.update", entityType: "User", entityId: before.id,
          changes: {
            ...(before.name !== input.name ? { name: [before.name, input.name] } : {}),
            ...(before.email !== input.email ? { email: [before.email, input.email] } : {}),
            ...(before.role !== input.role ? { role: [before.role, input.role] } : {}),
            ...(before.jobTitle !== input.jobTitle ? { jobTitle: [before.jobTitle, input.jobTitle] } : {}),
            ...(before.active !== input.active ? { active: [before.active, input.active] } : {}),
            ...(passwordHash ? { password: "reset" } : {}),
            memberships: [before.memberships, memberships],
          },
        });
        return { id: before.id, created: false };
      }
      const user = await tx.user.create({
        data: {
          councilId: v.councilId, name: input.name, email: input.email, role: input.role, jobTitle: input.jobTitle, active: input.active, passwordHash,
          memberships: { create: memberships.map((m) => ({ ...m, councilId: v.councilId })) },
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "user.create", entityType: "User", entityId: user.id,
        changes: { name: input.name, email: input.email, role: input.role, jobTitle: input.jobTitle, memberships },
      });
      return { id: user.id, created: true };
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      throw new DomainError("That email address is in use", { email: "Another account already uses this email address" });
    }
    throw e;
  }
}
