import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import type { RoleCategory } from "@/lib/generated/prisma/enums";
import { financialYearOf } from "./period";
import { ROLE_CATEGORIES, type MetricFilters } from "./scope";

export interface MetricFilterOptions {
  services: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
  roleCategories: RoleCategory[];
  /** the first financial year with any requisition or placement (for the period picker) */
  firstFinancialYear: number | null;
}

/** What the board's filters can choose from: the viewer's council's services and campaigns (names only). */
export async function metricFilterOptions(viewer: Viewer | null): Promise<MetricFilterOptions> {
  const v = authorize(viewer, "metrics.read");
  const [services, campaigns, [first]] = await Promise.all([
    db().service.findMany({ where: { councilId: v.councilId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().campaign.findMany({ where: { councilId: v.councilId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().$queryRaw<{ first: string | null }[]>`
      select least(
        (select min("openedAt")::date from "Requisition" where "councilId" = ${v.councilId}),
        (select min("startDate") from "Placement" where "councilId" = ${v.councilId})
      )::text as first`,
  ]);
  return {
    services,
    campaigns,
    roleCategories: ROLE_CATEGORIES,
    firstFinancialYear: first?.first ? financialYearOf(first.first) : null,
  };
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function get(sp: Params, key: string): string | undefined {
  const v = sp instanceof URLSearchParams ? sp.get(key) : sp[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s !== "" ? s : undefined;
}

/** Filters from `service`, `role` and `campaign` search parameters; values not offered to this council are dropped. */
export function parseFilters(sp: Params, options: MetricFilterOptions): MetricFilters {
  const service = get(sp, "service");
  const role = get(sp, "role");
  const campaign = get(sp, "campaign");
  return {
    serviceId: service && options.services.some((s) => s.id === service) ? service : undefined,
    roleCategory: role && options.roleCategories.includes(role as RoleCategory) ? (role as RoleCategory) : undefined,
    campaignId: campaign && options.campaigns.some((c) => c.id === campaign) ? campaign : undefined,
  };
}

/** The search parameters that select these filters again. */
export function filterParams(f: MetricFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.serviceId) out.service = f.serviceId;
  if (f.roleCategory) out.role = f.roleCategory;
  if (f.campaignId) out.campaign = f.campaignId;
  return out;
}
