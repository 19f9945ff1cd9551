import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, ButtonLink, Details, NotificationBanner, PageHeading, Select, Button, SummaryList, Table, linkClass } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { RequisitionEndedNotice } from "@/components/requisitions/ended-notice";
import { ButtonForm } from "@/components/agency/button-form";
import { ExportLink } from "@/components/agency/export-link";
import { StageTag, YesNoTag } from "@/components/agency/tags";
import { getViewer } from "@/lib/auth/session";
import { formatDate, formatDateTime, formatMoney, formatRate } from "@/lib/format";
import { getAgencyRequisition } from "@/lib/requisitions/agency-queries";
import { CANCELLABLE_STATUSES } from "@/lib/requisitions/cancel-requisition";
import { listPipeline, PIPELINE_STAGES } from "@/lib/applications/agency-queries";
import { DBS_LABEL, REASON_LABEL, REQUISITION_STATUS_LABEL, ROLE_CATEGORY_LABEL, STAGE_LABEL } from "@/lib/requisitions/labels";
import type { ApplicationStage, DbsLevel, RequisitionReason } from "@/lib/enums";
import { orNotFound, oneOf, param, qs, type SearchParams } from "../../_lib/load";
import { quickMoveAction } from "../actions";

export const metadata: Metadata = { title: "Requisition pipeline – Connect2 team – Connect2 portal" };

const DONE: Record<string, string> = {
  released: "The requisition is open: the advert is on the job board.",
  advert: "The advert has been updated.",
  added: "The candidate has been added to the pipeline.",
  screened: "The application has been screened.",
  shortlisted: "The candidate has been shortlisted; the hiring manager has been told.",
  cancelled: "The requisition has been cancelled. Open applications have been closed and the candidates and hiring managers told.",
  closed: "The requisition has been closed. Open applications have been closed and the candidates and hiring managers told.",
};

const NEXT: Partial<Record<ApplicationStage, { to: ApplicationStage; label: string }>> = {
  APPLIED: { to: "SCREENED", label: "Mark as screened" },
  SCREENED: { to: "SHORTLISTED", label: "Shortlist to the manager" },
};

export default async function RequisitionPipelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const sp = await searchParams;
  const viewer = await getViewer();
  const stage = oneOf(sp.stage, PIPELINE_STAGES);
  const r = await orNotFound(getAgencyRequisition(viewer, id));
  const [pipeline, all] = await Promise.all([listPipeline(viewer, id, { stage }), stage ? listPipeline(viewer, id) : null]);
  const everything = all ?? pipeline;
  const counts = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, everything.filter((a) => a.stage === s).length])) as Record<ApplicationStage, number>;
  const done = param(sp.done);
  return (
    <>
      <BackLink href="/agency">Back to requisitions</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      <PageHeading caption={`${r.reference} · ${r.serviceName}`}>{r.jobTitle}</PageHeading>
      <p className="mb-4">
        <RequisitionStatusTag status={r.status} /> <span className="ml-2">{r.placed} of {r.headcount} placed</span>
      </p>
      <RequisitionEndedNotice status={r.status} history={r.history} />
      <div className="mb-6 flex flex-wrap gap-4">
        {r.status === "APPROVED" ? <ButtonLink href={`/agency/requisitions/${r.id}/release`}>Release to the job board</ButtonLink> : null}
        {r.status === "OPEN" ? <ButtonLink href={`/agency/requisitions/${r.id}/source`}>Add candidates from the talent pool</ButtonLink> : null}
        {r.status === "OPEN" ? <ButtonLink variant="secondary" href={`/agency/requisitions/${r.id}/release`}>Edit the advert</ButtonLink> : null}
        {r.status === "OPEN" ? <ButtonLink variant="secondary" href={`/agency/requisitions/${r.id}/close`}>Close requisition</ButtonLink> : null}
        {(CANCELLABLE_STATUSES as readonly string[]).includes(r.status) && r.placed === 0 ? (
          <ButtonLink variant="warning" href={`/agency/requisitions/${r.id}/cancel`}>Cancel requisition</ButtonLink>
        ) : null}
      </div>

      <h2 className="mb-4 text-2xl font-bold">Pipeline</h2>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2" aria-label="Applications by stage">
        {PIPELINE_STAGES.map((s) => (
          <li key={s}>
            {STAGE_LABEL[s]}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      <form method="get" action={`/agency/requisitions/${r.id}`} className="mb-2 flex flex-wrap items-end gap-x-4">
        <Select name="stage" label="Show stage" defaultValue={stage ?? ""} options={[{ value: "", label: "All stages" }, ...PIPELINE_STAGES.map((s) => ({ value: s, label: STAGE_LABEL[s] }))]} />
        <Button variant="secondary" className="mb-6">
          Show
        </Button>
      </form>
      <ExportLink href={`/agency/requisitions/${r.id}/export${qs({ stage })}`} what="this pipeline" />
      <Table
        caption={stage ? `${STAGE_LABEL[stage]} applications` : "Applications"}
        captionSize="s"
        rows={pipeline}
        rowKey={(a) => a.id}
        emptyMessage="No applications yet. Add candidates from the talent pool, or wait for applications from the job board."
        columns={[
          {
            key: "name", header: "Candidate", rowHeader: true,
            cell: (a) => (
              <Link href={`/agency/applications/${a.id}`} className={linkClass}>
                {a.name}
              </Link>
            ),
          },
          { key: "stage", header: "Stage", cell: (a) => <StageTag stage={a.stage} /> },
          { key: "applied", header: "Applied", cell: (a) => formatDate(a.appliedAt) },
          { key: "local", header: "Local", cell: (a) => (a.isLocal ? "Yes" : "No") },
          { key: "rtw", header: "Right to work", cell: (a) => <YesNoTag yes={a.compliance.rightToWork.valid} yesText="Checked" noText="Not valid" /> },
          { key: "refs", header: "References", numeric: true, cell: (a) => a.compliance.referencesPassed },
          {
            key: "manager", header: "Manager's decision",
            cell: (a) => (a.managerDecision ? `${a.managerDecision === "ACCEPTED" ? "Accepted" : a.managerDecision === "INTERVIEW" ? "Interview" : "Rejected"}${a.managerDecisionReason ? `: ${a.managerDecisionReason}` : ""}` : a.closedReason ?? ""),
          },
          {
            key: "next", header: "Next step",
            cell: (a) => {
              const next = NEXT[a.stage];
              if (a.stage === "OFFERED" && a.managerDecision === "ACCEPTED") {
                return (
                  <Link href={`/agency/applications/${a.id}/place`} className={linkClass}>
                    Make the placement<span className="sr-only"> for {a.name}</span>
                  </Link>
                );
              }
              if (a.stage === "PLACED" && a.placementId) {
                return (
                  <Link href={`/agency/placements/${a.placementId}`} className={linkClass}>
                    View placement<span className="sr-only"> of {a.name}</span>
                  </Link>
                );
              }
              if (!next || r.status !== "OPEN") return null;
              return <ButtonForm action={quickMoveAction} hidden={{ applicationId: a.id, to: next.to }} label={next.label} variant="secondary" />;
            },
          },
        ]}
      />

      <Details summary="Requisition details">
        <SummaryList
          rows={[
            { key: "Service", value: r.serviceName },
            { key: "Cost centre", value: r.costCentre },
            { key: "Raised by", value: r.raisedByName },
            { key: "Role category", value: ROLE_CATEGORY_LABEL[r.roleCategory] },
            { key: "Grade", value: r.grade },
            { key: "Reason", value: REASON_LABEL[r.reason as RequisitionReason] },
            { key: "Headcount", value: r.headcount },
            { key: "Hours a week", value: r.hoursPerWeek },
            { key: "Dates", value: `${formatDate(r.startDate)} to ${formatDate(r.expectedEndDate)}` },
            { key: "Pay rate", value: `${formatRate(r.payRateMinPence)} to ${formatMoney(r.payRateMaxPence)}` },
            { key: "Charge rate", value: formatRate(r.chargeRatePence) },
            { key: "DBS check", value: DBS_LABEL[r.dbsLevel as DbsLevel] },
            { key: "Registration", value: r.registrationRequired ?? "None" },
            { key: "Limited company allowed", value: r.limitedCompanyAllowed ? "Yes" : "No" },
            { key: "Campaign", value: r.campaign ? <Link href={`/agency/campaigns/${r.campaign.id}`} className={linkClass}>{r.campaign.name}</Link> : "None" },
            { key: "Closing date", value: r.closingDate ? formatDate(r.closingDate) : "Not set" },
            { key: "Released", value: r.openedAt ? formatDateTime(r.openedAt) : "Not yet" },
            { key: "Duties", value: <span className="whitespace-pre-line">{r.duties}</span> },
            { key: "Advert", value: r.advertText ? <span className="whitespace-pre-line">{r.advertText}</span> : "Not written yet" },
          ]}
        />
        <h3 className="mb-2 text-xl font-bold">History</h3>
        <ul className="mb-4 list-disc pl-5">
          {r.history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.changedAt)}: {h.fromStatus ? `${REQUISITION_STATUS_LABEL[h.fromStatus]} → ` : ""}
              {REQUISITION_STATUS_LABEL[h.toStatus]}, by {h.changedByName}
              {h.note ? ` (${h.note})` : ""}
            </li>
          ))}
        </ul>
      </Details>
    </>
  );
}
