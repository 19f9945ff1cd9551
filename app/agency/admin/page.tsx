import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner, PageHeading, SummaryList, linkClass } from "@/components/ui";
import { getSettings } from "@/lib/admin/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { param, type SearchParams } from "../_lib/load";
import { adminViewer } from "./_lib/guard";

export const metadata: Metadata = { title: "Settings – Connect2 team – Connect2 portal" };

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await adminViewer();
  const sp = await searchParams;
  const done = param(sp.done);
  const s = await getSettings(viewer);
  const retentionMonths = s.retentionMonthsUnsuccessful;
  return (
    <>
      {done === "threshold" ? <NotificationBanner type="success">The approval threshold has been saved.</NotificationBanner> : null}
      {done === "retention" ? <NotificationBanner type="success">The retention period has been saved.</NotificationBanner> : null}
      {done === "local-area" ? (
        <NotificationBanner type="success">
          The local area has been saved. {param(sp.local) ?? 0} candidates are now local and {param(sp.notLocal) ?? 0} are no longer local.
        </NotificationBanner>
      ) : null}
      <PageHeading caption={s.name}>Settings</PageHeading>
      <ul className="mb-8 space-y-2 text-lg">
        <li><Link href="/agency/admin/users" className={linkClass}>Users, roles and services</Link></li>
        <li><Link href="/agency/admin/services" className={linkClass}>Services, cost centres and budgets</Link></li>
        <li><Link href="/agency/admin/rate-cards" className={linkClass}>Rate cards</Link></li>
        <li><Link href="/agency/admin/pay-caps" className={linkClass}>DfE regional pay caps for social workers</Link></li>
        <li><Link href="/agency/admin/off-contract-spend" className={linkClass}>Off-contract agency spend</Link></li>
        <li><Link href="/agency/admin/postcodes" className={linkClass}>Import a postcode lookup</Link></li>
        <li><Link href="/agency/admin/audit" className={linkClass}>Audit trail</Link></li>
      </ul>
      <h2 className="mb-4 text-2xl font-bold">Approvals and local area</h2>
      <SummaryList
        rows={[
          {
            key: "Approval threshold", value: `${formatMoney(s.approvalThresholdPence)}: requisitions costing more need a second approval`,
            actions: [{ href: "/agency/admin/threshold", text: "Change", visuallyHiddenText: "the approval threshold" }],
          },
          {
            key: "Local postcode districts", value: s.localArea.postcodeDistricts.join(", ") || "None set",
            actions: [{ href: "/agency/admin/local-area", text: "Change", visuallyHiddenText: "the local area" }],
          },
          { key: "Excluded sectors", value: s.localArea.excludedSectors.join(", ") || "None" },
          { key: "Council's local authority codes", value: (s.localArea.localAuthorityCodes.length ? s.localArea.localAuthorityCodes : [s.localAuthorityCode]).join(", ") },
          { key: "Postcode lookup", value: s.lookupRows ? `${s.lookupRows.toLocaleString("en-GB")} postcodes imported; where a postcode is listed, the lookup decides` : "None imported" },
          ...(s.localArea.updatedAt ? [{ key: "Local area last changed", value: formatDate(s.localArea.updatedAt) }] : []),
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">Keeping personal data</h2>
      <SummaryList
        rows={[
          {
            key: "Unsuccessful candidates",
            value: `Anonymised ${retentionMonths} ${retentionMonths === 1 ? "month" : "months"} after their last activity`,
            actions: [{ href: "/agency/admin/retention", text: "Change", visuallyHiddenText: "the retention period for unsuccessful candidates" }],
          },
        ]}
      />
    </>
  );
}
