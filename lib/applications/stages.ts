import type { ApplicationStage, Role } from "@/lib/generated/prisma/enums";

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

/** Stages in which an application is still alive. */
export const ACTIVE_STAGES: readonly ApplicationStage[] = ["APPLIED", "SCREENED", "SHORTLISTED", "INTERVIEW", "OFFERED"];
