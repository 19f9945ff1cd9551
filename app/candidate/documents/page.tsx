import Link from "next/link";
import { InsetText, NotificationBanner, PageHeading, Table, Tag, type TagColour } from "@/components/ui";
import { StageTag } from "@/components/requisitions/status-tag";
import { getViewer } from "@/lib/auth/session";
import { CHECK_TYPE_LABEL, DOCUMENT_KIND_LABEL } from "@/lib/candidates/labels";
import { getMyChecks, listMyDocuments, type CheckState } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format";
import { describeDbsLevel } from "@/lib/compliance/dbs";
import type { SearchParams } from "../_lib/load";
import { DocumentsPageForms, RemoveDocumentButton } from "./upload-form";

const STATE: Record<CheckState, [string, TagColour]> = {
  done: ["Done", "green"],
  pending: ["Being checked", "blue"],
  failed: ["Not accepted", "red"],
  expired: ["Expired", "red"],
  expiring: ["Expires soon", "orange"],
};

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export default async function DocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const viewer = await getViewer();
  const [{ checks, applications }, documents] = await Promise.all([getMyChecks(viewer), listMyDocuments(viewer)]);
  return (
    <DocumentsPageForms>
      {sp.uploaded ? <NotificationBanner type="success" heading="Document uploaded. The Connect2 team will check it." /> : null}
      {sp.removed ? <NotificationBanner type="success" heading="Document removed." /> : null}
      <PageHeading>Documents and checks</PageHeading>
      <p className="mb-8 max-w-2xl">
        Before you can start a job, the Connect2 team must check some things, such as your right to work in the UK. Upload your documents
        here and the team will check them with you.
      </p>

      <h2 className="mb-4 text-2xl font-bold">What your applications need</h2>
      {applications.length === 0 ? (
        <p className="mb-8">
          You have no applications in progress. <Link href="/jobs">Find a job</Link>.
        </p>
      ) : (
        applications.map((a) => (
          <section key={a.applicationId} aria-labelledby={`app-${a.applicationId}`} className="mb-8 border-t border-[#b1b4b6] pt-4">
            <h3 id={`app-${a.applicationId}`} className="mb-2 text-xl font-bold">
              <Link href={`/candidate/applications/${a.applicationId}`}>{a.jobTitle}</Link>
            </h3>
            <p className="mb-3">
              <StageTag stage={a.stage} /> Starts {formatDate(a.startDate)}.{" "}
              {a.ready ? <strong>All the checks this job needs are done.</strong> : <strong>Some checks are still needed.</strong>}
            </p>
            <ul className="space-y-3">
              {a.rules.map((r) => (
                <li key={r.rule} className="border-l-4 border-[#b1b4b6] pl-3">
                  <p>
                    <span className="font-bold">{r.rule}</span>{" "}
                    {r.done ? <Tag colour="green">Done</Tag> : <Tag colour="orange">Still needed</Tag>}
                  </p>
                  {r.messages.map((m) => (
                    <p key={m} className="text-[#505a5f]">
                      {m}
                    </p>
                  ))}
                  {r.whatToDo ? <p>What you can do: {r.whatToDo}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}

      <Table
        caption="Your checks"
        rows={checks}
        rowKey={(c) => c.id}
        emptyMessage="No checks have been recorded yet. The Connect2 team records them once they have seen your documents."
        columns={[
          {
            key: "check",
            header: "Check",
            rowHeader: true,
            cell: (c) => `${CHECK_TYPE_LABEL[c.type]}${c.dbsLevel ? ` (${describeDbsLevel(c.dbsLevel)})` : ""}${c.detail ? `: ${c.detail}` : ""}`,
          },
          { key: "state", header: "Status", cell: (c) => <Tag colour={STATE[c.state][1]}>{STATE[c.state][0]}</Tag> },
          { key: "checked", header: "Checked", cell: (c) => formatDate(c.checkedOn, "Not yet") },
          { key: "expires", header: "Expires", cell: (c) => formatDate(c.expiresOn, "No expiry") },
        ]}
      />

      <h2 id="your-documents" className="mb-4 text-2xl font-bold">
        Your documents
      </h2>
      <Table
        caption="Your documents"
        captionHidden
        rows={documents}
        rowKey={(d) => d.id}
        emptyMessage="You have not uploaded any documents yet."
        columns={[
          {
            key: "file",
            header: "File",
            rowHeader: true,
            cell: (d) => (
              <a href={`/documents/${d.id}`} className="break-all" download>
                {d.filename}
              </a>
            ),
          },
          { key: "kind", header: "Type", cell: (d) => DOCUMENT_KIND_LABEL[d.kind] },
          { key: "size", header: "Size", cell: (d) => size(d.sizeBytes) },
          { key: "uploaded", header: "Uploaded", cell: (d) => formatDate(d.uploadedAt) },
          {
            key: "remove",
            header: <span className="sr-only">Actions</span>,
            cell: (d) => (d.usedForCheck ? <span className="text-[#505a5f]">Used for a check</span> : <RemoveDocumentButton documentId={d.id} filename={d.filename} />),
          },
        ]}
      />

      <h2 className="mb-4 text-2xl font-bold">Add a document</h2>
      <InsetText>Only you and the Connect2 team can see your documents.</InsetText>
    </DocumentsPageForms>
  );
}
