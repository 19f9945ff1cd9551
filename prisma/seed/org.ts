/**
 * Organisation: councils, local areas, services, cost centres and budgets, staff users and their service
 * memberships, rate cards, social-work rate caps and campaigns.
 */
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";
import type { Role } from "../../lib/generated/prisma/enums";
import type { CouncilInfo, CouncilKey, Ctx, ServiceInfo } from "./context";
import { chargeBand, DUDLEY_SERVICES, LUTON_SERVICES, RATE_CARDS, type ServiceDef } from "./jobs";
import { addDays, at, day } from "./prng";
import { campaignYears } from "./timeline";

type Right = "BH" | "SA" | "BH+SA";
interface StaffDef {
  name: string;
  email: string;
  role: Role;
  jobTitle: string;
  services?: ReadonlyArray<readonly [string, Right]>;
}

const LUTON_STAFF: readonly StaffDef[] = [
  { name: "Sarah Khan", email: "sarah.khan@luton.example", role: "HIRING_MANAGER", jobTitle: "Service Manager, Care at Home", services: [["ASC", "BH"]] },
  { name: "David Okafor", email: "david.okafor@luton.example", role: "HIRING_MANAGER", jobTitle: "Head of Adult Social Care", services: [["ASC", "BH+SA"]] },
  { name: "Joanne Fletcher", email: "joanne.fletcher@luton.example", role: "HIRING_MANAGER", jobTitle: "Reablement Service Manager", services: [["ASC", "BH"]] },
  { name: "Helen Brooks", email: "helen.brooks@luton.example", role: "HIRING_MANAGER", jobTitle: "Team Manager, Children in Need", services: [["CHS", "BH"]] },
  { name: "Marcus Adeyemi", email: "marcus.adeyemi@luton.example", role: "HIRING_MANAGER", jobTitle: "Head of Children's Social Care", services: [["CHS", "BH+SA"]] },
  { name: "Aisha Begum", email: "aisha.begum@luton.example", role: "HIRING_MANAGER", jobTitle: "Housing Options Manager", services: [["HOU", "BH"]] },
  { name: "Richard Taylor", email: "richard.taylor@luton.example", role: "HIRING_MANAGER", jobTitle: "Development Management Manager", services: [["PLN", "BH"]] },
  { name: "Imran Hussain", email: "imran.hussain@luton.example", role: "HIRING_MANAGER", jobTitle: "Waste and Recycling Manager", services: [["NBS", "BH"]] },
  { name: "Claire Walsh", email: "claire.walsh@luton.example", role: "HIRING_MANAGER", jobTitle: "Catering Services Manager", services: [["CAT", "BH"]] },
  { name: "Wojciech Nowak", email: "wojciech.nowak@luton.example", role: "HIRING_MANAGER", jobTitle: "Customer Services Manager", services: [["CUS", "BH"]] },
  { name: "Fiona Gallagher", email: "fiona.gallagher@luton.example", role: "HIRING_MANAGER", jobTitle: "Consultant in Public Health", services: [["PHL", "BH"]] },
  { name: "Neil Chapman", email: "neil.chapman@luton.example", role: "HIRING_MANAGER", jobTitle: "Service Director, Place and Infrastructure", services: [["HOU", "BH+SA"], ["PLN", "BH+SA"], ["NBS", "BH+SA"]] },
  { name: "Lorraine Hughes", email: "lorraine.hughes@luton.example", role: "HIRING_MANAGER", jobTitle: "Service Director, Customer and Commercial", services: [["CAT", "BH+SA"], ["CUS", "BH+SA"], ["PHL", "BH+SA"]] },
  { name: "Rukhsana Akhtar", email: "rukhsana.akhtar@luton.example", role: "HIRING_MANAGER", jobTitle: "Finance Business Partner", services: [["ASC", "SA"], ["CHS", "SA"], ["HOU", "SA"], ["PLN", "SA"], ["NBS", "SA"], ["CAT", "SA"], ["CUS", "SA"], ["PHL", "SA"]] },
  { name: "Priya Patel", email: "priya.patel@connect2luton.example", role: "AGENCY", jobTitle: "Recruitment Consultant" },
  { name: "Liam O'Connor", email: "liam.oconnor@connect2luton.example", role: "AGENCY", jobTitle: "Senior Recruitment Consultant" },
  { name: "Grace Mensah", email: "grace.mensah@connect2luton.example", role: "AGENCY", jobTitle: "Compliance Officer" },
  { name: "Kamran Ali", email: "kamran.ali@connect2luton.example", role: "AGENCY", jobTitle: "Recruitment Manager" },
  { name: "Margaret Ellis", email: "margaret.ellis@connect2luton.example", role: "BOARD", jobTitle: "Chair of the Board" },
  { name: "Javed Iqbal", email: "javed.iqbal@connect2luton.example", role: "BOARD", jobTitle: "Board member (council nominee)" },
  { name: "Tom Reid", email: "admin@connect2luton.example", role: "ADMIN", jobTitle: "Systems Administrator" },
];

const DUDLEY_STAFF: readonly StaffDef[] = [
  { name: "Gareth Jones", email: "gareth.jones@dudley.example", role: "HIRING_MANAGER", jobTitle: "Head of Adult Social Care", services: [["ASC", "BH+SA"], ["CHS", "BH+SA"], ["ENV", "BH"]] },
  { name: "Emma Price", email: "emma.price@dudley.example", role: "HIRING_MANAGER", jobTitle: "Service Manager, Environmental Services", services: [["ASC", "BH"], ["CHS", "BH"], ["ENV", "BH+SA"]] },
  { name: "Sophie Turner", email: "sophie.turner@connect2dudley.example", role: "AGENCY", jobTitle: "Recruitment Consultant" },
];

/** Financial year (April–March) containing a date: 2026 = 1 April 2026 to 31 March 2027. */
export function financialYear(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

function buildCouncil(ctx: Ctx, key: CouncilKey, defs: readonly ServiceDef[], staff: readonly StaffDef[]): CouncilInfo {
  const { rows, rng, today } = ctx;
  const luton = key === "luton";
  const id = `council_${key}`;
  const created = at(addDays(today, -720), 9);
  rows.council.push({
    id, slug: key,
    name: luton ? "Luton Borough Council" : "Dudley Metropolitan Borough Council",
    agencyName: luton ? "Connect2Luton" : "Connect2Dudley",
    localAuthorityCode: luton ? "E06000032" : "E08000027",
    region: luton ? "East of England" : "West Midlands",
    hostnames: luton ? ["localhost", "127.0.0.1"] : [],
    createdAt: created, updatedAt: created,
  });
  const area = luton
    ? { postcodeDistricts: ["LU1", "LU2", "LU3", "LU4"], excludedSectors: ["LU2 8"] }
    : { postcodeDistricts: ["DY1", "DY2", "DY3", "DY5", "DY6", "DY8", "DY9"], excludedSectors: [] as string[] };
  const laCodes = [luton ? "E06000032" : "E08000027"];
  rows.localArea.push({ id: `area_${key}`, councilId: id, ...area, localAuthorityCodes: laCodes, updatedAt: created });

  const fy = financialYear(today);
  const services: ServiceInfo[] = defs.map((s) => {
    const serviceId = `svc_${key}_${s.code.toLowerCase()}`;
    rows.service.push({ id: serviceId, councilId: id, name: s.name, code: s.code, createdAt: created });
    const costCentreIds = s.costCentres.map((cc) => {
      const ccId = `cc_${key}_${cc.code.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
      rows.costCentre.push({ id: ccId, councilId: id, serviceId, code: cc.code, name: cc.name, createdAt: created });
      const big = s.code === "ASC" || s.code === "CHS";
      let base = big ? rng.int(900, 2500) : rng.int(150, 700);
      for (const year of [fy - 1, fy]) {
        rows.costCentreBudget.push({ id: `ccb_${ccId.slice(3)}_${year}`, councilId: id, costCentreId: ccId, financialYear: year, budgetPence: BigInt(base) * 100_000n });
        base = Math.min(2500, Math.round(base * (1 + rng.int(-4, 8) / 100)));
      }
      return ccId;
    });
    return { id: serviceId, code: s.code, name: s.name, costCentreIds, members: [] };
  });

  const agencyUserIds: string[] = [];
  for (const u of staff) {
    const userId = `usr_${key}_${slug(u.name)}`;
    rows.user.push({
      id: userId, councilId: id, email: u.email.toLowerCase(), name: u.name, role: u.role, passwordHash: ctx.passwordHash,
      emailVerified: created, jobTitle: u.jobTitle, lastSignInAt: at(addDays(today, -rng.int(1, 6)), rng.int(8, 17)),
      createdAt: created, updatedAt: created,
    });
    ctx.usersByEmail.set(u.email.toLowerCase(), userId);
    ctx.userRole.set(userId, u.role);
    if (u.role === "AGENCY") agencyUserIds.push(userId);
    for (const [code, right] of u.services ?? []) {
      const svc = services.find((s) => s.code === code);
      if (!svc) throw new Error(`unknown service ${code}`);
      const budgetHolder = right !== "SA";
      const secondApprover = right !== "BH";
      rows.serviceMembership.push({ id: `mem_${userId.slice(4)}_${code.toLowerCase()}`, councilId: id, userId, serviceId: svc.id, budgetHolder, secondApprover, createdAt: created });
      svc.members.push({ userId, budgetHolder, secondApprover });
    }
  }

  const effectiveFrom = day(`${fy - 1}-04-01`);
  for (const card of RATE_CARDS) {
    rows.rateCard.push({
      id: `rc_${key}_${card.roleCategory.toLowerCase()}_${slug(card.grade)}`, councilId: id, roleCategory: card.roleCategory,
      grade: card.grade, payMinPence: card.payMinPence, payMaxPence: card.payMaxPence, ...chargeBand(card), effectiveFrom, createdAt: created,
    });
  }
  for (const [region, cap] of [["East of England", 4500], ["West Midlands", 4300]] as const) {
    rows.socialWorkRateCap.push({
      id: `cap_${key}_${slug(region)}`, councilId: id, region, roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: null,
      maxPayPence: cap, effectiveFrom,
    });
  }

  return {
    key, id, prefix: key.slice(0, 3).toUpperCase(), region: luton ? "East of England" : "West Midlands", area, laCodes, services,
    agencyUserIds, rateCards: [...RATE_CARDS], campaignIds: {},
  };
}

function buildCampaigns(ctx: Ctx, c: CouncilInfo) {
  const { winter: year } = campaignYears(ctx.today);
  const by = c.agencyUserIds[0];
  const neighbourhood = `camp_${c.key}_neighbourhood`;
  ctx.rows.campaign.push({
    id: neighbourhood, councilId: c.id, name: `Neighbourhood Services recruitment ${year - 1}`,
    description: "Refuse collection, street cleansing and grounds crews for the summer peak, recruited through job fairs in Marsh Farm, Lewsey and Bury Park with local residents first.",
    startDate: day(`${year - 1}-06-01`), endDate: day(`${year - 1}-09-30`), createdById: by, createdAt: at(`${year - 1}-05-20`, 10),
  });
  const winter = `camp_${c.key}_winter`;
  ctx.rows.campaign.push({
    id: winter, councilId: c.id, name: `Care at home winter drive ${year}`,
    description: "Support workers and reablement workers for winter pressures and hospital discharge, with paid Care Certificate training for people new to care.",
    startDate: day(`${year}-09-15`), endDate: day(`${year + 1}-02-28`), createdById: by, createdAt: at(`${year}-09-08`, 11),
  });
  c.campaignIds = { neighbourhood, winter };
}

export function buildOrg(ctx: Ctx) {
  ctx.councils.luton = buildCouncil(ctx, "luton", LUTON_SERVICES, LUTON_STAFF);
  ctx.councils.dudley = buildCouncil(ctx, "dudley", DUDLEY_SERVICES, DUDLEY_STAFF);
  buildCampaigns(ctx, ctx.councils.luton);
  for (const a of DEMO_ACCOUNTS) {
    if (a.role === "CANDIDATE") continue;
    const row = ctx.rows.user.find((u) => u.email === a.email);
    if (!row || row.name !== a.name || row.role !== a.role) throw new Error(`demo account ${a.email} does not match lib/demo-accounts.ts`);
  }
}
