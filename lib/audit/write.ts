import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type AuditInput = {
  councilId: string;
  actorId: string | null;
  actorRole?: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  changes?: Prisma.InputJsonValue;
};

/** Record a state change. Call it inside the same transaction as the change. */
export async function writeAudit(client: Db | Tx, event: AuditInput) {
  await client.auditEvent.create({
    data: {
      councilId: event.councilId,
      actorId: event.actorId,
      actorRole: event.actorRole ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      changes: event.changes,
    },
  });
}
