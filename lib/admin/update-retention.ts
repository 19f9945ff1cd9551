import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { writeAudit } from "@/lib/audit/write";
import { retentionSchema, type RetentionInput } from "./schemas";

/**
 * How long personal data of unsuccessful candidates is kept after their last activity (rule 8; default 12 months).
 * The nightly retention job (lib/jobs/retention.ts) anonymises candidates never placed once this has passed, and
 * the public privacy notice states it.
 */
export async function updateRetentionPeriod(viewer: Viewer | null, raw: RetentionInput) {
  const v = authorize(viewer, "admin.settings");
  const input = retentionSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const before = await tx.council.findUniqueOrThrow({ where: { id: v.councilId }, select: { retentionMonthsUnsuccessful: true } });
    await tx.council.update({ where: { id: v.councilId }, data: { retentionMonthsUnsuccessful: input.retentionMonths } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "council.retention-months", entityType: "Council", entityId: v.councilId,
      changes: { retentionMonthsUnsuccessful: [before.retentionMonthsUnsuccessful, input.retentionMonths] },
    });
    return { months: input.retentionMonths };
  });
}
