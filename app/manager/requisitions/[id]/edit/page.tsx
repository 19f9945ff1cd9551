import { redirect } from "next/navigation";
import { BackLink } from "@/components/ui";
import { RequisitionForm } from "@/components/manager/requisition-form";
import { getViewer } from "@/lib/auth/session";
import { penceToPoundsInput, toIsoDate } from "@/lib/format";
import { getManagerRequisition, getRequisitionFormOptions } from "@/lib/requisitions/manager-queries";
import { orNotFound } from "../../../_lib/load";
import { saveRequisitionAction } from "../../actions";

function parts(prefix: string, d: Date): Record<string, string> {
  const [y, m, day] = toIsoDate(d)!.split("-");
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(m)), [`${prefix}-year`]: y };
}

export default async function EditRequisitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const [r, options] = await Promise.all([orNotFound(getManagerRequisition(viewer, id)), getRequisitionFormOptions(viewer)]);
  if (r.status !== "DRAFT" && r.status !== "DECLINED") redirect(`/manager/requisitions/${id}`);
  const defaults: Record<string, string> = {
    jobTitle: r.jobTitle, serviceId: r.serviceId, costCentreId: r.costCentreId, roleCategory: r.roleCategory, grade: r.grade, reason: r.reason,
    headcount: String(r.headcount), hoursPerWeek: String(Number(r.hoursPerWeek)), ...parts("startDate", r.startDate), ...parts("expectedEndDate", r.expectedEndDate),
    payRate: penceToPoundsInput(r.payRateMinPence), payRateMax: r.payRateMaxPence !== r.payRateMinPence ? penceToPoundsInput(r.payRateMaxPence) : "",
    dbsLevel: r.dbsLevel, registrationRequired: r.registrationRequired ?? "", limitedCompanyAllowed: r.limitedCompanyAllowed ? "yes" : "no", duties: r.duties,
  };
  return (
    <>
      <BackLink href={`/manager/requisitions/${id}`}>Back to {r.reference}</BackLink>
      <RequisitionForm
        action={saveRequisitionAction}
        title={r.status === "DECLINED" ? `Amend and resubmit ${r.reference}` : `Change draft ${r.reference}`}
        id={r.id}
        defaults={defaults}
        services={options.services}
        costCentres={options.costCentres}
        rateCards={options.rateCards}
        approvalThresholdPence={options.approvalThresholdPence}
        submitLabel={r.status === "DECLINED" ? "Resubmit for approval" : "Submit for approval"}
      />
    </>
  );
}
