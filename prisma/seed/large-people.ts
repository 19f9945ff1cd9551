/**
 * Benchmark candidates (added by the team, so no sign-in accounts) with postcodes judged by the
 * local-resident rule, and their compliance checks. Rows are written after the pipeline has decided who
 * applied when, so every profile is created before its first application.
 */
import { decideLocalResident } from "../../lib/candidates/local-resident";
import type { PriorityGroup } from "../../lib/generated/prisma/enums";
import { arrayLiteral, isoDay, stamp, type Bulk } from "./bulk";
import { trackDbs } from "./candidates";
import { INWARD_LETTERS, LUTON_AREAS, NAME_GROUPS, NEARBY_AREAS, REFEREE_ORGANISATIONS, STREETS } from "./data";
import { JOB_TEMPLATES, TRACK_EXPERIENCE, TRACK_SKILLS, type Track } from "./jobs";
import type { LargeContext } from "./large-context";

export interface LargeCand {
  id: string;
  track: Track;
  isLocal: boolean;
  groups: PriorityGroup[];
  /** first day they are free for another placement */
  freeFrom: number;
  firstApp: number | null;
  lastActivity: number | null;
  placed: boolean;
  postcode: string;
  town: string;
}

const SOCIAL_WORK = new Set<Track>(["adultSw", "childSw", "management"]);
/** Tracks whose jobs need two references (safer recruitment in care and social work). */
const REFERENCED = new Set<Track>(["care", "adultSw", "childSw", "management", "ot"]);
const GROUPS: ReadonlyArray<readonly [PriorityGroup, number]> = [
  ["LONG_TERM_UNEMPLOYED", 30], ["DISABLED", 25], ["NEET_16_24", 20], ["CARE_LEAVER", 15], ["VETERAN", 10],
];

/** Candidates per track in proportion to the placements each track's jobs need. */
export function generateCandidates(ctx: LargeContext): LargeCand[] {
  const { rng } = ctx;
  const count = Math.max(20, Math.round(50_000 * ctx.scale));
  const demand = new Map<Track, number>();
  for (const t of JOB_TEMPLATES) demand.set(t.track, (demand.get(t.track) ?? 0) + t.weight * 2.5);
  const tracks = [...demand.entries()];
  const out: LargeCand[] = [];
  for (let i = 0; i < count; i++) {
    const track = i < tracks.length ? tracks[i][0] : rng.weighted(tracks);
    const area = rng.pick(rng.chance(2 / 3) ? LUTON_AREAS : NEARBY_AREAS);
    const raw = `${area.outward} ${rng.pick(area.sectors)}${rng.chars(INWARD_LETTERS, 2)}`;
    const d = decideLocalResident({ postcode: raw, area: ctx.area, councilLaCodes: ctx.laCodes });
    const groups: PriorityGroup[] = rng.chance(0.25) ? [rng.weighted(GROUPS)] : [];
    out.push({ id: `lgcand_${String(i + 1).padStart(6, "0")}`, track, isLocal: d.local === true, groups, freeFrom: 0, firstApp: null, lastActivity: null, placed: false, postcode: d.normalised ?? raw, town: area.town });
  }
  return out;
}

/** Writes candidate rows and checks once first-application dates are known. */
export async function writeCandidates(ctx: LargeContext, cands: LargeCand[], out: { cand: Bulk; check: Bulk }) {
  const { rng, today: T } = ctx;
  const earliest = T - 5 * 365 - 90;
  let chk = 0;
  for (const [i, c] of cands.entries()) {
    const g = rng.weighted(NAME_GROUPS.map((x) => [x, x.weight] as const));
    const first = rng.pick(g.first);
    const last = rng.pick(g.last);
    const created = c.firstApp !== null ? c.firstApp - rng.int(5, 60) : rng.int(earliest, T - 2);
    const createdAt = stamp(created, rng.int(8, 20), rng.int(0, 59));
    const lastDay = Math.max(created, c.lastActivity ?? created);
    const age = c.groups.includes("NEET_16_24") ? rng.int(18, 23) : rng.int(19, 63);
    const route = rng.weighted([["BRITISH_OR_IRISH", 75], ["SETTLED", 15], ["PRE_SETTLED", 5], ["TIME_LIMITED", 5]] as const);
    const expiry = route === "TIME_LIMITED" || route === "PRE_SETTLED" ? isoDay(T + rng.int(60, 1200)) : null;
    const skills = rng.sample(TRACK_SKILLS[c.track], rng.int(2, 4));
    const sw = SOCIAL_WORK.has(c.track);
    await out.cand.push([
      c.id, ctx.councilId, first, last, `${first}.${last}.${i + 1}@example.net`.toLowerCase().normalize("NFD").replace(/[^a-z0-9.@]/g, ""),
      isoDay(T - age * 365 - rng.int(0, 364)), `${rng.int(1, 200)} ${rng.pick(STREETS[c.town] ?? STREETS.Luton)}`, c.town, c.postcode, c.isLocal, route, expiry,
      rng.weighted([["IMMEDIATE", 40], ["ONE_WEEK", 20], ["TWO_WEEKS", 15], ["ONE_MONTH", 15], ["NOT_AVAILABLE", 10]] as const),
      arrayLiteral(skills), `${rng.int(1, 18)} ${TRACK_EXPERIENCE[c.track]}`, sw && rng.chance(0.4) ? "UMBRELLA" : "PAYE",
      sw ? isoDay(T - rng.int(4 * 365, 16 * 365)) : null, arrayLiteral(c.groups), c.groups.length ? createdAt : null, createdAt,
      stamp(lastDay, 18, 0), createdAt, stamp(lastDay, 18, 0),
    ]);
    if (!c.placed && !rng.chance(0.6)) continue;
    const checkedOn = created + rng.int(1, 3);
    const by = rng.pick(ctx.agencyUserIds);
    const at = stamp(checkedOn, 11, 0);
    await out.check.push([`lgchk_${++chk}`, ctx.councilId, c.id, "RIGHT_TO_WORK", "PASSED", isoDay(checkedOn), by, expiry, route, null, null, null, null, at, at, null, null]);
    await out.check.push([`lgchk_${++chk}`, ctx.councilId, c.id, "DBS", "PASSED", isoDay(checkedOn), by, null, null, trackDbs(c.track), isoDay(checkedOn - rng.int(0, 500)), null, null, at, at, null, null]);
    if (REFERENCED.has(c.track)) {
      for (let k = 0; k < 2; k++) {
        const ref = rng.weighted(NAME_GROUPS.map((x) => [x, x.weight] as const));
        await out.check.push([`lgchk_${++chk}`, ctx.councilId, c.id, "REFERENCE", "PASSED", isoDay(checkedOn), by, null, null, null, null, null, null, at, at,
          `${rng.pick(ref.first)} ${rng.pick(ref.last)}`, rng.pick(c.track === "care" ? REFEREE_ORGANISATIONS.care : REFEREE_ORGANISATIONS.socialWork)]);
      }
    }
    if (sw || c.track === "ot") {
      const body = sw ? "Social Work England" : "Health and Care Professions Council";
      const no = `${sw ? "SW" : "OT"}${rng.int(100000, 999999)}`;
      await out.check.push([`lgchk_${++chk}`, ctx.councilId, c.id, "PROFESSIONAL_REGISTRATION", "PASSED", isoDay(checkedOn), by, isoDay(T + rng.int(30, 730)), null, null, null, body, no, at, at, null, null]);
    }
  }
}

export const CANDIDATE_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["firstName", "text"], ["lastName", "text"], ["email", "text"], ["dateOfBirth", "date"],
  ["addressLine1", "text"], ["town", "text"], ["postcode", "text"], ["isLocal", "boolean"], ["rightToWorkRoute", '"RightToWorkRoute"'],
  ["rightToWorkExpiry", "date"], ["availability", '"Availability"'], ["skills", "text[]"], ["experienceSummary", "text"],
  ["engagementType", '"EngagementType"'], ["socialWorkQualifiedOn", "date"], ["priorityGroups", '"PriorityGroup"[]'],
  ["priorityGroupsDeclaredAt", "timestamp"], ["privacyConsentAt", "timestamp"], ["lastActivityAt", "timestamp"], ["createdAt", "timestamp"],
  ["updatedAt", "timestamp"],
];
export const CHECK_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["id", "text"], ["councilId", "text"], ["candidateId", "text"], ["type", '"ComplianceCheckType"'], ["status", '"ComplianceCheckStatus"'],
  ["checkedOn", "date"], ["checkedById", "text"], ["expiresOn", "date"], ["rightToWorkRoute", '"RightToWorkRoute"'], ["dbsLevel", '"DbsLevel"'],
  ["dbsCertificateDate", "date"], ["registrationBody", "text"], ["registrationNumber", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"],
  ["refereeName", "text"], ["refereeOrganisation", "text"],
];
