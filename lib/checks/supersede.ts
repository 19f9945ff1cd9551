// Which of a candidate's current checks a newly recorded check replaces (pure). Checks are never edited in place:
// a replaced check is stamped `supersededAt` and kept as history, and everything that reads "current" checks
// (the placement gate, the compliance summary, the right-to-work expiry alerts) ignores it from then on.
import type { ComplianceCheckStatus, ComplianceCheckType } from "@/lib/compliance/types";

export type NewCheck = { type: ComplianceCheckType; status: ComplianceCheckStatus; registrationBody?: string | null };

/** The current checks a new one replaces without being told which: by type (and, for registrations, by body). */
export type SupersedeScope =
  | { type: "RIGHT_TO_WORK" | "DBS" }
  | { type: "PROFESSIONAL_REGISTRATION"; registrationBody: string };

/**
 * A decided right to work, DBS or professional registration check (PASSED or FAILED) replaces the current ones of
 * the same kind (a registration only those with the same body, compared without regard to case). A PENDING
 * re-check replaces nothing: it sits beside the current check until its outcome is recorded, so a still-valid
 * passed check keeps clearing the placement gate and keeps its expiry alerts meanwhile. References and
 * qualifications are never replaced by kind (a candidate holds several); only by naming one (`supersedesId`).
 */
export function supersedeScope(check: NewCheck): SupersedeScope | null {
  if (check.status === "PENDING") return null;
  if (check.type === "RIGHT_TO_WORK" || check.type === "DBS") return { type: check.type };
  if (check.type === "PROFESSIONAL_REGISTRATION") return { type: check.type, registrationBody: check.registrationBody ?? "" };
  return null;
}

/**
 * Whether a new check may replace one particular earlier check the team named: it must be of the same kind, and
 * a PENDING check may replace only another PENDING one (an outcome not yet known cannot displace a decided check).
 */
export function mayReplace(check: NewCheck, target: { type: ComplianceCheckType; status: ComplianceCheckStatus }): boolean {
  if (target.type !== check.type) return false;
  return check.status !== "PENDING" || target.status === "PENDING";
}
