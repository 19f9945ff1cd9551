import type { Metadata } from "next";
import { BackLink, NotificationBanner, PageHeading, SummaryList, Tag } from "@/components/ui";
import { StageTag } from "@/components/requisitions/status-tag";
import { CandidateDecisionForm } from "@/components/manager/candidate-decision-form";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatRate } from "@/lib/format";
import { getShortlist } from "@/lib/applications/manager-queries";
import { AVAILABILITY_LABEL, ENGAGEMENT_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, param, type SearchParams } from "../../../_lib/load";
import { decideCandidateAction } from "../../actions";

export const metadata: Metadata = { title: "Shortlist – Hiring managers – Connect2 portal" };

const DONE: Record<string, string> = {
  interview: "Candidate invited to interview. Connect2 will arrange it.",
  accepted: "Candidate accepted. Connect2 has been asked to make the offer.",
  rejected: "Candidate rejected. Connect2 has your reason.",
};

export default async function ShortlistPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const s = await orNotFound(getShortlist(await getViewer(), id));
  const done = DONE[param(sp.done) ?? ""];
  const waiting = s.candidates.filter((c) => c.stage === "SHORTLISTED" || c.stage === "INTERVIEW");
  const decided = s.candidates.filter((c) => !(c.stage === "SHORTLISTED" || c.stage === "INTERVIEW"));
  return (
    <>
      <BackLink href={`/manager/requisitions/${s.requisition.id}`}>Back to {s.requisition.reference}</BackLink>
      {done ? <NotificationBanner type="success">{done}</NotificationBanner> : null}
      <PageHeading caption={`${s.requisition.reference}, ${s.requisition.serviceName}`}>Shortlist: {s.requisition.jobTitle}</PageHeading>
      <p className="mb-8">
        Headcount {s.requisition.headcount}, starting {formatDate(s.requisition.startDate)}. {waiting.length} {waiting.length === 1 ? "candidate waits" : "candidates wait"} for
        your decision.
      </p>
      {s.candidates.length === 0 ? <p>Connect2 has not shortlisted anyone for this requisition yet.</p> : null}
      {waiting.map((c) => (
        <section key={c.applicationId} aria-labelledby={`cand-${c.applicationId}`} className="mb-10 border-t-4 border-[#1d70b8] pt-4">
          <h2 id={`cand-${c.applicationId}`} className="mb-2 text-2xl font-bold">
            {c.name}
          </h2>
          <p className="mb-4">
            <StageTag stage={c.stage} />
          </p>
          <SummaryList
            rows={[
              { key: "Experience", value: c.experienceSummary ?? "Not given" },
              { key: "Skills", value: c.skills.length ? c.skills.join(", ") : "None listed" },
              { key: "Availability", value: `${AVAILABILITY_LABEL[c.availability]}${c.availableFrom ? `, from ${formatDate(c.availableFrom)}` : ""}` },
              { key: "Pay rate", value: `${formatRate(c.ratePence)} (${ENGAGEMENT_LABEL[c.engagementType]})` },
              {
                key: "Compliance",
                value: c.compliance.ready ? (
                  <Tag colour="green">All checks in place</Tag>
                ) : (
                  <>
                    <Tag colour="orange">Checks outstanding</Tag>
                    <ul className="mt-2 list-disc pl-5">
                      {c.compliance.issues.map((i) => (
                        <li key={i}>{i}</li>
                      ))}
                    </ul>
                    <span className="block text-[#505a5f]">Connect2 completes these before the placement can start.</span>
                  </>
                ),
              },
            ]}
          />
          <CandidateDecisionForm action={decideCandidateAction} applicationId={c.applicationId} name={c.name} canInvite={c.stage === "SHORTLISTED"} />
        </section>
      ))}
      {decided.length ? (
        <>
          <h2 className="mb-3 text-2xl font-bold">Already decided</h2>
          <ul className="mb-8 space-y-3">
            {decided.map((c) => (
              <li key={c.applicationId}>
                <span className="font-bold">{c.name}</span> <StageTag stage={c.stage} />
                {c.managerDecisionReason ? <span className="block text-[#505a5f]">Reason: {c.managerDecisionReason}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
