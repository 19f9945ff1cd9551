"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { releaseRequisition, releaseSchema } from "@/lib/requisitions/release-requisition";
import { addToPipeline, addToPipelineSchema } from "@/lib/applications/add-to-pipeline";
import { moveApplication, moveSchema } from "@/lib/applications/move-application";
import { cancelRequisition, cancelSchema } from "@/lib/requisitions/cancel-requisition";
import { closeRequisition, closeSchema } from "@/lib/requisitions/close-requisition";
import { runForm } from "../_lib/form";

/** Release an approved requisition to the job board (or edit the advert of an open one). */
export async function releaseAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(releaseSchema, fd, { dates: ["closingDate"] }, async (input) => releaseRequisition(await getViewer(), releaseSchema.parse(input)));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  revalidatePath("/jobs");
  redirect(`/agency/requisitions/${result.data.id}?done=${result.data.released ? "released" : "advert"}`);
}

/** Add a candidate from the talent pool to the requisition's pipeline. */
export async function addToPipelineAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(addToPipelineSchema, fd, {}, async (input) => addToPipeline(await getViewer(), input));
  if (!result.ok) return result;
  const requisitionId = String(fd.get("requisitionId"));
  revalidatePath("/agency", "layout");
  redirect(`/agency/requisitions/${requisitionId}?done=added`);
}

/** The next step for an application straight from the pipeline (screen, shortlist). */
export async function quickMoveAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(moveSchema, fd, {}, async (input) => moveApplication(await getViewer(), moveSchema.parse(input)));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/requisitions/${result.data.requisitionId}?done=${result.data.stage.toLowerCase()}`);
}

/** Cancel a requisition on the service's behalf (nobody placed on it): reason and confirmation. */
export async function cancelRequisitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(cancelSchema, fd, {}, async (input) => cancelRequisition(await getViewer(), input, "team"));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  revalidatePath("/manager", "layout");
  revalidatePath("/jobs");
  redirect(`/agency/requisitions/${result.data.id}?done=cancelled`);
}

/** Close an open requisition that is partly filled or will not be filled further: reason and confirmation. */
export async function closeRequisitionAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(closeSchema, fd, {}, async (input) => closeRequisition(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  revalidatePath("/manager", "layout");
  revalidatePath("/jobs");
  redirect(`/agency/requisitions/${result.data.id}?done=closed`);
}
