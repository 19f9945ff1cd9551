import type { Metadata } from "next";
import Link from "next/link";
import { ButtonGroup, ButtonLink, PageHeading, Pagination, Table } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { countManagerRequisitionsByStatus, listManagerRequisitions } from "@/lib/requisitions/queries";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { countApprovalQueue } from "@/lib/requisitions/manager-queries";
import { countCandidatesAwaitingDecision, listShortlistsToReview } from "@/lib/applications/manager-queries";
import { countTimesheetsToApprove } from "@/lib/timesheets/manager-queries";
import { listAwrAlerts, listPlacementsEndingSoon } from "@/lib/placements/manager-queries";
import type { RequisitionStatus } from "@/lib/enums";

export const metadata: Metadata = { title: "Home – Hiring managers – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ORDER: RequisitionStatus[] = ["DRAFT", "SUBMITTED", "DECLINED", "APPROVED", "OPEN", "FILLED", "CLOSED", "CANCELLED"];

function Count({ n, one, many }: { n: number; one: string; many: string }) {
  return (
    <>
      <span className="block text-4xl font-bold">{n}</span>
      <span>{n === 1 ? one : many}</span>
    </>
  );
}

export default async function ManagerHome({ searchParams }: Props) {
  const viewer = await getViewer();
  const sp = await searchParams;
  const [counts, page, approvals, candidates, shortlists, timesheets, ending, awr] = await Promise.all([
    countManagerRequisitionsByStatus(viewer),
    listManagerRequisitions(viewer, { page: pageFrom(sp.page) }),
    countApprovalQueue(viewer),
    countCandidatesAwaitingDecision(viewer),
    listShortlistsToReview(viewer),
    countTimesheetsToApprove(viewer),
    listPlacementsEndingSoon(viewer, 5),
    listAwrAlerts(viewer),
  ]);
  const tile = "block border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-4 no-underline hover:bg-[#e8f1f8]";
  return (
    <>
      <PageHeading caption={viewer?.name}>What needs your action</PageHeading>
      <ul className="mb-8 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Waiting for you">
        <li>
          <Link href="/manager/approvals" className={tile}>
            <Count n={approvals} one="requisition to approve" many="requisitions to approve" />
          </Link>
        </li>
        <li>
          <Link href="/manager/shortlists" className={tile}>
            <Count n={candidates} one="shortlisted candidate to review" many="shortlisted candidates to review" />
          </Link>
        </li>
        <li>
          <Link href="/manager/timesheets" className={tile}>
            <Count n={timesheets} one="timesheet to approve" many="timesheets to approve" />
          </Link>
        </li>
        <li>
          <Link href="/manager/placements?view=ending" className={tile}>
            <Count n={ending.total} one="placement ending within 14 days" many="placements ending within 14 days" />
          </Link>
        </li>
      </ul>
      <ButtonGroup className="mb-10">
        <ButtonLink href="/manager/requisitions/new">Raise a requisition</ButtonLink>
      </ButtonGroup>

      {shortlists.rows.length ? (
        <Table
          caption="Shortlists to review"
          rows={shortlists.rows.slice(0, 5)}
          rowKey={(r) => r.requisitionId}
          columns={[
            { key: "ref", header: "Requisition", cell: (r) => <Link href={`/manager/requisitions/${r.requisitionId}/shortlist`}>{`${r.reference}: ${r.jobTitle}`}</Link>, rowHeader: true },
            { key: "n", header: "Candidates waiting", cell: (r) => r.awaiting, numeric: true },
            { key: "days", header: "Days waiting", cell: (r) => r.daysWaiting, numeric: true },
          ]}
        />
      ) : null}

      {ending.rows.length ? (
        <Table
          caption="Placements ending within 14 days"
          rows={ending.rows}
          rowKey={(r) => r.id}
          columns={[
            { key: "worker", header: "Worker", cell: (r) => <Link href={`/manager/placements/${r.id}`}>{r.workerName}</Link>, rowHeader: true },
            { key: "job", header: "Job", cell: (r) => r.jobTitle },
            { key: "end", header: "Planned end", cell: (r) => formatDate(r.plannedEndDate) },
            { key: "days", header: "Days left", cell: (r) => r.daysToEnd, numeric: true },
            { key: "req", header: "Extension", cell: (r) => (r.pendingChange === "EXTENSION" ? "Requested" : "") },
          ]}
        />
      ) : null}

      <Table
        caption="Workers at week 10 or more of the Agency Workers Regulations clock"
        rows={awr}
        rowKey={(r) => r.id}
        emptyMessage="No worker in your services is near the 12-week point."
        columns={[
          { key: "worker", header: "Worker", cell: (r) => <Link href={`/manager/placements/${r.id}`}>{r.workerName}</Link>, rowHeader: true },
          { key: "job", header: "Job", cell: (r) => r.jobTitle },
          { key: "weeks", header: "Weeks counted", cell: (r) => `${r.weeksCounted} of 12`, numeric: true },
          { key: "date", header: "Equal treatment from", cell: (r) => formatDate(r.qualifyingDate) },
        ]}
      />

      <h2 className="mb-3 text-2xl font-bold">Your services&rsquo; requisitions by state</h2>
      <ul className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Requisitions by state">
        {ORDER.map((s) => (
          <li key={s}>
            <Link href={`/manager/requisitions?status=${s}`} className="block border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-3 no-underline hover:bg-[#e8f1f8]">
              <span className="block text-3xl font-bold">{counts[s] ?? 0}</span>
              <span>{REQUISITION_STATUS_LABEL[s]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Table
        caption="Requisitions"
        captionSize="m"
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="Your services have no requisitions yet."
        columns={[
          { key: "reference", header: "Reference", cell: (r) => <Link href={`/manager/requisitions/${r.id}`}>{r.reference}</Link>, rowHeader: true },
          { key: "title", header: "Job title", cell: (r) => r.jobTitle },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "headcount", header: "Headcount", cell: (r) => r.headcount, numeric: true },
          { key: "start", header: "Start date", cell: (r) => formatDate(r.startDate) },
          { key: "days", header: "Days open", cell: (r) => r.daysOpen, numeric: true },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/manager?page=${p}`} />
    </>
  );
}
