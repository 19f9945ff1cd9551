import { BackLink, SummaryList } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { getOffContractSpend } from "@/lib/admin/setting-queries";
import { formatDate, formatMoney } from "@/lib/format";
import { orNotFound } from "../../../../_lib/load";
import { spendViewer } from "../../../_lib/guard";
import { deleteOffContractSpendAction } from "../../actions";

/** Confirm deleting an off-contract spend entry entered by mistake. */
export default async function DeleteOffContractSpendPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await orNotFound(getOffContractSpend(await spendViewer(), id));
  return (
    <>
      <BackLink href="/agency/admin/off-contract-spend">Back to off-contract spend</BackLink>
      <AgencyForm
        action={deleteOffContractSpendAction}
        title="Delete off-contract spend"
        heading="Delete this spend entry?"
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Service", value: r.serviceName },
                { key: "Supplier", value: r.supplier },
                { key: "Period", value: `${formatDate(r.periodStart)} to ${formatDate(r.periodEnd)}` },
                { key: "Amount", value: formatMoney(r.amountPence) },
                { key: "Entered", value: `${formatDate(r.createdAt)}${r.enteredByName ? ` by ${r.enteredByName}` : ""}` },
              ]}
            />
            <p className="mb-6 max-w-2xl">
              Only delete an entry that was entered by mistake, then add the right figure. The on-contract share on the board changes at once; the
              deletion and what the entry said are kept in the audit trail.
            </p>
          </>
        }
        fields={[{ kind: "hidden", name: "spendId", value: r.id }]}
        submitLabel="Delete the entry"
        submitVariant="warning"
      />
    </>
  );
}
