"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { moveApplication, moveSchema } from "@/lib/applications/move-application";
import { determinationSchema, recordDetermination } from "@/lib/applications/record-determination";
import { disagreementResponseSchema, respondToDisagreement } from "@/lib/applications/respond-to-disagreement";
import { confirmPlacement, confirmPlacementSchema } from "@/lib/placements/confirm-placement";
import { runForm } from "../_lib/form";

export async function moveAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(moveSchema, fd, {}, async (input) => moveApplication(await getViewer(), moveSchema.parse(input)));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/applications/${result.data.id}?done=${result.data.stage.toLowerCase()}`);
}

export async function determinationAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(determinationSchema, fd, { dates: ["determinedOn", "disagreementReceivedOn"] }, async (input) =>
    recordDetermination(await getViewer(), determinationSchema.parse(input)),
  );
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/applications/${String(fd.get("applicationId"))}?done=ir35`);
}

export async function respondToDisagreementAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(disagreementResponseSchema, fd, { dates: ["respondedOn"] }, async (input) => respondToDisagreement(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/applications/${result.data.id}?done=${result.data.outcome === "CHANGED" ? "ir35-changed" : "ir35-upheld"}`);
}

export async function confirmPlacementAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(confirmPlacementSchema, fd, { dates: ["startDate", "plannedEndDate"] }, async (input) => confirmPlacement(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/placements/${result.data.id}?done=confirmed`);
}
