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
  "campaign.manage": ["AGENCY", "ADMIN"],
  "timesheet.submit.own": ["CANDIDATE"],
  "timesheet.approve": ["HIRING_MANAGER"],
  "placement.change.request": ["HIRING_MANAGER"], // extension / early end of a placement in the manager's services
  "conversion.propose": ["HIRING_MANAGER"], // propose a temp-to-perm conversion

  // figures: aggregates only
  "metrics.read": ["BOARD", "ADMIN", "AGENCY"],

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
