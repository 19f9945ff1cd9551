import Link from "next/link";
import { BackLink, NotificationBanner, PageHeading, Table, linkClass } from "@/components/ui";
import { RequisitionStatusTag } from "@/components/requisitions/status-tag";
import { AgencyForm } from "@/components/agency/agency-form";
import { ButtonForm } from "@/components/agency/button-form";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/viewer";
import { getCampaign, requisitionsToAttach } from "@/lib/campaigns/queries";
import { formatDate } from "@/lib/format";
import { PRIORITY_GROUP_BOARD_LABEL } from "@/lib/metrics/dashboard";
import { REQUISITION_STATUS_LABEL } from "@/lib/requisitions/labels";
import { orNotFound, param, type SearchParams } from "../../_lib/load";
import { attachAction, detachAction } from "../actions";


const DONE: Record<string, string> = { created: "The campaign has been created.", attached: "The requisition has been added.", detached: "The requisition has been taken out of the campaign." };

const pct = (r: number | null) => (r === null ? "No placements started yet" : `${Math.round(r * 100)}%`);

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const done = param((await searchParams).done);
  const viewer = await getViewer();
  const c = await orNotFound(getCampaign(viewer, id));
  const choices = can(viewer, "campaign.manage") ? await requisitionsToAttach(viewer, c.id) : [];
  const f = c.funnel;
  const steps = [
    { label: "Applications", value: f.applications },
    { label: "Shortlisted", value: f.shortlisted },
    { label: "Placed", value: f.placed },
  ];
  return (
    <>
      <BackLink href="/agency/campaigns">Back to campaigns</BackLink>
      {done && DONE[done] ? <NotificationBanner type="success">{DONE[done]}</NotificationBanner> : null}
      <PageHeading caption={`Campaign from ${formatDate(c.startDate)}${c.endDate ? ` to ${formatDate(c.endDate)}` : ""}`}>{c.name}</PageHeading>
      {c.description ? <p className="mb-6 max-w-3xl">{c.description}</p> : null}
      <h2 className="mb-4 text-2xl font-bold">Funnel</h2>
      <p className="mb-4">{f.requisitions} {f.requisitions === 1 ? "requisition" : "requisitions"}, {f.positions} {f.positions === 1 ? "place" : "places"} to fill.</p>
      <ol className="mb-6 grid gap-4 md:grid-cols-3" aria-label="Campaign funnel">
        {steps.map((s, i) => (
          <li key={s.label} className="border-t-4 border-[#1d70b8] bg-[#f3f2f1] p-4">
            <span className="block text-lg">{s.label}</span>
            <span className="block text-4xl font-bold" data-testid={`funnel-${s.label.toLowerCase()}`}>{s.value}</span>
            {i > 0 && steps[i - 1].value > 0 ? <span className="block text-[#505a5f]">{Math.round((s.value / steps[i - 1].value) * 100)}% of {steps[i - 1].label.toLowerCase()}</span> : null}
          </li>
        ))}
      </ol>
      <Table
        caption={`Social value: placements started, ${c.periodLabel}`}
        captionSize="s"
        rows={[
          { key: "Placements started", value: String(c.localShare.started) },
          { key: "Local residents", value: `${c.localShare.local} (${pct(c.localShare.share)})` },
          ...c.priorityGroups.byGroup.map((g) => ({ key: `Priority group hires: ${PRIORITY_GROUP_BOARD_LABEL[g.group]}`, value: String(g.people) })),
          { key: "Priority group hires in all", value: String(c.priorityGroups.people) },
        ]}
        rowKey={(r) => r.key}
        columns={[
          { key: "k", header: "Measure", rowHeader: true, cell: (r) => r.key },
          { key: "v", header: "Figure", numeric: true, cell: (r) => r.value },
        ]}
      />
      <Table
        caption="Requisitions in this campaign"
        captionSize="m"
        rows={c.requisitions}
        rowKey={(r) => r.id}
        emptyMessage="No requisitions yet: add some below."
        columns={[
          { key: "ref", header: "Requisition", rowHeader: true, cell: (r) => <><Link href={`/agency/requisitions/${r.id}`} className={linkClass}>{r.reference}</Link><span className="block font-normal">{r.jobTitle}</span></> },
          { key: "service", header: "Service", cell: (r) => r.serviceName },
          { key: "status", header: "State", cell: (r) => <RequisitionStatusTag status={r.status} /> },
          { key: "apps", header: "Applications", numeric: true, cell: (r) => r.applications },
          { key: "placed", header: "Placed", numeric: true, cell: (r) => `${r.placed} of ${r.headcount}` },
          { key: "remove", header: <span className="sr-only">Remove</span>, cell: (r) => <ButtonForm action={detachAction} hidden={{ campaignId: c.id, requisitionId: r.id }} label={`Remove ${r.reference}`} variant="secondary" /> },
        ]}
      />
      {choices.length ? (
        <AgencyForm
          action={attachAction}
          title={`Campaign: ${c.name}`}
          intro={<h2 className="mb-4 text-2xl font-bold">Add a requisition</h2>}
          fields={[
            { kind: "hidden", name: "campaignId", value: c.id },
            { kind: "select", name: "requisitionId", label: "Requisition", placeholder: "Choose a requisition", options: choices.map((r) => ({ value: r.id, label: `${r.reference} ${r.jobTitle} (${REQUISITION_STATUS_LABEL[r.status]})` })) },
          ]}
          submitLabel="Add to the campaign"
        />
      ) : (
        <title>{`Campaign: ${c.name} – Connect2 team – Connect2 portal`}</title>
      )}
    </>
  );
}
