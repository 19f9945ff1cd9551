import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "./viewer";

/** Build the viewer for a user id from the database; null when the user is missing or deactivated. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    include: {
      council: { select: { name: true, agencyName: true } },
      memberships: { select: { serviceId: true, budgetHolder: true, secondApprover: true } },
      candidateProfile: { select: { id: true } },
    },
  });
  if (!user || !user.active) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    councilId: user.councilId,
    councilName: user.council.name,
    agencyName: user.council.agencyName,
    serviceIds: user.memberships.map((m) => m.serviceId),
    budgetHolderServiceIds: user.memberships.filter((m) => m.budgetHolder).map((m) => m.serviceId),
    secondApproverServiceIds: user.memberships.filter((m) => m.secondApprover).map((m) => m.serviceId),
    candidateId: user.candidateProfile?.id ?? null,
  };
}
