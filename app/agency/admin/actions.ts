"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { toFormState } from "@/lib/actions";
import { formValues, type FormState } from "@/lib/forms";
import { saveUser } from "@/lib/admin/save-user";
import { createCostCentre, createService, setBudget } from "@/lib/admin/save-service";
import { saveRateCard } from "@/lib/admin/save-rate-card";
import { updateApprovalThreshold, updateLocalArea } from "@/lib/admin/update-settings";
import { budgetSchema, costCentreSchema, localAreaSchema, rateCardSchema, serviceSchema, thresholdSchema, userSchema } from "@/lib/admin/schemas";
import { importPostcodeLookup, LOOKUP_TOO_BIG, MAX_LOOKUP_BYTES } from "@/lib/postcodes/import-lookup";
import { runForm } from "../_lib/form";

export async function saveUserAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(userSchema, fd, {}, async (input) => saveUser(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect(`/agency/admin/users?done=${result.data.created ? "created" : "saved"}`);
}

export async function createServiceAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(serviceSchema, fd, {}, async (input) => createService(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect("/agency/admin/services?done=service");
}

export async function createCostCentreAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(costCentreSchema, fd, {}, async (input) => createCostCentre(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect("/agency/admin/services?done=cost-centre");
}

export async function setBudgetAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(budgetSchema, fd, {}, async (input) => setBudget(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect("/agency/admin/services?done=budget");
}

export async function saveRateCardAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(rateCardSchema, fd, { dates: ["effectiveFrom"] }, async (input) => saveRateCard(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect("/agency/admin/rate-cards?done=saved");
}

export async function thresholdAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(thresholdSchema, fd, {}, async (input) => updateApprovalThreshold(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency/admin", "layout");
  redirect("/agency/admin?done=threshold");
}

export async function localAreaAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const result = await runForm(localAreaSchema, fd, {}, async (input) => updateLocalArea(await getViewer(), input));
  if (!result.ok) return result;
  revalidatePath("/agency", "layout");
  redirect(`/agency/admin?done=local-area&local=${result.data.nowLocal}&notLocal=${result.data.nowNotLocal}`);
}

/** Import an ONS-style postcode lookup CSV (multipart form). */
export async function importPostcodesAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const file = fd.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, fieldErrors: { file: "Choose a CSV file to import" }, values };
  if (file.size > MAX_LOOKUP_BYTES) return { ok: false, fieldErrors: { file: LOOKUP_TOO_BIG }, values };
  if (!/\.csv$/i.test(file.name) && !/csv|text\/plain|excel/.test(file.type)) return { ok: false, fieldErrors: { file: "The file must be a CSV" }, values };
  const text = await file.text();
  const result = await toFormState(async () => importPostcodeLookup(await getViewer(), { filename: file.name, text }), values);
  if (!result.ok) {
    // a file-level problem belongs beside the file field
    return result.fieldErrors ? result : { ...result, fieldErrors: { file: result.formError ?? "The file could not be imported" }, formError: undefined };
  }
  revalidatePath("/agency", "layout");
  redirect(`/agency/admin/postcodes?import=${result.data.importId}`);
}
