import { BackLink, SummaryList } from "@/components/ui";
import { ChangeRequestForm } from "@/components/manager/change-request-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getManagerPlacement } from "@/lib/placements/manager-queries";
import { orNotFound } from "../../../_lib/load";
import { requestChangeAction } from "../../actions";

export default async function ExtendPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await orNotFound(getManagerPlacement(await getViewer(), id));
  return (
    <>
      <BackLink href={`/manager/placements/${p.id}`}>Back to the placement</BackLink>
      <ChangeRequestForm
        action={requestChangeAction}
        placementId={p.id}
        type="EXTENSION"
        title={`Extend ${p.workerName}'s placement`}
        intro={
          <>
            <SummaryList rows={[{ key: "Job", value: `${p.jobTitle} (${p.reference})` }, { key: "Current end date", value: formatDate(p.plannedEndDate) }]} />
            <p className="mb-6">Connect2 confirms the extension with the worker and records the new end date. The request is kept in the placement&rsquo;s history.</p>
          </>
        }
      />
    </>
  );
}
