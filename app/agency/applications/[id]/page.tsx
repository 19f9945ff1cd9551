import Link from "next/link";
import { BackLink, ButtonLink, InsetText, NotificationBanner, SummaryList, linkClass } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { StageTag, YesNoTag } from "@/components/agency/tags";
import { Ir35Disagreement, ir35DeterminationText } from "@/components/agency/ir35-summary";
import { getViewer } from "@/lib/auth/session";
import { getAgencyApplication } from "@/lib/applications/agency-queries";
import { formatDate, formatDateTime, formatRate } from "@/lib/format";
import { DBS_LABEL, ENGAGEMENT_LABEL, STAGE_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, param, type SearchParams } from "../../_lib/load";
import { moveAction } from "../actions";

const DONE: Record<string, string> = {
  screened: "The application has been screened.",
  shortlisted: "The candidate is shortlisted; the hiring manager has been told.",
  interview: "The candidate is invited to interview.",
  offered: "The candidate is marked as offered: you can now make the placement.",
  rejected: "The application has been rejected; the candidate has been told.",
  withdrawn: "The application has been withdrawn.",
  ir35: "The IR35 status determination has been recorded.",
  "ir35-upheld": "The response to the IR35 disagreement is recorded: the determination is upheld. The worker has been told.",
  "ir35-changed": "The response to the IR35 disagreement is recorded with the new determination. The worker has been told.",
};

const MOVE_HINT: Partial<Record<string, string>> = {
  SHORTLISTED: "The hiring managers of the service are told and can accept, interview or reject.",
  OFFERED: "The hiring manager accepted this candidate on their shortlist, so you can make the offer and the placement.",
};

export default async function ApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = param((await searchParams).done);
  const a = await orNotFound(getAgencyApplication(await getViewer(), id));
  const r = a.requisition;
  const c = a.candidate;
  const title = `${c.name}: ${r.jobTitle}`;
  const details = (
    <>
      <p className="mb-4">
        <StageTag stage={a.stage} />
      </p>
      {a.stage === "OFFERED" && r.status === "OPEN" && a.managerDecision === "ACCEPTED" ? (
        <InsetText>
          <p className="mb-4">The hiring manager accepted {c.name}. Check the terms and make the placement.</p>
          <ButtonLink href={`/agency/applications/${a.id}/place`}>Make the placement</ButtonLink>
        </InsetText>
      ) : null}
      {a.stage === "OFFERED" && a.managerDecision !== "ACCEPTED" ? (
        <InsetText>The hiring manager has not accepted {c.name}, so they cannot be placed.</InsetText>
      ) : null}
      {(a.stage === "SHORTLISTED" || a.stage === "INTERVIEW") && a.managerDecision !== "ACCEPTED" ? (
        <InsetText>
          Waiting for the hiring manager&rsquo;s decision. Only a candidate they accept on their shortlist can be offered and placed: ask them to
          record it there if they told you directly.
        </InsetText>
      ) : null}
      {a.placementId ? (
        <p className="mb-6">
          <Link href={`/agency/placements/${a.placementId}`} className={linkClass}>
            View the placement
          </Link>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: "Candidate", value: <Link href={`/agency/candidates/${c.id}`} className={linkClass}>{c.name}</Link> },
          { key: "Contact", value: `${c.email}${c.phone ? `, ${c.phone}` : ""}` },
          { key: "Local resident", value: c.isLocal ? "Yes" : "No" },
          { key: "Engaged through", value: `${ENGAGEMENT_LABEL[c.engagementType]}${c.limitedCompanyName ? ` (${c.limitedCompanyName})` : ""}` },
          { key: "Right to work", value: <YesNoTag yes={c.compliance.rightToWork.valid} yesText="Checked and in date" noText="Not valid" /> },
          { key: "DBS", value: c.compliance.dbsLevel ? DBS_LABEL[c.compliance.dbsLevel] : "None recorded" },
          { key: "References passed", value: c.compliance.referencesPassed },
          { key: "Requisition", value: <Link href={`/agency/requisitions/${r.id}`} className={linkClass}>{`${r.reference} ${r.jobTitle}`}</Link> },
          { key: "Service", value: r.serviceName },
          { key: "Applied", value: formatDateTime(a.appliedAt) },
          { key: "Cover note", value: a.coverNote ?? "None" },
          { key: "Rate proposed", value: a.proposedPayRatePence ? formatRate(a.proposedPayRatePence) : "None" },
          {
            key: "Hiring manager's decision",
            value: a.managerDecision ? `${a.managerDecision === "ACCEPTED" ? "Accepted" : a.managerDecision === "INTERVIEW" ? "Invite to interview" : "Rejected"}${a.managerDecisionReason ? `: ${a.managerDecisionReason}` : ""}${a.managerDecidedAt ? ` (${formatDate(a.managerDecidedAt)})` : ""}` : "Not yet",
          },
          ...(a.closedReason ? [{ key: "Reason closed", value: a.closedReason }] : []),
          ...(c.engagementType === "LIMITED_COMPANY" || a.ir35
            ? [{
                key: "IR35 status determination",
                value: a.ir35 ? ir35DeterminationText(a.ir35) : "None recorded: needed before the placement",
                actions: [{ href: `/agency/applications/${a.id}/ir35`, text: a.ir35 ? "Change" : "Record", visuallyHiddenText: "the IR35 status determination" }],
              }]
            : []),
          ...(a.ir35
            ? [{
                key: "IR35 disagreement",
                value: a.ir35.disagreement ? <Ir35Disagreement disagreement={a.ir35.disagreement} /> : "None received",
                actions: a.ir35.disagreement
                  ? a.ir35.disagreement.state === "answered"
                    ? []
                    : [{ href: `/agency/applications/${a.id}/disagreement`, text: "Answer", visuallyHiddenText: "the IR35 disagreement" }]
                  : [{ href: `/agency/applications/${a.id}/ir35`, text: "Record", visuallyHiddenText: "a disagreement received from the worker" }],
              }]
            : []),
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">History</h2>
      <ul className="mb-8 list-disc pl-5">
        {a.history.map((h, i) => (
          <li key={i}>
            {formatDateTime(h.changedAt)}: {h.fromStage ? `${STAGE_LABEL[h.fromStage]} → ` : ""}
            {STAGE_LABEL[h.toStage]}
            {h.changedByName ? `, by ${h.changedByName}` : ""}
            {h.reason ? ` (${h.reason})` : ""}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <>
      <BackLink href={`/agency/requisitions/${r.id}`}>Back to the pipeline</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      {a.moves.length ? (
        <AgencyForm
          action={moveAction}
          title={title}
          caption={`${r.reference} · ${r.serviceName}`}
          heading={title}
          intro={
            <>
              {details}
              <h2 className="mb-4 text-2xl font-bold">Move the application</h2>
            </>
          }
          fields={[
            { kind: "hidden", name: "applicationId", value: a.id },
            { kind: "radios", name: "to", label: "Move to", options: a.moves.map((m) => ({ value: m, label: STAGE_LABEL[m], hint: MOVE_HINT[m] })) },
            { kind: "textarea", name: "reason", label: "Reason", hint: "Needed when rejecting or withdrawing. The candidate is told a rejection.", optional: true, rows: 3 },
          ]}
          submitLabel="Move the application"
        />
      ) : (
        <>
          <title>{`${title} – Connect2 team – Connect2 portal`}</title>
          <h1 className="mb-6 text-3xl font-bold md:text-4xl">
            <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{`${r.reference} · ${r.serviceName}`}</span>
            {title}
          </h1>
          {details}
        </>
      )}
    </>
  );
}
