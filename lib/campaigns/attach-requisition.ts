import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError, NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";

export const attachSchema = z.object({
  campaignId: z.string().min(1),
  requisitionId: z.string().trim().min(1, "Choose a requisition to add"),
});

export type AttachInput = z.input<typeof attachSchema>;

/** Add a requisition of the council to a campaign (moving it from any other campaign), audited. */
export async function attachRequisition(viewer: Viewer | null, raw: AttachInput) {
  const v = authorize(viewer, "campaign.manage");
  const input = attachSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const [campaign, req] = await Promise.all([
      tx.campaign.findFirst({ where: { id: input.campaignId, councilId: v.councilId }, select: { id: true } }),
      tx.requisition.findFirst({ where: { id: input.requisitionId, councilId: v.councilId }, select: { id: true, campaignId: true } }),
    ]);
    if (!campaign) throw new NotFoundError("We could not find that campaign.");
    if (!req) throw new NotFoundError("We could not find that requisition.");
    if (req.campaignId === campaign.id) throw new DomainError("That requisition is already in this campaign.");
    await tx.requisition.update({ where: { id: req.id }, data: { campaignId: campaign.id } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.campaign", entityType: "Requisition", entityId: req.id,
      changes: { campaignId: [req.campaignId, campaign.id] },
    });
    return { requisitionId: req.id, campaignId: campaign.id };
  });
}

/** Take a requisition out of its campaign, audited. */
export async function detachRequisition(viewer: Viewer | null, raw: AttachInput) {
  const v = authorize(viewer, "campaign.manage");
  const input = attachSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const req = await tx.requisition.findFirst({ where: { id: input.requisitionId, councilId: v.councilId, campaignId: input.campaignId }, select: { id: true } });
    if (!req) throw new NotFoundError("That requisition is not in this campaign.");
    await tx.requisition.update({ where: { id: req.id }, data: { campaignId: null } });
    await writeAudit(tx, {
      councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "requisition.campaign", entityType: "Requisition", entityId: req.id,
      changes: { campaignId: [input.campaignId, null] },
    });
    return { requisitionId: req.id };
  });
}
