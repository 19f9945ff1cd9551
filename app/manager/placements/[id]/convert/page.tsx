import { BackLink, Details, InsetText, SummaryList } from "@/components/ui";
import { ConversionForm } from "@/components/manager/change-request-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getManagerPlacement } from "@/lib/placements/manager-queries";
import { orNotFound } from "../../../_lib/load";
import { proposeConversionAction } from "../../actions";

export default async function ConvertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await orNotFound(getManagerPlacement(await getViewer(), id));
  const feeFree = p.feeWindow.feeFreeDate ?? p.feeFreeDate;
  return (
    <>
      <BackLink href={`/manager/placements/${p.id}`}>Back to the placement</BackLink>
      <ConversionForm
        action={proposeConversionAction}
        placementId={p.id}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Worker", value: p.workerName },
                { key: "Placement", value: `${p.jobTitle} (${p.reference}), since ${formatDate(p.startDate)}` },
              ]}
            />
            <InsetText>
              <p className="mb-2 font-bold" data-testid="fee-free-date">
                Fee-free date: {formatDate(feeFree)}
                {p.feeWindow.dependsOnEnd ? " at the earliest" : ""}
              </p>
              <p className="mb-0">
                Under the Conduct of Employment Agencies Regulations 2003, a transfer fee may apply to a conversion before this date: the later of 14 weeks
                from the start of the assignment and 8 weeks after the last day worked. Connect2 records the fee actually charged, which may be £0.
              </p>
            </InsetText>
            <Details summary="How the date is worked out">
              <ul className="list-disc pl-5">
                {p.feeWindow.explanation.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Details>
          </>
        }
      />
    </>
  );
}
