"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { updateRetentionPeriod } from "@/lib/admin/update-retention";
import { retentionSchema } from "@/lib/admin/schemas";
import { runForm } from "../../_lib/form";

export async function retentionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(retentionSchema, fd, {}, async (input) => updateRetentionPeriod(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/", "layout"); // the public privacy notice states the period
  redirect("/agency/admin?done=retention");
}
