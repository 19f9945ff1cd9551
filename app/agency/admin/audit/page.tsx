import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Button, DateField, ErrorSummary, PageHeading, Pagination, Select, Table, TextInput, linkClass } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/viewer";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { auditFilterOptions, hasAuditFilter, listAuditEvents, parseAuditFilter } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { auditQuery } from "./query";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The title starts with "Error: " while the search has dates that are not real (GOV.UK pattern). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const { errors } = parseAuditFilter((name) => first(sp[name]));
  return { title: `${Object.keys(errors).length ? "Error: " : ""}Audit trail – Administration – Connect2 portal` };
}

/**
 * Who changed what, when: every audit event of the council, newest first. Read-only — there is nothing
 * here that changes anything. Administrators only (`audit.read`); the query checks again.
 */
export default async function AuditPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!can(viewer, "audit.read")) forbidden();
  const sp = await searchParams;
  const { filter, errors } = parseAuditFilter((name) => first(sp[name]));
  const [page, options] = await Promise.all([listAuditEvents(viewer, filter, pageFrom(sp.page)), auditFilterOptions(viewer)]);
  const filtered = hasAuditFilter(filter);
  return (
    <>
      <ErrorSummary errors={errors} />
      <PageHeading caption="Administration">Audit trail</PageHeading>
      <p className="mb-6 max-w-3xl">
        Every change made in the portal, who made it and when. Search by record, by the person who made the change, by what they did
        or by date. This page only shows the trail: nothing here can change it.
      </p>
      <form method="get" action="/agency/admin/audit" aria-label="Search the audit trail" className="mb-2">
        <div className="flex flex-wrap items-end gap-x-6">
          <Select
            name="type"
            label="Record type"
            placeholder="Any record type"
            options={options.entityTypes.map((t) => ({ value: t, label: t }))}
            defaultValue={filter.entityType ?? ""}
          />
          <TextInput name="record" label="Record" hint="An id, or a reference like LUT-REQ-0042" defaultValue={filter.record} width={20} error={errors.record} />
          <TextInput name="user" type="search" label="Changed by" hint="Email address or name; ‘system’ for background jobs" defaultValue={filter.user} width={20} error={errors.user} />
        </div>
        <div className="flex flex-wrap items-end gap-x-6">
          <Select name="action" label="What was done" placeholder="Any action" options={options.actions.map((a) => ({ value: a, label: a }))} defaultValue={filter.action ?? ""} />
          <DateField name="from" label="From" hint="On or after this day" defaultValue={errors.from ? null : filter.from} error={errors.from} />
          <DateField name="to" label="To" hint="On or before this day" defaultValue={errors.to ? null : filter.to} error={errors.to} />
          <div className="mb-6 md:mb-8">
            <Button variant="secondary">Search</Button>
          </div>
        </div>
      </form>
      <p className="mb-4" role="status">
        {page.total === 1 ? "1 event" : `${page.total.toLocaleString("en-GB")} events`}
        {filtered ? " match the search" : ""}.{" "}
        {filtered ? <Link href="/agency/admin/audit">Clear the search</Link> : null}
      </p>
      <Table
        caption="Audit events, newest first"
        captionHidden
        rows={page.rows}
        rowKey={(r) => r.id}
        emptyMessage="No events match."
        columns={[
          { key: "when", header: "When", cell: (r) => formatDateTime(r.createdAt), rowHeader: true },
          {
            key: "who",
            header: "Who",
            cell: (r) => (
              <>
                {r.actorName}
                {r.actorEmail ? <span className="block text-base text-[#505a5f]">{r.actorEmail}</span> : null}
              </>
            ),
          },
          { key: "role", header: "Role", cell: (r) => (r.actorRole ? ROLE_LABEL[r.actorRole] : "") },
          { key: "action", header: "What was done", cell: (r) => r.action },
          {
            key: "record",
            header: "Record",
            cell: (r) => (
              <>
                {r.entityType}
                <span className="block text-base break-all text-[#505a5f]">{r.recordLabel}</span>
              </>
            ),
          },
          { key: "changes", header: "Changes", cell: (r) => <span className="text-base break-words">{r.changes}</span> },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => `/agency/admin/audit${auditQuery(filter, p)}`} />
      <p className="mb-6">
        <a href={`/agency/admin/audit/export${auditQuery(filter)}`} download className={linkClass}>
          Download these events as CSV<span className="sr-only"> (spreadsheet)</span>
        </a>
      </p>
    </>
  );
}
