import type { Metadata } from "next";
import Link from "next/link";
import { BackLink, Button, ButtonLink, NotificationBanner, PageHeading, Pagination, Select, Table, TextInput, linkClass } from "@/components/ui";
import { ExportLink } from "@/components/agency/export-link";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/admin/queries";
import { STAFF_ROLES } from "@/lib/admin/schemas";
import { formatDate } from "@/lib/format";
import { pageFrom } from "@/lib/pagination";
import { oneOf, param, qs, type SearchParams } from "../../_lib/load";
import { adminViewer } from "../_lib/guard";

export const metadata: Metadata = { title: "Users – Settings – Connect2 team – Connect2 portal" };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminViewer();
  const sp = await searchParams;
  const f = { q: param(sp.q), role: oneOf(sp.role, STAFF_ROLES), page: pageFrom(sp.page) };
  const page = await listUsers(viewer, f);
  const done = param(sp.done);
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      {done ? <NotificationBanner type="success">{done === "created" ? "The user has been added." : "The changes have been saved."}</NotificationBanner> : null}
      <PageHeading>Users</PageHeading>
      <p className="mb-6"><ButtonLink href="/agency/admin/users/new">Add a user</ButtonLink></p>
      <form method="get" action="/agency/admin/users" className="mb-4 flex flex-wrap items-end gap-x-4">
        <TextInput name="q" label="Name or email" defaultValue={f.q} width={20} />
        <Select name="role" label="Role" defaultValue={f.role ?? ""} options={[{ value: "", label: "All roles" }, ...STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))]} />
        <Button variant="secondary" className="mb-6">Filter</Button>
      </form>
      <ExportLink href={`/agency/admin/users/export${qs({ q: f.q, role: f.role })}`} what="these users" />
      <Table
        caption={`${page.total} ${page.total === 1 ? "user" : "users"}`}
        captionSize="m"
        rows={page.rows}
        rowKey={(u) => u.id}
        emptyMessage="No users match."
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (u) => <><Link href={`/agency/admin/users/${u.id}`} className={linkClass}>{u.name}</Link><span className="block font-normal break-all">{u.email}</span></> },
          { key: "role", header: "Role", cell: (u) => `${ROLE_LABEL[u.role]}${u.jobTitle ? `, ${u.jobTitle}` : ""}` },
          { key: "services", header: "Services", cell: (u) => u.services.map((s) => `${s.name}${s.budgetHolder ? " (budget holder)" : ""}${s.secondApprover ? " (second approver)" : ""}`).join("; ") },
          { key: "active", header: "Can sign in", cell: (u) => (u.active ? "Yes" : "No") },
          { key: "last", header: "Last signed in", cell: (u) => formatDate(u.lastSignInAt, "Never") },
        ]}
      />
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => `/agency/admin/users${qs({ q: f.q, role: f.role, page: n })}`} />
    </>
  );
}
