import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { applicableRateCap } from "./dfe";
import { placementGate, type CandidateCheck, type PlacementGateResult } from "./placement-gate";
import type { IsoDate } from "./types";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The terms being checked: when the placement would start, what it would pay, and any senior sign-off. */
export interface PlacementTerms {
  startDate: IsoDate;
  payRatePence: number;
  /** user who signed off pay above the DfE regional cap (a hiring manager or administrator of the council) */
  rateCapSignOffById?: string | null;
}

export interface PlacementCheck {
  gate: PlacementGateResult;
  /** the DfE regional cap that applies (hourly pay, pence), or null */
  rateCapPence: number | null;
  rateCapExceeded: boolean;
  signOff: { id: string; name: string } | null;
  engagementType: "PAYE" | "UMBRELLA" | "LIMITED_COMPANY";
}

/** ComplianceCheck rows → the gate's shape (expiresOn → expiresAt; for registrations also the renewal date). */
export function toGateChecks(rows: ReadonlyArray<{
  type: CandidateCheck["type"]; status: CandidateCheck["status"]; expiresOn: Date | null; dbsLevel: CandidateCheck["dbsLevel"];
  rightToWorkRoute: CandidateCheck["rightToWorkRoute"]; checkedOn: Date | null; registrationBody: string | null; supersededAt: Date | null;
}>): CandidateCheck[] {
  return rows.map((c) => ({
    type: c.type,
    status: c.status,
    expiresAt: c.expiresOn ? iso(c.expiresOn) : null,
    renewalDate: c.type === "PROFESSIONAL_REGISTRATION" && c.expiresOn ? iso(c.expiresOn) : null,
    dbsLevel: c.dbsLevel,
    rightToWorkRoute: c.rightToWorkRoute,
    checkedOn: c.checkedOn ? iso(c.checkedOn) : null,
    registrationBody: c.registrationBody,
    superseded: c.supersededAt !== null,
  }));
}

/**
 * Loads everything the placement gate needs for one application — the requisition's needs, the candidate's
 * compliance checks, the IR35 status determination, the DfE regional pay cap for the council's region and the
 * role, and any recorded sign-off — and runs `placementGate` (lib/compliance/placement-gate.ts). Used inside the
 * confirmation transaction (pass the `tx`) and for the confirmation screen. The application must be in `councilId`.
 */
export async function placementCheckFor(client: Db | Tx, councilId: string, applicationId: string, terms: PlacementTerms): Promise<PlacementCheck> {
  const app = await client.application.findFirst({
    where: { id: applicationId, councilId },
    select: {
      requisition: { select: { roleCategory: true, dbsLevel: true, registrationRequired: true, limitedCompanyAllowed: true, grade: true } },
      candidate: {
        select: {
          engagementType: true, socialWorkQualifiedOn: true, lastPermanentPostEndedOn: true, lastPermanentPostRegion: true,
          checks: {
            select: { type: true, status: true, expiresOn: true, dbsLevel: true, rightToWorkRoute: true, checkedOn: true, registrationBody: true, supersededAt: true },
          },
        },
      },
      determination: { select: { status: true, reasons: true, determinedOn: true } },
    },
  });
  if (!app) throw new NotFoundError("We could not find that application.");
  const [council, caps, signer] = await Promise.all([
    client.council.findUniqueOrThrow({ where: { id: councilId }, select: { region: true } }),
    client.socialWorkRateCap.findMany({
      where: { councilId, roleCategory: app.requisition.roleCategory },
      select: { region: true, grade: true, maxPayPence: true, effectiveFrom: true },
    }),
    terms.rateCapSignOffById
      ? client.user.findFirst({
          where: { id: terms.rateCapSignOffById, councilId, active: true, role: { in: ["HIRING_MANAGER", "ADMIN"] } },
          select: { id: true, name: true, jobTitle: true },
        })
      : Promise.resolve(null),
  ]);
  const cap = applicableRateCap(
    caps.map((c) => ({ ...c, effectiveFrom: iso(c.effectiveFrom) })),
    { region: council.region, grade: app.requisition.grade, startDate: terms.startDate },
  );
  const rateCapPence = cap?.maxPayPence ?? null;
  const signOff = signer ? { id: signer.id, name: signer.jobTitle ? `${signer.name} (${signer.jobTitle})` : signer.name } : null;
  const c = app.candidate;
  const gate = placementGate({
    requisition: {
      roleCategory: app.requisition.roleCategory,
      dbsLevel: app.requisition.dbsLevel,
      registrationRequired: app.requisition.registrationRequired,
      limitedCompanyAllowed: app.requisition.limitedCompanyAllowed,
    },
    checks: toGateChecks(c.checks),
    engagementType: c.engagementType,
    ir35Determination: app.determination
      ? { status: app.determination.status, reasons: app.determination.reasons, issuedOn: iso(app.determination.determinedOn) }
      : null,
    startDate: terms.startDate,
    payRatePence: terms.payRatePence,
    rateCapPence,
    rateCapSignOff: signOff ? { signedOffBy: signOff.name } : null,
    postQualifyingExperienceStart: c.socialWorkQualifiedOn ? iso(c.socialWorkQualifiedOn) : null,
    lastPermanentPostEndedOn: c.lastPermanentPostEndedOn ? iso(c.lastPermanentPostEndedOn) : null,
    lastPermanentPostRegion: c.lastPermanentPostRegion,
    placementRegion: council.region,
  });
  return {
    gate,
    rateCapPence,
    rateCapExceeded: rateCapPence !== null && terms.payRatePence > rateCapPence,
    signOff,
    engagementType: c.engagementType,
  };
}

/** The gate for the confirmation screen (the Connect2 team, their own council). */
export async function checkPlacement(viewer: Viewer | null, applicationId: string, terms: PlacementTerms): Promise<PlacementCheck> {
  const v = authorize(viewer, "placement.confirm");
  return placementCheckFor(db(), v.councilId, applicationId, terms);
}
