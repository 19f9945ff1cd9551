import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { getAgencyPlacement } from "@/lib/placements/agency-queries";
import { formatDate } from "@/lib/format";
import { orNotFound } from "../../../_lib/load";
import { completeConversionAction } from "../../actions";

/** Record a temp-to-perm conversion: post, salary band, start date and the fee charged (£0 allowed), with the fee-free date. */
export default async function ConvertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const p = await orNotFound(getAgencyPlacement(await getViewer(), id));
  const c = p.conversion;
  return (
    <>
      <BackLink href={`/agency/placements/${p.id}`}>Back to the placement</BackLink>
      <AgencyForm
        action={completeConversionAction}
        title={`Conversion of ${p.reference}`}
        caption={`${p.reference} · ${p.workerName}`}
        heading="Record the conversion to a permanent post"
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Placement", value: `${p.jobTitle}, ${formatDate(p.startDate)} to ${formatDate(p.actualEndDate ?? p.plannedEndDate)}` },
                { key: "Fee-free date", value: `${formatDate(p.feeWindow.feeFreeDate ?? p.feeFreeDate)}${p.feeWindow.dependsOnEnd ? " at the earliest (8 weeks after the last day worked if that is later)" : ""}` },
                ...(c ? [{ key: "Proposed by the service", value: `${c.postTitle}, ${c.salaryBand}, from ${formatDate(c.startDate)}` }] : []),
              ]}
            />
            <p className="mb-6 max-w-2xl">
              A transfer fee may only be charged for a conversion before the fee-free date. Connect2 may waive it: enter 0.
            </p>
          </>
        }
        fields={[
          { kind: "hidden", name: "placementId", value: p.id },
          { kind: "text", name: "postTitle", label: "Permanent post title", defaultValue: c?.postTitle ?? p.jobTitle },
          { kind: "text", name: "salaryBand", label: "Salary band", hint: "For example, Grade 5 (£27,000 to £29,500)", defaultValue: c?.salaryBand ?? null, width: "two-thirds" },
          { kind: "date", name: "startDate", label: "First day in the permanent post", defaultValue: c ? c.startDate.toISOString().slice(0, 10) : null },
          { kind: "money", name: "feeCharged", label: "Transfer fee charged", hint: "Enter 0 if no fee is charged", defaultValue: c?.feeChargedPence ?? "0" },
        ]}
        submitLabel="Record the conversion"
      />
    </>
  );
}
