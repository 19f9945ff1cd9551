/**
 * Compliance checks per candidate: right to work (with expiry when time-limited), DBS at the level their
 * work needs, two references for care and social work, professional registration (Social Work England,
 * HCPC) and a qualification where the work calls for one. Everyone placed has a full, passed set.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CandidateInfo, CouncilInfo, Ctx } from "./context";
import { NAME_GROUPS, REFEREE_ORGANISATIONS } from "./data";
import { addDays, day, minIso, type Iso } from "./prng";

const REFERENCED = new Set(["care", "adultSw", "childSw", "management", "ot"]);
const SOCIAL_WORK = new Set(["adultSw", "childSw", "management"]);

const QUALIFICATIONS: Readonly<Record<string, readonly string[]>> = {
  care: ["Care Certificate", "NVQ Level 2 Health and Social Care", "Level 3 Diploma in Adult Care"],
  catering: ["Level 2 Food Hygiene and Safety for Catering"],
  planner: ["MSc Town and Regional Planning (RTPI accredited)"],
  publicHealth: ["BSc Environmental Health", "MSc Public Health"],
  adultSw: ["BA (Hons) Social Work"],
  childSw: ["BA (Hons) Social Work", "MA Social Work"],
  ot: ["BSc (Hons) Occupational Therapy"],
};

export function buildChecks(ctx: Ctx, council: CouncilInfo, cand: CandidateInfo, created: Iso, today: Iso) {
  const { rng, rows } = ctx;
  const placed = cand.busy.length > 0;
  const roll = rng.float();
  if (!placed && roll < 0.1) return; // not yet checked
  const partial = !placed && roll < 0.22;
  const checkedBy = rng.pick(council.agencyUserIds);
  const checkedOn = minIso(addDays(created, rng.int(1, 4)), addDays(today, -1));
  const base = { councilId: council.id, candidateId: cand.id, checkedById: checkedBy, createdAt: day(checkedOn), updatedAt: day(checkedOn) };
  let k = 0;
  const add = (data: Omit<Prisma.ComplianceCheckCreateManyInput, "councilId" | "candidateId" | "id">) => {
    rows.complianceCheck.push({ id: `chk_${cand.id.slice(5)}_${++k}`, ...base, ...data });
  };
  const route = cand.row.rightToWorkRoute ?? "BRITISH_OR_IRISH";
  const expiry = cand.row.rightToWorkExpiry as Date | null;
  add({
    type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: day(checkedOn), rightToWorkRoute: route, expiresOn: expiry,
    notes: route === "BRITISH_OR_IRISH" ? "Passport seen and copied in person." : "Share code checked online with the Home Office service.",
  });
  if (partial) {
    add({ type: "DBS", status: "PENDING", dbsLevel: cand.dbsLevel, checkedById: null, notes: "Application submitted; awaiting certificate." });
    return;
  }
  const certificate = addDays(checkedOn, -rng.int(0, 600));
  add({
    type: "DBS", status: "PASSED", checkedOn: day(checkedOn), dbsLevel: cand.dbsLevel, dbsCertificateDate: day(certificate),
    dbsCertificateNo: `00${rng.chars("0123456789", 10)}`, dbsUpdateService: rng.chance(0.5),
  });
  if (REFERENCED.has(cand.track)) {
    const orgs = cand.track === "care" ? REFEREE_ORGANISATIONS.care : REFEREE_ORGANISATIONS.socialWork;
    for (const org of rng.sample(orgs, 2)) {
      const g = rng.pick(NAME_GROUPS);
      add({
        type: "REFERENCE", status: placed || rng.chance(0.85) ? "PASSED" : "PENDING", checkedOn: day(checkedOn),
        refereeName: `${rng.pick(g.first)} ${rng.pick(g.last)}`, refereeOrganisation: org,
      });
    }
  }
  const year = Number(today.slice(0, 4));
  if (SOCIAL_WORK.has(cand.track)) {
    add({
      type: "PROFESSIONAL_REGISTRATION", status: "PASSED", checkedOn: day(checkedOn), registrationBody: "Social Work England",
      registrationNumber: `SW${rng.int(100000, 199999)}`, expiresOn: day(`${year + 1}-11-30`),
    });
  } else if (cand.track === "ot") {
    add({
      type: "PROFESSIONAL_REGISTRATION", status: "PASSED", checkedOn: day(checkedOn), registrationBody: "Health and Care Professions Council",
      registrationNumber: `OT${rng.int(10000, 99999)}`, expiresOn: day(`${year + 1}-10-31`),
    });
  }
  const quals = QUALIFICATIONS[cand.track];
  if (quals && rng.chance(0.8)) {
    add({ type: "QUALIFICATION", status: "PASSED", checkedOn: day(checkedOn), qualificationName: rng.pick(quals) });
  }
}
