import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatMoney, formatRate } from "@/lib/format";
import { getAgencyRequisition } from "@/lib/requisitions/agency-queries";
import { orNotFound } from "../../../_lib/load";
import { releaseAction } from "../../actions";

/** Release an approved requisition: the advert, where, and the closing date. On an open one, edit the advert. */
export default async function ReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await orNotFound(getAgencyRequisition(await getViewer(), id));
  const releasing = r.status === "APPROVED";
  if (!releasing && r.status !== "OPEN") {
    return (
      <>
        <BackLink href={`/agency/requisitions/${r.id}`}>Back to the requisition</BackLink>
        <title>{`Release ${r.reference} – Connect2 team – Connect2 portal`}</title>
        <h1 className="mb-6 text-3xl font-bold">{r.reference} cannot be released</h1>
        <p>Only an approved requisition can be released to the job board.</p>
      </>
    );
  }
  const defaultAdvert =
    r.advertText ??
    `${r.serviceName} is looking for a ${r.jobTitle} to join the team from ${formatDate(r.startDate)}, ${r.hoursPerWeek} hours a week. Pay ${formatRate(r.payRateMinPence)} to ${formatMoney(r.payRateMaxPence)}.\n\n${r.duties}`;
  return (
    <>
      <BackLink href={`/agency/requisitions/${r.id}`}>Back to the requisition</BackLink>
      <AgencyForm
        action={releaseAction}
        title={releasing ? `Release ${r.reference}` : `Edit the advert for ${r.reference}`}
        caption={`${r.reference} · ${r.serviceName}`}
        heading={releasing ? `Release ${r.jobTitle} to the job board` : `Edit the advert for ${r.jobTitle}`}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Start date", value: formatDate(r.startDate) },
                { key: "Headcount", value: r.headcount },
                { key: "Pay rate", value: `${formatRate(r.payRateMinPence)} to ${formatMoney(r.payRateMaxPence)}` },
              ]}
            />
            {releasing ? <p className="mb-6">Releasing opens the requisition: it appears on the public job board until the closing date, and the hiring managers are told.</p> : null}
          </>
        }
        fields={[
          { kind: "hidden", name: "requisitionId", value: r.id },
          { kind: "textarea", name: "advertText", label: "Advert text", hint: "What candidates read on the job board. Plain English; say what the job is, where, and who it suits.", defaultValue: defaultAdvert, rows: 10 },
          { kind: "text", name: "location", label: "Where the work is", optional: true, defaultValue: r.location, width: "two-thirds" },
          { kind: "date", name: "closingDate", label: "Closing date", hint: "The last day to apply. For example, 15 12 2026", defaultValue: r.closingDate ? r.closingDate.toISOString().slice(0, 10) : null },
        ]}
        submitLabel={releasing ? "Release to the job board" : "Save the advert"}
      />
    </>
  );
}
