/**
 * The one place roles are decided. Every capability the portal has is named here with the roles that
 * may use it; anything not listed is denied. Record-level scope (council, service membership,
 * ownership) is then checked by the domain function against the record itself.
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["CANDIDATE", "HIRING_MANAGER", "AGENCY", "BOARD", "ADMIN"] as const satisfies readonly Role[];

export const PERMISSIONS = {
  // portals (navigation and landing pages)
  "portal.candidate": ["CANDIDATE"],
  "portal.manager": ["HIRING_MANAGER"],
  "portal.agency": ["AGENCY", "ADMIN"],
  "portal.board": ["BOARD", "ADMIN"],
  "portal.admin": ["ADMIN"],

  // requisitions
  "requisition.create": ["HIRING_MANAGER"], // in a service the manager belongs to
  "requisition.read.service": ["HIRING_MANAGER"], // requisitions of the manager's services
  "requisition.approve": ["HIRING_MANAGER"], // budget holder / second approver of the service
  "requisition.read.council": ["AGENCY", "ADMIN"],
  "requisition.release": ["AGENCY", "ADMIN"],
  // Cancelling (DRAFT/SUBMITTED/APPROVED/OPEN → CANCELLED, nobody placed or about to start): the service that
  // no longer needs the cover, or the Connect2 team on its behalf. Two names so each portal's action only
  // serves its own role (a manager cannot post to the team's form and the reverse).
  "requisition.cancel.service": ["HIRING_MANAGER"], // a requisition of one of the manager's services
  "requisition.cancel.council": ["AGENCY", "ADMIN"],
  // Closing (OPEN → CLOSED: partly filled or not to be filled further) ends the advert the team released and
  // settles the requisition's fill-rate outcome, so, like release, it is the team's alone. A manager who needs
  // no more people cancels (when nobody is placed) or asks Connect2 to close it.
  "requisition.close": ["AGENCY", "ADMIN"],

  // candidates and applications
  "candidate.read.own": ["CANDIDATE"],
  "candidate.read.council": ["AGENCY", "ADMIN"],
  "candidate.write.council": ["AGENCY", "ADMIN"],
  "application.create.own": ["CANDIDATE"],
  "application.withdraw.own": ["CANDIDATE"],
  "candidate.write.own": ["CANDIDATE"], // own profile, documents, data download and erasure request
  "shortlist.review": ["HIRING_MANAGER"],

  // placements and timesheets
  "placement.read.own": ["CANDIDATE"],
  "placement.read.service": ["HIRING_MANAGER"],
  "placement.read.council": ["AGENCY", "ADMIN"],
  "placement.confirm": ["AGENCY", "ADMIN"],
  "application.manage": ["AGENCY", "ADMIN"], // team stage moves, sourcing from the talent pool, IR35 statements
  "placement.manage": ["AGENCY", "ADMIN"], // action change requests, complete conversions, timesheet chase list
  "ir35.disagreement.respond": ["AGENCY", "ADMIN"], // record the council's answer to a worker's IR35 disagreement (rule 3)
  "absence.manage": ["AGENCY", "ADMIN"], // record or remove a worker's absence on a placement (AWR clock, rule 2)
  "campaign.manage": ["AGENCY", "ADMIN"],
  "timesheet.submit.own": ["CANDIDATE"],
  "timesheet.approve": ["HIRING_MANAGER"],
  "placement.change.request": ["HIRING_MANAGER"], // extension / early end of a placement in the manager's services
  "conversion.propose": ["HIRING_MANAGER"], // propose a temp-to-perm conversion

  // figures: aggregates only
  "metrics.read": ["BOARD", "ADMIN", "AGENCY"],

  // Off-contract agency spend (the denominator of the on-contract share): figures a council's services send in about
  // agency staff bought from other suppliers. Entering them is routine data entry that the Connect2 team does as the
  // returns arrive (like recording checks or timesheets), not council configuration, so the team may add and delete
  // entries as well as administrators. The pages live beside the settings (/agency/admin/off-contract-spend).
  "offcontract.spend.manage": ["AGENCY", "ADMIN"],

  // administration
  "admin.settings": ["ADMIN"],
  "audit.read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export const HOME_FOR_ROLE: Record<Role, string> = {
  CANDIDATE: "/candidate",
  HIRING_MANAGER: "/manager",
  AGENCY: "/agency",
  BOARD: "/board",
  ADMIN: "/agency",
};

export const ROLE_LABEL: Record<Role, string> = {
  CANDIDATE: "Candidate",
  HIRING_MANAGER: "Hiring manager",
  AGENCY: "Connect2 team",
  BOARD: "Board member",
  ADMIN: "Administrator",
};
