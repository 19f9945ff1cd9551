import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { HOME_FOR_ROLE } from "@/lib/auth/permissions";

/** Signed-in people go to their portal; everyone else to the vacancy board. */
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer ? HOME_FOR_ROLE[viewer.role] : "/jobs");
}
