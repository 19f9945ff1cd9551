"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { campaignSchema, createCampaign } from "@/lib/campaigns/create-campaign";
import { attachRequisition, attachSchema, detachRequisition } from "@/lib/campaigns/attach-requisition";
import { runForm } from "../_lib/form";

export async function createCampaignAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(campaignSchema, fd, { dates: ["startDate", "endDate"] }, async (input) => createCampaign(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/campaigns/${result.data.id}?done=created`);
}

export async function attachAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(attachSchema, fd, {}, async (input) => attachRequisition(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/campaigns/${result.data.campaignId}?done=attached`);
}

export async function detachAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(attachSchema, fd, {}, async (input) => detachRequisition(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/campaigns/${String(fd.get("campaignId"))}?done=detached`);
}
