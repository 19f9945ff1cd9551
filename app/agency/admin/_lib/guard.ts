import "server-only";
import { forbidden } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { can, type Viewer } from "@/lib/auth/viewer";

/** Settings pages are for administrators: anyone else sees the 403 page (the domain functions refuse them too). */
export async function adminViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "admin.settings")) forbidden();
  return viewer;
}

/**
 * Off-contract spend pages: administrators and the Connect2 team, who enter the figures services send in
 * (permission "offcontract.spend.manage", lib/auth/permissions.ts). Anyone else sees the 403 page.
 */
export async function spendViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, "offcontract.spend.manage")) forbidden();
  return viewer;
}
