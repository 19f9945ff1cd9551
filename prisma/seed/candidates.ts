/**
 * Candidates: profiles with real-format postcodes (locality decided by the local-resident rule), right to
 * work, declared priority groups, skills and availability. `finishCandidates` runs after the pipeline so
 * profile dates fall before each person's first application, then adds their users and compliance checks.
 */
import { decideLocalResident, normalisePostcode } from "../../lib/candidates/local-resident";
import type { Availability, DbsLevel, EngagementType, PriorityGroup, RightToWorkRoute } from "../../lib/generated/prisma/enums";
import type { CandidateInfo, CouncilInfo, CouncilKey, Ctx } from "./context";
import { DUDLEY_AREAS, INWARD_LETTERS, LUTON_AREAS, NAME_GROUPS, NEARBY_AREAS, STREETS, type PostcodeArea } from "./data";
import { JOB_TEMPLATES, TRACK_EXPERIENCE, TRACK_SKILLS, type Track } from "./jobs";
import { addDays, at, day, pad, type Iso } from "./prng";
import { buildChecks } from "./checks";

const DBS_ORDER: readonly DbsLevel[] = ["NONE", "BASIC", "STANDARD", "ENHANCED", "ENHANCED_BARRED"];

/** The DBS level a candidate on a track holds: the highest any job on the track needs (at least basic). */
export function trackDbs(track: Track): DbsLevel {
  let best = 1;
  for (const t of JOB_TEMPLATES) if (t.track === track) best = Math.max(best, DBS_ORDER.indexOf(t.dbsLevel));
  return DBS_ORDER[best];
}

export function dbsAtLeast(held: DbsLevel, needed: DbsLevel): boolean {
  return DBS_ORDER.indexOf(held) >= DBS_ORDER.indexOf(needed);
}

const LUTON_TRACKS: ReadonlyArray<readonly [Track, number]> = [
  ["care", 61], ["adultSw", 10], ["childSw", 12], ["ot", 6], ["planner", 6], ["publicHealth", 8], ["housing", 14],
  ["admin", 30], ["operational", 28], ["catering", 16], ["management", 8],
];
const DUDLEY_TRACKS: ReadonlyArray<readonly [Track, number]> = [["care", 8], ["childSw", 3], ["operational", 4]];

const GROUPS: ReadonlyArray<readonly [PriorityGroup, number]> = [
  ["LONG_TERM_UNEMPLOYED", 30], ["DISABLED", 25], ["NEET_16_24", 20], ["CARE_LEAVER", 15], ["VETERAN", 10],
];

function ascii(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/[^A-Za-z]/g, "").toLowerCase();
}

function postcodeIn(ctx: Ctx, area: PostcodeArea): string {
  const raw = `${area.outward} ${ctx.rng.pick(area.sectors)}${ctx.rng.chars(INWARD_LETTERS, 2)}`;
  const normalised = normalisePostcode(raw);
  if (!normalised) throw new Error(`generated an invalid postcode ${raw}`);
  return normalised;
}

interface Person {
  first: string;
  last: string;
  postcode: string;
  town: string;
}

const usedEmails = new Set<string>();
function emailFor(first: string, last: string, n: number): string {
  let email = `${ascii(first)}.${ascii(last)}@example.com`;
  if (usedEmails.has(email)) email = `${ascii(first)}.${ascii(last)}${n}@example.com`;
  usedEmails.add(email);
  return email;
}

function makeCandidate(ctx: Ctx, c: CouncilInfo, n: number, track: Track, person: Person, opts: { hasUser: boolean; jordan?: boolean }): CandidateInfo {
  const { rng, today } = ctx;
  const decision = decideLocalResident({ postcode: person.postcode, area: c.area, councilLaCodes: c.laCodes });
  if (!decision.valid || decision.normalised === null) throw new Error(`bad postcode ${person.postcode}`);
  const id = `cand_${c.prefix.toLowerCase()}_${pad(n)}`;
  const age = opts.jordan ? 27 : rng.int(19, 63);
  let groups: PriorityGroup[] = [];
  if (opts.jordan) groups = ["LONG_TERM_UNEMPLOYED"];
  else if (rng.chance(0.25)) {
    const first = rng.weighted(GROUPS);
    groups = [first];
    if (rng.chance(0.3)) {
      const second = rng.weighted(GROUPS);
      if (second !== first) groups.push(second);
    }
    if (groups.includes("NEET_16_24") && age > 24) groups = groups.filter((g) => g !== "NEET_16_24");
    if (groups.length === 0) groups = ["DISABLED"];
  }
  const dob = addDays(today, -(age * 365 + rng.int(0, 364)));
  const birth = groups.includes("NEET_16_24") ? addDays(today, -(rng.int(18, 23) * 365 + rng.int(0, 300))) : dob;
  const route: RightToWorkRoute = opts.jordan ? "BRITISH_OR_IRISH" : rng.weighted([["BRITISH_OR_IRISH", 70], ["SETTLED", 15], ["PRE_SETTLED", 5], ["TIME_LIMITED", 10]] as const);
  const expiry: Iso | null = route === "TIME_LIMITED" ? addDays(today, rng.int(120, 900)) : route === "PRE_SETTLED" ? addDays(today, rng.int(400, 1400)) : null;
  const availability: Availability = rng.weighted([["IMMEDIATE", 40], ["ONE_WEEK", 20], ["TWO_WEEKS", 15], ["ONE_MONTH", 15], ["NOT_AVAILABLE", 10]] as const);
  const sw = track === "adultSw" || track === "childSw" || track === "management";
  const engagementType: EngagementType = sw && rng.chance(0.4) ? "UMBRELLA" : "PAYE";
  const skills = rng.sample(TRACK_SKILLS[track], rng.int(2, 5));
  const years = rng.int(1, 18);
  const email = opts.jordan ? "jordan.smith@example.com" : emailFor(person.first, person.last, n);
  const streets = STREETS[person.town] ?? STREETS.Luton;
  const createdOn = addDays(today, -rng.int(40, 700));
  const info: CandidateInfo = {
    id, councilKey: c.key, userId: opts.hasUser ? `usr_cand_${c.prefix.toLowerCase()}_${pad(n)}` : null,
    firstName: person.first, lastName: person.last, track, isLocal: decision.local === true, dbsLevel: trackDbs(track),
    priorityGroups: groups, rightToWork: "ok", busy: [], firstActivity: null, lastActivity: null,
    row: {
      id, councilId: c.id, userId: null, firstName: person.first, lastName: person.last, email,
      phone: `07700 900${pad(n % 1000, 3)}`, dateOfBirth: day(birth),
      addressLine1: `${rng.int(1, 180)} ${rng.pick(streets)}`, town: person.town, postcode: decision.normalised,
      isLocal: decision.local === true, rightToWorkRoute: route, rightToWorkExpiry: expiry ? day(expiry) : null,
      availability, availableFrom: availability === "ONE_MONTH" ? day(addDays(today, 30)) : availability === "TWO_WEEKS" ? day(addDays(today, 14)) : null,
      skills, experienceSummary: `${years} ${TRACK_EXPERIENCE[track]}`, engagementType,
      socialWorkQualifiedOn: sw ? day(addDays(today, -rng.int(4 * 365, 16 * 365))) : null,
      lastPermanentPostEndedOn: sw && rng.chance(0.4) ? day(addDays(today, -rng.int(200, 1200))) : null,
      lastPermanentPostRegion: null, priorityGroups: groups, createdAt: at(createdOn, 10),
    },
  };
  if (info.row.lastPermanentPostEndedOn) info.row.lastPermanentPostRegion = c.region;
  if (opts.jordan) {
    Object.assign(info.row, { skills: ["Personal care", "Care Certificate", "Manual handling", "First aid"], availability: "IMMEDIATE", availableFrom: null,
      experienceSummary: "Two years as a carer for my grandmother, then the Care Certificate through the Connect2Luton winter drive. Confident with personal care, medication prompts and record keeping." });
  }
  return info;
}

function person(ctx: Ctx, areas: readonly PostcodeArea[]): Person {
  const group = ctx.rng.weighted(NAME_GROUPS.map((g) => [g, g.weight] as const));
  const area = ctx.rng.pick(areas);
  return { first: ctx.rng.pick(group.first), last: ctx.rng.pick(group.last), postcode: postcodeIn(ctx, area), town: area.town };
}

function buildFor(ctx: Ctx, key: CouncilKey, tracks: ReadonlyArray<readonly [Track, number]>, withoutUser: number) {
  const c = ctx.councils[key];
  const { rng } = ctx;
  const list: Track[] = rng.shuffle(tracks.flatMap(([t, n]) => Array<Track>(n).fill(t)));
  const total = list.length + (key === "luton" ? 1 : 0);
  const noUser = new Set(rng.sample(Array.from({ length: total - 1 }, (_, i) => i + 2), withoutUser));
  // Exactly two thirds of Luton's candidates live in LU1–LU4 (a few of those in the excluded LU2 8 sector).
  const inBorough = rng.shuffle(list.map((_, i) => i < Math.round((list.length * 2) / 3)));
  const out: CandidateInfo[] = [];
  let n = 1;
  if (key === "luton") {
    out.push(makeCandidate(ctx, c, n++, "care", { first: "Jordan", last: "Smith", postcode: "LU4 9HN", town: "Luton" }, { hasUser: true, jordan: true }));
  }
  for (const [i, track] of list.entries()) {
    const areas = key === "dudley" ? DUDLEY_AREAS : inBorough[i] ? LUTON_AREAS : NEARBY_AREAS;
    out.push(makeCandidate(ctx, c, n, track, person(ctx, areas), { hasUser: !noUser.has(n) }));
    n++;
  }
  // Right to work: a few time-limited permissions run out within 30 days, and one has already run out.
  if (key === "luton") {
    const timeLimited = out.filter((x, i) => i > 0 && x.row.rightToWorkRoute === "TIME_LIMITED");
    const extra = out.filter((x, i) => i > 0 && x.row.rightToWorkRoute === "BRITISH_OR_IRISH" && x.track === "care");
    const chosen = [...timeLimited, ...extra].slice(0, 4);
    chosen.forEach((x, i) => {
      const expiry = addDays(ctx.today, [9, 17, 26, -12][i]);
      x.row.rightToWorkRoute = "TIME_LIMITED";
      x.row.rightToWorkExpiry = day(expiry);
      x.rightToWork = i === 3 ? "expired" : "expiring";
    });
    const limited = out.find((x) => x.track === "management" && x.row.engagementType !== "UMBRELLA");
    if (limited) Object.assign(limited.row, { engagementType: "LIMITED_COMPANY", limitedCompanyName: `${limited.lastName} Social Care Consultancy Ltd` });
  }
  ctx.candidates.push(...out);
}

export function buildCandidates(ctx: Ctx) {
  usedEmails.clear();
  usedEmails.add("jordan.smith@example.com");
  buildFor(ctx, "luton", LUTON_TRACKS, 20);
  buildFor(ctx, "dudley", DUDLEY_TRACKS, 3);
}

/** After the pipeline: dates before first activity, users, last activity and compliance checks. */
export function finishCandidates(ctx: Ctx) {
  const { rng, rows, today } = ctx;
  for (const cand of ctx.candidates) {
    let created = (cand.row.createdAt as Date).toISOString().slice(0, 10);
    if (cand.firstActivity && cand.firstActivity <= addDays(created, 5)) created = addDays(cand.firstActivity, -rng.int(6, 40));
    const createdAt = at(created, rng.int(8, 20), rng.int(0, 59));
    const last = cand.lastActivity && cand.lastActivity > created ? cand.lastActivity : created;
    const council = ctx.councils[cand.councilKey];
    Object.assign(cand.row, {
      createdAt, updatedAt: at(last, 18), lastActivityAt: at(last, 18), privacyConsentAt: createdAt,
      priorityGroupsDeclaredAt: cand.priorityGroups.length ? createdAt : null, userId: cand.userId,
    });
    if (cand.userId) {
      rows.user.push({
        id: cand.userId, councilId: council.id, email: cand.row.email, name: `${cand.firstName} ${cand.lastName}`, role: "CANDIDATE",
        passwordHash: ctx.passwordHash, emailVerified: createdAt, createdAt, updatedAt: createdAt,
        lastSignInAt: cand.lastActivity ? at(cand.lastActivity, 19) : createdAt,
      });
    }
    rows.candidateProfile.push(cand.row);
    buildChecks(ctx, council, cand, created, today);
  }
}
