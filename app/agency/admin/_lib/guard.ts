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
