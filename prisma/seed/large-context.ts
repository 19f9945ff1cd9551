/**
 * What the benchmark seed reuses from the demo seed: Luton's council, local area, services, cost centres,
 * managers (with their approval rights), agency users and rate cards, plus the next free reference numbers.
 */
import type pg from "pg";
import type { LocalAreaDefinition } from "../../lib/candidates/local-resident";
import { Rng } from "./prng";

export interface LargeService {
  id: string;
  code: string;
  costCentreIds: string[];
  budgetHolders: string[];
  secondApprovers: string[];
}

export interface LargeCard {
  payMinPence: number;
  payMaxPence: number;
  chargeMinPence: number;
  chargeMaxPence: number;
}

export interface LargeContext {
  rng: Rng;
  scale: number;
  today: number; // day number
  councilId: string;
  area: LocalAreaDefinition;
  laCodes: string[];
  services: Map<string, LargeService>;
  agencyUserIds: string[];
  cards: Map<string, LargeCard>; // "ROLE_CATEGORY:grade"
  nextRequisitionNo: number;
  nextPlacementNo: number;
}

export async function loadLargeContext(client: pg.Client, scale: number, today: number, seed: number): Promise<LargeContext> {
  const council = await client.query<{ id: string }>(`select id from "Council" where slug = 'luton'`);
  if (!council.rowCount) throw new Error("No Luton council: run the demo seed first (npm run seed).");
  const councilId = council.rows[0].id;
  const area = await client.query<{ postcodeDistricts: string[]; excludedSectors: string[]; localAuthorityCodes: string[] }>(
    `select "postcodeDistricts", "excludedSectors", "localAuthorityCodes" from "LocalArea" where "councilId" = $1`, [councilId]);
  const services = new Map<string, LargeService>();
  const svc = await client.query<{ id: string; code: string }>(`select id, code from "Service" where "councilId" = $1 order by code`, [councilId]);
  for (const s of svc.rows) services.set(s.code, { id: s.id, code: s.code, costCentreIds: [], budgetHolders: [], secondApprovers: [] });
  const byId = new Map([...services.values()].map((s) => [s.id, s]));
  const cc = await client.query<{ id: string; serviceId: string }>(`select id, "serviceId" from "CostCentre" where "councilId" = $1 order by code`, [councilId]);
  for (const c of cc.rows) byId.get(c.serviceId)?.costCentreIds.push(c.id);
  const members = await client.query<{ userId: string; serviceId: string; budgetHolder: boolean; secondApprover: boolean }>(
    `select m."userId", m."serviceId", m."budgetHolder", m."secondApprover" from "ServiceMembership" m join "User" u on u.id = m."userId"
     where m."councilId" = $1 and u.active and u.role = 'HIRING_MANAGER' order by m."userId"`, [councilId]);
  for (const m of members.rows) {
    const s = byId.get(m.serviceId);
    if (!s) continue;
    if (m.budgetHolder) s.budgetHolders.push(m.userId);
    if (m.secondApprover) s.secondApprovers.push(m.userId);
  }
  for (const s of services.values()) {
    if (s.budgetHolders.length < 2 || s.secondApprovers.length < 1 || !s.costCentreIds.length) {
      throw new Error(`Service ${s.code} needs two budget holders, a second approver and a cost centre (is the demo seed loaded?)`);
    }
  }
  const agency = await client.query<{ id: string }>(`select id from "User" where "councilId" = $1 and role = 'AGENCY' and active order by id`, [councilId]);
  if (!agency.rowCount) throw new Error("No agency users for Luton.");
  const cards = new Map<string, LargeCard>();
  const rc = await client.query<LargeCard & { roleCategory: string; grade: string }>(
    `select distinct on ("roleCategory", grade) "roleCategory", grade, "payMinPence", "payMaxPence", "chargeMinPence", "chargeMaxPence"
     from "RateCard" where "councilId" = $1 order by "roleCategory", grade, "effectiveFrom" desc`, [councilId]);
  for (const c of rc.rows) cards.set(`${c.roleCategory}:${c.grade}`, c);
  const maxRef = async (table: string) => {
    const r = await client.query<{ n: number | null }>(
      `select max((substring(reference from '([0-9]+)$'))::int) as n from "${table}" where "councilId" = $1`, [councilId]);
    return (r.rows[0].n ?? 0) + 1;
  };
  return {
    rng: new Rng(seed), scale, today, councilId,
    area: { postcodeDistricts: area.rows[0]?.postcodeDistricts ?? ["LU1", "LU2", "LU3", "LU4"], excludedSectors: area.rows[0]?.excludedSectors ?? ["LU2 8"] },
    laCodes: area.rows[0]?.localAuthorityCodes ?? ["E06000032"],
    services, agencyUserIds: agency.rows.map((r) => r.id), cards,
    nextRequisitionNo: await maxRef("Requisition"), nextPlacementNo: await maxRef("Placement"),
  };
}

/** Two different budget holders (raiser, first approver) and a second approver who is neither. */
export function approversFor(ctx: LargeContext, s: LargeService): { raiser: string; first: string; second: string | null } {
  const raiser = ctx.rng.pick(s.budgetHolders);
  const first = ctx.rng.pick(s.budgetHolders.filter((u) => u !== raiser));
  const seconds = s.secondApprovers.filter((u) => u !== raiser && u !== first);
  return { raiser, first, second: seconds.length ? ctx.rng.pick(seconds) : null };
}
