import "server-only";
import { COMPLIANCE_FILTERS, type TalentPoolFilter } from "@/lib/candidates/agency-queries";
import { AVAILABILITIES } from "@/lib/candidates/labels";
import { pageFrom } from "@/lib/pagination";
import { oneOf, param } from "./load";

type Raw = Record<string, string | string[] | undefined>;

/** The talent-pool filter from the query string (pages and CSV exports read it the same way). */
export function poolFilter(sp: Raw | URLSearchParams): TalentPoolFilter {
  const get = (k: string) => (sp instanceof URLSearchParams ? (sp.get(k) ?? undefined) : sp[k]);
  return {
    page: pageFrom(get("page")),
    q: param(get("q")),
    skill: param(get("skill")),
    availability: oneOf(get("availability"), AVAILABILITIES),
    local: oneOf(get("local"), ["yes", "no"] as const),
    compliance: oneOf(get("compliance"), COMPLIANCE_FILTERS),
  };
}

export function poolParams(f: TalentPoolFilter): Record<string, string | undefined> {
  return { q: f.q, skill: f.skill, availability: f.availability, local: f.local, compliance: f.compliance };
}
