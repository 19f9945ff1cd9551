"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { actionChangeRequest, actionChangeSchema } from "@/lib/placements/action-change-request";
import { completeConversion, completeConversionSchema } from "@/lib/placements/complete-conversion";
import { absenceSchema, recordAbsence } from "@/lib/placements/record-absence";
import { removeAbsence, removeAbsenceSchema } from "@/lib/placements/remove-absence";
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

export async function recordAbsenceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(absenceSchema, fd, { dates: ["startDate", "endDate"] }, async (input) => recordAbsence(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/placements/${result.data.placementId}?done=absence-recorded`);
}

export async function removeAbsenceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(removeAbsenceSchema, fd, {}, async (input) => removeAbsence(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/placements/${result.data.placementId}?done=absence-removed`);
}
