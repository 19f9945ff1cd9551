import "server-only";
import { AGENCY_PLACEMENT_VIEWS, type AgencyPlacementFilter } from "@/lib/placements/agency-queries";
import { pageFrom } from "@/lib/pagination";
import { oneOf, param } from "./load";

type Raw = Record<string, string | string[] | undefined>;

export function placementFilter(sp: Raw | URLSearchParams): AgencyPlacementFilter {
  const get = (k: string) => (sp instanceof URLSearchParams ? (sp.get(k) ?? undefined) : sp[k]);
  return { page: pageFrom(get("page")), view: oneOf(get("view"), AGENCY_PLACEMENT_VIEWS), serviceId: param(get("service")), q: param(get("q")) };
}

export function placementParams(f: AgencyPlacementFilter): Record<string, string | undefined> {
  return { view: f.view, service: f.serviceId, q: f.q };
}
