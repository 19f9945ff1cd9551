"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { addPayCap } from "@/lib/admin/add-pay-cap";
import { payCapSchema } from "@/lib/admin/schemas";
import { runForm } from "../../_lib/form";

export async function addPayCapAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(payCapSchema, fd, { dates: ["effectiveFrom"] }, async (input) => addPayCap(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect("/agency/admin/pay-caps?done=added");
}
