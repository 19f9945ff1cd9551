import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { RequisitionStatus } from "@/lib/generated/prisma/enums";
import { compareIsoDates } from "@/lib/compliance/dates";
import { londonToday } from "@/lib/jobs/clock";
import { customPeriod } from "@/lib/metrics/period";
import { localShare, priorityGroupHires, type LocalShare, type PriorityGroupHires } from "@/lib/metrics/social-value";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export type CampaignRow = {
  id: string;
  name: string;
  startDate: Date;
  endDate: Date | null;
  requisitions: number;
  applications: number;
  placed: number;
};

async function funnelCounts(councilId: string, campaignIds: string[]) {
  if (!campaignIds.length) return new Map<string, { applications: number; shortlisted: number; placed: number; requisitions: number; positions: number }>();
  const rows = await db().$queryRaw<{ id: string; requisitions: number; positions: number; applications: number; shortlisted: number; placed: number }[]>`
    select c.id,
      (select count(*) from "Requisition" r where r."campaignId" = c.id)::int as requisitions,
      (select coalesce(sum(r.headcount), 0) from "Requisition" r where r."campaignId" = c.id)::int as positions,
      (select count(*) from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."campaignId" = c.id)::int as applications,
      (select count(*) from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."campaignId" = c.id and a."shortlistedAt" is not null)::int as shortlisted,
      (select count(*) from "Placement" p join "Requisition" r on r.id = p."requisitionId" where r."campaignId" = c.id)::int as placed
    from "Campaign" c where c."councilId" = ${councilId} and c.id = any(${campaignIds}::text[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

/** The council's campaigns, newest first, with requisitions, applications and placements made. */
export async function listCampaigns(viewer: Viewer | null): Promise<CampaignRow[]> {
  const v = authorize(viewer, "requisition.read.council");
  const campaigns = await db().campaign.findMany({ where: { councilId: v.councilId }, orderBy: [{ startDate: "desc" }, { name: "asc" }], select: { id: true, name: true, startDate: true, endDate: true } });
  const counts = await funnelCounts(v.councilId, campaigns.map((c) => c.id));
  return campaigns.map((c) => {
    const n = counts.get(c.id);
    return { ...c, requisitions: n?.requisitions ?? 0, applications: n?.applications ?? 0, placed: n?.placed ?? 0 };
  });
}

export type CampaignDetail = {
  id: string;
  name: string;
  description: string | null;
  startDate: Date;
  endDate: Date | null;
  funnel: { requisitions: number; positions: number; applications: number; shortlisted: number; placed: number };
  /** the shared metric definitions (lib/metrics) over the campaign's requisitions, from its first day to today */
  periodLabel: string;
  localShare: LocalShare;
  priorityGroups: PriorityGroupHires;
  requisitions: { id: string; reference: string; jobTitle: string; serviceName: string; status: RequisitionStatus; headcount: number; applications: number; placed: number }[];
};

/**
 * One campaign: its requisitions and funnel (applications → shortlisted → placed), with local share and
 * priority-group hires from the shared metric functions filtered to the campaign, over the period from the
 * campaign's (or its earliest placement's) first day to today.
 */
export async function getCampaign(viewer: Viewer | null, id: string, today = londonToday()): Promise<CampaignDetail> {
  const v = authorize(viewer, "requisition.read.council");
  const c = await db().campaign.findFirst({
    where: { id, councilId: v.councilId },
    select: {
      id: true, name: true, description: true, startDate: true, endDate: true,
      requisitions: {
        orderBy: { reference: "asc" },
        select: {
          id: true, reference: true, jobTitle: true, status: true, headcount: true, service: { select: { name: true } },
          _count: { select: { applications: true, placements: true } },
        },
      },
    },
  });
  if (!c) throw new NotFoundError("We could not find that campaign.");
  const counts = (await funnelCounts(v.councilId, [c.id])).get(c.id) ?? { requisitions: 0, positions: 0, applications: 0, shortlisted: 0, placed: 0 };
  const earliest = await db().placement.findFirst({ where: { councilId: v.councilId, requisition: { campaignId: c.id } }, orderBy: { startDate: "asc" }, select: { startDate: true } });
  let start = iso(c.startDate);
  if (earliest && compareIsoDates(iso(earliest.startDate), start) < 0) start = iso(earliest.startDate);
  if (compareIsoDates(start, today) > 0) start = today;
  const period = customPeriod(start, today, today);
  const [share, groups] = await Promise.all([
    localShare(viewer, period, { campaignId: c.id }),
    priorityGroupHires(viewer, period, { campaignId: c.id }),
  ]);
  return {
    id: c.id, name: c.name, description: c.description, startDate: c.startDate, endDate: c.endDate,
    funnel: { requisitions: counts.requisitions, positions: counts.positions, applications: counts.applications, shortlisted: counts.shortlisted, placed: counts.placed },
    periodLabel: period.label, localShare: share, priorityGroups: groups,
    requisitions: c.requisitions.map((r) => ({
      id: r.id, reference: r.reference, jobTitle: r.jobTitle, serviceName: r.service.name, status: r.status, headcount: r.headcount,
      applications: r._count.applications, placed: r._count.placements,
    })),
  };
}

/** Requisitions that could be added to a campaign (not in it already), newest first. */
export async function requisitionsToAttach(viewer: Viewer | null, campaignId: string) {
  const v = authorize(viewer, "campaign.manage");
  return db().requisition.findMany({
    where: { councilId: v.councilId, OR: [{ campaignId: null }, { campaignId: { not: campaignId } }], status: { in: ["APPROVED", "OPEN", "FILLED", "CLOSED"] } },
    orderBy: [{ createdAt: "desc" }],
    take: 300,
    select: { id: true, reference: true, jobTitle: true, status: true },
  });
}
