import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { DomainError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";

export const campaignSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the campaign name").max(120, "Campaign name must be 120 characters or fewer"),
    description: z.string().trim().max(2000, "Description must be 2,000 characters or fewer").optional().transform((v) => (v ? v : null)),
    startDate: z.string().trim().min(1, "Enter the start date").regex(/^\d{4}-\d{2}-\d{2}$/, "Start date must be a real date, like 1 12 2026"),
    endDate: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), "End date must be a real date, like 31 3 2027"),
  })
  .refine((v) => v.endDate === null || v.endDate >= v.startDate, { path: ["endDate"], message: "End date must be on or after the start date" });

export type CampaignInput = z.input<typeof campaignSchema>;

/** A named recruitment drive (e.g. "Neighbourhood Services recruitment") that groups requisitions. Names are unique per council. */
export async function createCampaign(viewer: Viewer | null, raw: CampaignInput) {
  const v = authorize(viewer, "campaign.manage");
  const input = campaignSchema.parse(raw);
  try {
    return await db().$transaction(async (tx) => {
      const c = await tx.campaign.create({
        data: {
          councilId: v.councilId, name: input.name, description: input.description, startDate: new Date(`${input.startDate}T00:00:00.000Z`),
          endDate: input.endDate ? new Date(`${input.endDate}T00:00:00.000Z`) : null, createdById: v.userId,
        },
        select: { id: true, name: true },
      });
      await writeAudit(tx, {
        councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "campaign.create", entityType: "Campaign", entityId: c.id,
        changes: { name: input.name, startDate: input.startDate, endDate: input.endDate },
      });
      return c;
    });
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && (e as { code: string }).code === "P2002") {
      throw new DomainError("A campaign already has that name", { name: "A campaign with this name already exists. Choose a different name." });
    }
    throw e;
  }
}
