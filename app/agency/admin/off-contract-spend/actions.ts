"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { addOffContractSpend } from "@/lib/admin/add-off-contract-spend";
import { deleteOffContractSpend } from "@/lib/admin/delete-off-contract-spend";
import { deleteOffContractSpendSchema, offContractSpendSchema } from "@/lib/admin/schemas";
import { runForm } from "../../_lib/form";

export async function addOffContractSpendAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(offContractSpendSchema, fd, { dates: ["periodStart", "periodEnd"] }, async (input) => addOffContractSpend(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/", "layout"); // the board's on-contract share changes
  redirect("/agency/admin/off-contract-spend?done=added");
}

export async function deleteOffContractSpendAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(deleteOffContractSpendSchema, fd, {}, async (input) => deleteOffContractSpend(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/agency/admin/off-contract-spend?done=deleted");
}
