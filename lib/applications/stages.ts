import type { ApplicationStage, ManagerDecision, Role } from "@/lib/generated/prisma/enums";

/**
 * Application stages (domain.md): APPLIED → SCREENED → SHORTLISTED (sent to manager) → INTERVIEW →
 * OFFERED → PLACED, or REJECTED / WITHDRAWN at any point before PLACED, with a reason.
 * This table is the one place the moves and who may make them are decided.
 */
export const STAGE_MOVES: Record<ApplicationStage, readonly ApplicationStage[]> = {
  APPLIED: ["SCREENED", "REJECTED", "WITHDRAWN"],
  SCREENED: ["SHORTLISTED", "REJECTED", "WITHDRAWN"],
  SHORTLISTED: ["INTERVIEW", "OFFERED", "REJECTED", "WITHDRAWN"],
  INTERVIEW: ["OFFERED", "REJECTED", "WITHDRAWN"],
  OFFERED: ["PLACED", "REJECTED", "WITHDRAWN"],
  PLACED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** Which roles may move an application into a stage (record scope is checked by the caller). */
export const STAGE_ACTORS: Record<ApplicationStage, readonly Role[]> = {
  APPLIED: ["CANDIDATE", "AGENCY", "ADMIN"],
  SCREENED: ["AGENCY", "ADMIN"],
  SHORTLISTED: ["AGENCY", "ADMIN"],
  INTERVIEW: ["HIRING_MANAGER", "AGENCY", "ADMIN"],
  OFFERED: ["HIRING_MANAGER", "AGENCY", "ADMIN"],
  PLACED: ["AGENCY", "ADMIN"], // only by confirming a placement
  REJECTED: ["HIRING_MANAGER", "AGENCY", "ADMIN"],
  WITHDRAWN: ["CANDIDATE", "AGENCY", "ADMIN"],
};

export const NEEDS_REASON: ReadonlySet<ApplicationStage> = new Set(["REJECTED", "WITHDRAWN"]);

export type MoveCheck = { ok: true } | { ok: false; reason: string };

export function canMove(from: ApplicationStage, to: ApplicationStage, role: Role, reason?: string | null): MoveCheck {
  if (!STAGE_MOVES[from].includes(to)) {
    return { ok: false, reason: `An application that is ${from.toLowerCase()} cannot move to ${to.toLowerCase()}.` };
  }
  if (!STAGE_ACTORS[to].includes(role)) return { ok: false, reason: "You cannot make that change to this application." };
  if (NEEDS_REASON.has(to) && !reason?.trim()) {
    return { ok: false, reason: to === "REJECTED" ? "Give a reason for rejecting the application." : "Give a reason for withdrawing." };
  }
  return { ok: true };
}

/**
 * An offer, and so a placement, needs the hiring manager's acceptance (domain: the manager accepts a candidate,
 * Connect2 makes the offer and the placement). The Connect2 team cannot offer or place on its own say-so: the
 * manager records "Accept" on their shortlist (lib/applications/manager-decision.ts), which moves the application
 * to OFFERED. Moves into other stages are not affected.
 */
export function needsManagerAcceptance(to: ApplicationStage, managerDecision: ManagerDecision | null): MoveCheck {
  if ((to !== "OFFERED" && to !== "PLACED") || managerDecision === "ACCEPTED") return { ok: true };
  const waiting = managerDecision === null || managerDecision === "INTERVIEW"
    ? "Ask them to record their decision on their shortlist."
    : "They rejected this candidate.";
  return to === "OFFERED"
    ? { ok: false, reason: `Only a candidate the hiring manager has accepted can be offered. ${waiting}` }
    : { ok: false, reason: `Only a candidate the hiring manager has accepted can be placed. ${waiting}` };
}

/** Stages in which an application is still alive. */
export const ACTIVE_STAGES: readonly ApplicationStage[] = ["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW", "OFFERED"];
