import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { MarginPreview } from "@/components/agency/margin-preview";
import { getViewer } from "@/lib/auth/session";
import { getAgencyApplication, signOffCandidates } from "@/lib/applications/agency-queries";
import { checkPlacement } from "@/lib/compliance/placement-check";
import { formatDate, formatMoney, formatRate, penceToPoundsInput } from "@/lib/format";
import { londonToday } from "@/lib/jobs/clock";
import { orNotFound } from "../../../_lib/load";
import { confirmPlacementAction } from "../../actions";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Make the placement from an accepted candidate: start, planned end, hours, pay and charge rate with the margin
 * shown, and the compliance checks the placement gate runs. Confirming runs the gate again on the terms entered
 * and refuses with exactly the checks that block it.
 */
export default async function PlacePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const a = await orNotFound(getAgencyApplication(viewer, id));
  const r = a.requisition;
  const today = londonToday();
  const start = iso(r.startDate) < today ? today : iso(r.startDate);
  // the candidate's proposed rate, kept within the pay range the requisition was approved at
  const pay = Math.min(Math.max(a.proposedPayRatePence ?? r.payRateMinPence, r.payRateMinPence), r.payRateMaxPence);
  const [check, signers] = await Promise.all([checkPlacement(viewer, a.id, { startDate: start, payRatePence: pay }), signOffCandidates(viewer)]);
  const heading = `Make the placement: ${a.candidate.name}`;
  const blocked = a.stage !== "OFFERED" || a.managerDecision !== "ACCEPTED" || r.status !== "OPEN";
  return (
    <>
      <BackLink href={`/agency/applications/${a.id}`}>Back to the application</BackLink>
      <AgencyForm
        action={confirmPlacementAction}
        title={heading}
        caption={`${r.reference} · ${r.jobTitle} · ${r.serviceName}`}
        heading={heading}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Requisition", value: `${r.reference}, ${r.placed} of ${r.headcount} ${r.headcount === 1 ? "place" : "places"} filled` },
                { key: "Pay range approved", value: `${formatRate(r.payRateMinPence)} to ${formatMoney(r.payRateMaxPence)}` },
                { key: "Charge rate approved", value: formatRate(r.chargeRatePence) },
              ]}
            />
            {blocked ? (
              <p className="mb-6 font-bold">
                {r.status !== "OPEN" ? `${r.reference} is not open, so no placement can be made on it.` : "Only a candidate the hiring manager has accepted can be placed."}
              </p>
            ) : null}
            <h2 className="mb-2 text-2xl font-bold">Compliance checks for a start on {formatDate(start)}</h2>
            {check.gate.allowed ? (
              <p className="mb-4">Every check the role needs has passed.</p>
            ) : (
              <div className="mb-4 border-l-[5px] border-[#d4351c] pl-4">
                <p className="mb-2 font-bold">The placement cannot be confirmed until these are put right:</p>
                <ul className="list-disc pl-5" aria-label="Checks that block the placement">
                  {check.gate.blocks.map((b) => (
                    <li key={b.code} className="mb-1">
                      <strong>{b.rule}:</strong> {b.message}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {check.gate.passed.length ? (
              <ul className="mb-6 list-disc pl-5" aria-label="Checks passed">
                {check.gate.passed.map((p, i) => (
                  <li key={i}>
                    <strong>{p.rule}:</strong> {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
            {check.rateCapPence !== null ? (
              <p className="mb-6">
                DfE regional pay cap for this role: {formatRate(check.rateCapPence)}. Pay above it needs a senior sign-off, recorded below.
              </p>
            ) : null}
            <MarginPreview payPence={pay} chargePence={r.chargeRatePence} hours={r.hoursPerWeek} onCostPercent={a.onCostPercent} />
            <h2 className="mb-4 text-2xl font-bold">Terms of the placement</h2>
          </>
        }
        fields={[
          { kind: "hidden", name: "applicationId", value: a.id },
          { kind: "date", name: "startDate", label: "Start date", defaultValue: start },
          { kind: "date", name: "plannedEndDate", label: "Planned end date", defaultValue: iso(r.expectedEndDate) },
          { kind: "text", name: "hoursPerWeek", label: "Hours a week", defaultValue: r.hoursPerWeek, width: 4 },
          { kind: "money", name: "payRatePence", label: "Pay rate an hour", hint: `Within the range the requisition was approved at: ${formatMoney(r.payRateMinPence)} to ${formatMoney(r.payRateMaxPence)}`, defaultValue: penceToPoundsInput(pay) },
          { kind: "money", name: "chargeRatePence", label: "Charge rate an hour", hint: `What the council is charged: at most ${formatMoney(r.chargeRatePence)}, the rate the requisition was approved at`, defaultValue: penceToPoundsInput(r.chargeRatePence) },
          ...(check.rateCapPence !== null
            ? ([
                { kind: "select", name: "rateCapSignOffById", label: "Senior sign-off for pay above the cap", optional: true, placeholder: "No sign-off", options: signers.map((s) => ({ value: s.id, label: s.name })) },
                { kind: "textarea", name: "rateCapSignOffNote", label: "Why pay above the cap was agreed", optional: true, rows: 3 },
              ] as const)
            : []),
        ]}
        submitLabel="Confirm the placement"
      />
    </>
  );
}
