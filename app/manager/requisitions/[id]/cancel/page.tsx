import { BackLink, SummaryList } from "@/components/ui";
import { EndRequisitionForm } from "@/components/requisitions/end-requisition-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { getManagerRequisition } from "@/lib/requisitions/manager-queries";
import { CANCELLABLE_STATUSES } from "@/lib/requisitions/cancel-requisition";
import { endRefusal } from "@/lib/requisitions/end-requisition";
import { orNotFound } from "../../../_lib/load";
import { cancelRequisitionAction } from "../../actions";

/** Cancel a requisition of the manager's services that is no longer needed: the reason and a confirmation. */
export default async function CancelRequisitionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await orNotFound(getManagerRequisition(await getViewer(), id));
  const refusal = endRefusal({ reference: r.reference, status: r.status, livePlacements: r.livePlacements }, { to: "CANCELLED", from: CANCELLABLE_STATUSES, byManager: true });
  const back = <BackLink href={`/manager/requisitions/${r.id}`}>Back to the requisition</BackLink>;
  if (refusal) {
    return (
      <>
        {back}
        <title>{`${r.reference} cannot be cancelled – Hiring managers – Connect2 portal`}</title>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">{r.reference} cannot be cancelled</h1>
        <p className="mb-6">{refusal}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <EndRequisitionForm
        action={cancelRequisitionAction}
        requisitionId={r.id}
        verb="cancel"
        title={`Cancel ${r.reference}`}
        portal="Hiring managers"
        caption={`${r.reference} · ${r.serviceName}`}
        heading={`Cancel ${r.jobTitle}`}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Status", value: REQUISITION_STATUS_LABEL[r.status] },
                { key: "Headcount", value: r.headcount },
                { key: "Start date", value: formatDate(r.startDate) },
              ]}
            />
            <p className="mb-4">Cancel a requisition you no longer need. Cancelling:</p>
            <ul className="mb-6 list-disc pl-5">
              {r.status === "OPEN" ? <li>takes the advert off the job board straight away</li> : null}
              <li>closes every open application, and tells the candidates</li>
              {r.status !== "DRAFT" ? <li>tells the Connect2 team, who stop work on it</li> : null}
            </ul>
          </>
        }
      />
    </>
  );
}
