"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { actionChangeRequest, actionChangeSchema } from "@/lib/placements/action-change-request";
import { completeConversion, completeConversionSchema } from "@/lib/placements/complete-conversion";
import { runForm } from "../_lib/form";

export async function actionChangeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(actionChangeSchema, fd, {}, async (input) => actionChangeRequest(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/placements/${String(fd.get("placementId"))}?done=${result.data.status === "ACTIONED" ? "actioned" : "declined"}`);
}

export async function completeConversionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(completeConversionSchema, fd, { dates: ["startDate"] }, async (input) => completeConversion(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/placements/${String(fd.get("placementId"))}?done=converted`);
}
