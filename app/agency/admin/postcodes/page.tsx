import { BackLink, NotificationBanner, Table } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getSettings } from "@/lib/admin/queries";
import { formatDateTime } from "@/lib/format";
import { param, type SearchParams } from "../../_lib/load";
import { adminViewer } from "../_lib/guard";
import { importPostcodesAction } from "../actions";

/** Import an ONS-style postcode lookup (postcode → local authority code, ward); bad rows are reported, good rows kept. */
export default async function PostcodesPage({ searchParams }: { searchParams: SearchParams }) {
  const s = await getSettings(await adminViewer());
  const importId = param((await searchParams).import);
  const latest = importId ? s.imports.find((i) => i.id === importId) : undefined;
  return (
    <>
      <BackLink href="/agency/admin">Back to settings</BackLink>
      {latest ? (
        <NotificationBanner type="success" heading={`${latest.rowsImported} of ${latest.rowsTotal} rows imported from ${latest.filename}`}>
          {latest.rowsRejected ? `${latest.rowsRejected} ${latest.rowsRejected === 1 ? "row was" : "rows were"} left out: see below.` : "No rows were left out."} Every candidate&rsquo;s local flag has been worked out again.
        </NotificationBanner>
      ) : null}
      {latest && latest.errors.length ? (
        <Table
          caption={`Rows left out of ${latest.filename}`}
          captionSize="m"
          rows={latest.errors}
          rowKey={(e) => e.line}
          columns={[
            { key: "line", header: "Line", rowHeader: true, numeric: true, cell: (e) => e.line },
            { key: "message", header: "Problem", cell: (e) => e.message },
          ]}
        />
      ) : null}
      <AgencyForm
        action={importPostcodesAction}
        title="Import a postcode lookup"
        heading="Import a postcode lookup"
        intro={
          <div className="mb-6 max-w-2xl">
            <p className="mb-4">
              A CSV extract of the ONS postcode directory: a header row, then one postcode a row with its local authority code and, if you have
              it, the ward. Column names such as <code>pcds</code>, <code>oslaua</code> and <code>osward</code>, or <code>postcode</code>,{" "}
              <code>local_authority_code</code> and <code>ward_code</code>, are recognised.
            </p>
            <p className="mb-4">Rows that cannot be read are listed with their line number and left out; the rest are kept. Where the lookup lists a candidate&rsquo;s postcode, it decides whether they are local.</p>
          </div>
        }
        fields={[{ kind: "file", name: "file", label: "CSV file", hint: "Smaller than 10 MB", accept: ".csv,text/csv" }]}
        submitLabel="Import the file"
      />
      <Table
        caption="Recent imports"
        captionSize="m"
        rows={s.imports}
        rowKey={(i) => i.id}
        emptyMessage="Nothing imported yet."
        columns={[
          { key: "file", header: "File", rowHeader: true, cell: (i) => i.filename },
          { key: "when", header: "Imported", cell: (i) => `${formatDateTime(i.createdAt)}${i.createdByName ? ` by ${i.createdByName}` : ""}` },
          { key: "kept", header: "Rows kept", numeric: true, cell: (i) => i.rowsImported },
          { key: "left", header: "Rows left out", numeric: true, cell: (i) => i.rowsRejected },
        ]}
      />
    </>
  );
}
