import "server-only";
import type { AgencyInboxFilter, AgencyInboxSort } from "@/lib/requisitions/agency-queries";
import { pageFrom } from "@/lib/pagination";
import { oneOf, param } from "./load";

type Raw = Record<string, string | string[] | undefined>;

/** The inbox filter from the query string (the page and its CSV export read it the same way). */
export function inboxFilter(sp: Raw | URLSearchParams): AgencyInboxFilter {
  const get = (k: string) => (sp instanceof URLSearchParams ? (sp.get(k) ?? undefined) : sp[k]);
  return {
    page: pageFrom(get("page")),
    status: oneOf(get("status"), ["APPROVED", "OPEN"] as const),
    serviceId: param(get("service")),
    campaignId: param(get("campaign")),
    flag: oneOf(get("flag"), ["NO_SHORTLIST", "STARTING_UNFILLED"] as const),
    q: param(get("q")),
    sort: oneOf(get("sort"), ["start", "days", "reference"] as const satisfies readonly AgencyInboxSort[]),
    dir: oneOf(get("dir"), ["asc", "desc"] as const),
  };
}

export function inboxParams(f: AgencyInboxFilter): Record<string, string | undefined> {
  return { status: f.status, service: f.serviceId, campaign: f.campaignId, flag: f.flag, q: f.q, sort: f.sort, dir: f.dir };
}
