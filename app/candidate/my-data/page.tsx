import Link from "next/link";
import { InsetText, NotificationBanner, PageHeading, Table, Tag } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import type { ErasureStatus } from "@/lib/enums";
import { formatDate } from "@/lib/format";
import { listMyErasureRequests } from "@/lib/privacy/queries";
import type { SearchParams } from "../_lib/load";
import { MyDataPageForms } from "./erasure-form";

const STATUS: Record<ErasureStatus, string> = { REQUESTED: "Waiting for the team", COMPLETED: "Done", REFUSED: "Not done: see the note" };

export default async function MyDataPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const requests = await listMyErasureRequests(await getViewer());
  const open = requests.find((r) => r.status === "REQUESTED");
  return (
    <MyDataPageForms canRequest={!open}>
      {sp.requested ? (
        <NotificationBanner type="success" heading="We have your request to delete your account.">
          <p>The Connect2 team will deal with it and email you.</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>My data</PageHeading>

      <h2 className="mb-3 text-2xl font-bold">Download your data</h2>
      <p className="mb-4 max-w-2xl">
        You can download everything we hold about you: your profile, applications, checks, details of your documents, placements,
        timesheets and messages. Download each document itself from <Link href="/candidate/documents">Documents and checks</Link>.
      </p>
      <ul className="mb-10 list-disc space-y-2 pl-6">
        <li>
          <a href="/candidate/my-data/csv" download>
            Download your data as a spreadsheet (CSV)
          </a>
        </li>
        <li>
          <a href="/candidate/my-data/json" download>
            Download your data as JSON (for computer systems)
          </a>
        </li>
      </ul>

      <h2 className="mb-3 text-2xl font-bold">Delete your account</h2>
      <p className="mb-4 max-w-2xl">
        You can ask us to delete your account. The Connect2 team will delete your information under our{" "}
        <Link href="/privacy">privacy notice</Link> and email you when it is done.
      </p>
      <InsetText>
        The law says we must keep some records for a set time, even after you ask us to delete them. For example, we keep timesheets and
        pay records, and copies of right to work checks for 2 years after your work ends. The team will tell you what they keep and why.
      </InsetText>
      {requests.length ? (
        <Table
          caption="Your requests"
          captionSize="s"
          rows={requests}
          rowKey={(r) => r.id}
          columns={[
            { key: "asked", header: "Asked on", rowHeader: true, cell: (r) => formatDate(r.requestedAt) },
            { key: "status", header: "Status", cell: (r) => <Tag colour={r.status === "REQUESTED" ? "blue" : r.status === "COMPLETED" ? "green" : "orange"}>{STATUS[r.status]}</Tag> },
            { key: "note", header: "Note from the team", cell: (r) => r.outcomeNote ?? "" },
          ]}
        />
      ) : null}
      {open ? <p className="mb-6">You asked on {formatDate(open.requestedAt)}. The team is dealing with it.</p> : null}
    </MyDataPageForms>
  );
}
