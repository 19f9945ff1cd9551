"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/auth/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";

/** Back to the list the person was on (only /notifications paths; anything else goes to the list). */
function backTo(formData: FormData): string {
  const raw = String(formData.get("returnTo") ?? "");
  return /^\/notifications(\?[A-Za-z0-9=&_-]*)?$/.test(raw) ? raw : "/notifications";
}

const idSchema = z.object({ id: z.string().min(1).max(64) });

export async function markReadAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=%2Fnotifications");
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (parsed.success) {
    try {
      await markNotificationRead(viewer, parsed.data.id);
    } catch (e) {
      if (!(e instanceof NotFoundError)) throw e; // someone else's or gone: nothing to do
    }
  }
  revalidatePath("/", "layout"); // the bell's count is in every header
  redirect(backTo(formData));
}

export async function markAllReadAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=%2Fnotifications");
  await markAllNotificationsRead(viewer);
  revalidatePath("/", "layout");
  redirect(backTo(formData));
}
