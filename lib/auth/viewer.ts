/**
 * The viewer: who is asking, in which council, with which services. Loaded fresh from the database on
 * every request (a deactivated user or a changed role takes effect at once), and cached per request.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, roleCan, type Permission } from "./permissions";
import { AuthError, ForbiddenError } from "./errors";

export type Viewer = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  councilId: string;
  councilName: string;
  agencyName: string;
  /** services the user belongs to (hiring managers) */
  serviceIds: string[];
  budgetHolderServiceIds: string[];
  secondApproverServiceIds: string[];
  /** the candidate profile of a candidate user */
  candidateId: string | null;
};

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AuthError();
  return viewer;
}

/** Role-level check. Throws ForbiddenError; record-level scope is checked by the caller's query. */
export function authorize(viewer: Viewer | null, permission: Permission): Viewer {
  const v = requireViewer(viewer);
  if (!roleCan(v.role, permission)) throw new ForbiddenError();
  return v;
}

export function can(viewer: Viewer | null, permission: Permission): boolean {
  return !!viewer && roleCan(viewer.role, permission);
}

export { PERMISSIONS };
