import { BackLink, SummaryList } from "@/components/ui";
import { EndRequisitionForm } from "@/components/requisitions/end-requisition-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { getAgencyRequisition } from "@/lib/requisitions/agency-queries";
import { CANCELLABLE_STATUSES } from "@/lib/requisitions/cancel-requisition";
import { endRefusal } from "@/lib/requisitions/end-requisition";
import { orNotFound } from "../../_lib/load";
import { cancelRequisitionAction, closeRequisitionAction } from "../actions";

const WORDING = {
  cancel: {
    to: "CANCELLED",
    from: CANCELLABLE_STATUSES,
    action: cancelRequisitionAction,
    title: "Cancel",
    intro: "Cancel a requisition the service no longer needs, while nobody is placed on it. Cancelling:",
  },
  close: {
    to: "CLOSED",
    from: ["OPEN"],
    action: closeRequisitionAction,
    title: "Close",
    intro: "Close an open requisition that is partly filled or will not be filled further. Placements already made carry on. Closing:",
  },
} as const;

/** The pages behind "Cancel" and "Close" on the team's requisition page: the reason and a confirmation. */
export async function EndRequisitionPage({ params, verb }: { params: Promise<{ id: string }>; verb: "cancel" | "close" }) {
  const { id } = await params;
  const r = await orNotFound(getAgencyRequisition(await getViewer(), id));
  const w = WORDING[verb];
  const refusal = endRefusal({ reference: r.reference, status: r.status, livePlacements: r.placed }, { to: w.to, from: w.from, byManager: false });
  const back = <BackLink href={`/agency/requisitions/${r.id}`}>Back to the requisition</BackLink>;
  if (refusal) {
    return (
      <>
        {back}
        <title>{`${r.reference} cannot be ${verb === "cancel" ? "cancelled" : "closed"} – Connect2 team – Connect2 portal`}</title>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">
          {r.reference} cannot be {verb === "cancel" ? "cancelled" : "closed"}
        </h1>
        <p className="mb-6">{refusal}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <EndRequisitionForm
        action={w.action}
        requisitionId={r.id}
        verb={verb}
        title={`${w.title} ${r.reference}`}
        portal="Connect2 team"
        caption={`${r.reference} · ${r.serviceName}`}
        heading={`${w.title} ${r.jobTitle}`}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Status", value: REQUISITION_STATUS_LABEL[r.status] },
                { key: "Placed", value: `${r.placed} of ${r.headcount}` },
                { key: "Start date", value: formatDate(r.startDate) },
              ]}
            />
            <p className="mb-4">{w.intro}</p>
            <ul className="mb-6 list-disc pl-5">
              {r.status === "OPEN" ? <li>takes the advert off the job board straight away</li> : null}
              <li>closes every open application, and tells the candidates</li>
              <li>tells the service&rsquo;s hiring managers, with your reason</li>
            </ul>
          </>
        }
      />
    </>
  );
}
