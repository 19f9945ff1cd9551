import { notFound } from "next/navigation";
import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { formatDate } from "@/lib/format";
import { orNotFound } from "../../../../_lib/load";
import { actionChangeAction } from "../../../actions";

/** Action or decline (with a reason) a hiring manager's extension or early-end request. */
export default async function ChangeRequestPage({ params }: { params: Promise<{ id: string; requestId: string }> }) {
  const { id, requestId } = await params;
  const p = await orNotFound(getAgencyPlacement(await getViewer(), id));
  const c = p.changeRequests.find((x) => x.id === requestId);
  if (!c) notFound();
  const what = c.type === "EXTENSION" ? "extension" : "early end";
  return (
    <>
      <BackLink href={`/agency/placements/${p.id}`}>Back to the placement</BackLink>
      <AgencyForm
        action={actionChangeAction}
        title={`The ${what} of ${p.reference}`}
        caption={`${p.reference} · ${p.workerName}`}
        heading={`Action the ${what}?`}
        intro={
          <SummaryList
            rows={[
              { key: "Requested by", value: `${c.requestedByName} on ${formatDate(c.requestedAt)}` },
              { key: "Current end date", value: formatDate(c.previousEndDate) },
              { key: c.type === "EXTENSION" ? "New end date" : "Last day", value: formatDate(c.newEndDate) },
              { key: "Reason", value: c.reason ?? "None given" },
              { key: "State", value: c.status === "REQUESTED" ? "Waiting for Connect2" : c.status === "ACTIONED" ? "Actioned" : "Declined" },
            ]}
          />
        }
        fields={[
          { kind: "hidden", name: "changeRequestId", value: c.id },
          { kind: "hidden", name: "placementId", value: p.id },
          {
            kind: "radios", name: "decision", label: "What do you want to do?",
            options: [
              { value: "ACTION", label: c.type === "EXTENSION" ? `Extend to ${formatDate(c.newEndDate)}` : `End on ${formatDate(c.newEndDate)}`, hint: "You have agreed it with the worker." },
              { value: "DECLINE", label: "Decline the request" },
            ],
          },
          { kind: "textarea", name: "declineReason", label: "Reason for declining", optional: true, hint: "Needed if you decline. The hiring manager is told.", rows: 3 },
        ]}
        submitLabel="Continue"
      />
    </>
  );
}
