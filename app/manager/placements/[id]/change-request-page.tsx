import { BackLink, SummaryList } from "@/components/ui";
import { ChangeRequestForm } from "@/components/manager/change-request-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getManagerPlacement } from "@/lib/placements/manager-queries";
import { orNotFound } from "../../_lib/load";
import { requestChangeAction } from "../actions";

const WORDING = {
  EARLY_END: {
    title: (worker: string) => `End ${worker}'s placement early`,
    next: "Connect2 tells the worker and ends the placement on the date you give.",
  },
  EXTENSION: {
    title: (worker: string) => `Extend ${worker}'s placement`,
    next: "Connect2 confirms the extension with the worker and records the new end date.",
  },
} as const;

/** The page behind "End early" and "Extend": a request to the Connect2 team about one placement in the manager's services. */
export async function ChangeRequestPage({ params, type }: { params: Promise<{ id: string }>; type: keyof typeof WORDING }) {
  const { id } = await params;
  const p = await orNotFound(getManagerPlacement(await getViewer(), id));
  const wording = WORDING[type];
  return (
    <>
      <BackLink href={`/manager/placements/${p.id}`}>Back to the placement</BackLink>
      <ChangeRequestForm
        action={requestChangeAction}
        placementId={p.id}
        type={type}
        title={wording.title(p.workerName)}
        intro={
          <>
            <SummaryList rows={[{ key: "Job", value: `${p.jobTitle} (${p.reference})` }, { key: "Current end date", value: formatDate(p.plannedEndDate) }]} />
            <p className="mb-6">{wording.next} The request is kept in the placement&rsquo;s history.</p>
          </>
        }
      />
    </>
  );
}
