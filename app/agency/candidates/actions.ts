"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms";
import { addCandidate, addCandidateSchema } from "@/lib/candidates/add-candidate";
import { addCandidateNote, noteSchema } from "@/lib/candidates/add-note";
import { recordCheck } from "@/lib/checks/record-check";
import { recordCheckSchema } from "@/lib/checks/schemas";
import { mergeCandidates, mergeSchema } from "@/lib/duplicates/merge-candidates";
import { runForm } from "../_lib/form";

export async function addCandidateAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(addCandidateSchema, fd, { dates: ["dateOfBirth"] }, async (input) => addCandidate(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/candidates/${result.data.id}?done=created`);
}

export async function recordCheckAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(recordCheckSchema, fd, { dates: ["checkedOn", "expiresOn", "dbsCertificateDate"] }, async (input) => recordCheck(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/candidates/${String(fd.get("candidateId"))}?done=check`);
}

export async function noteAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(noteSchema, fd, {}, async (input) => addCandidateNote(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/candidates/${String(fd.get("candidateId"))}?done=note`);
}

export async function mergeAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(mergeSchema, fd, {}, async (input) => mergeCandidates(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/candidates/${result.data.keptId}?done=merged`);
}
