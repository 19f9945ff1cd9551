"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { toFormState } from "@/lib/actions";
import { formDataToObject, formValues, zodFieldErrors, zodFormError, type FormState } from "@/lib/forms";
import { approveTimesheet, approveTimesheets } from "@/lib/timesheets/approve-timesheet";
import { queryTimesheet, queryTimesheetSchema } from "@/lib/timesheets/query-timesheet";

export async function approveTimesheetAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const id = String(fd.get("timesheetId") ?? "");
  const result = await toFormState(async () => approveTimesheet(await getViewer(), id));
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/timesheets/${id}?done=approved`);
}

export async function queryTimesheetAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const parsed = queryTimesheetSchema.safeParse(formDataToObject(fd));
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: zodFormError(parsed.error), values };
  const result = await toFormState(async () => queryTimesheet(await getViewer(), parsed.data), values);
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  redirect(`/manager/timesheets/${parsed.data.timesheetId}?done=queried`);
}

/** Approve the ticked timesheets; each is approved or refused on its own, and the result says which. */
export async function approveSelectedAction(_prev: FormState, fd: FormData): Promise<FormState> {
  const ids = fd.getAll("timesheetId").filter((x): x is string => typeof x === "string" && x !== "");
  if (!ids.length) return { ok: false, fieldErrors: { timesheetId: "Select at least one timesheet to approve" } };
  const result = await toFormState(async () => approveTimesheets(await getViewer(), ids));
  if (!result.ok) return result;
  revalidatePath("/manager", "layout");
  const { approved, refused } = result.data;
  return {
    ok: refused.length === 0,
    message: `${approved.length} ${approved.length === 1 ? "timesheet" : "timesheets"} approved.`,
    formError: refused.length ? `${refused.length} could not be approved: ${refused.map((r) => r.message).join(" ")}` : undefined,
  };
}
