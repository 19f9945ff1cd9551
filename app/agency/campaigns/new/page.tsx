import { BackLink } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { londonToday } from "@/lib/jobs/clock";
import { createCampaignAction } from "../actions";

export default function NewCampaignPage() {
  return (
    <>
      <BackLink href="/agency/campaigns">Back to campaigns</BackLink>
      <AgencyForm
        action={createCampaignAction}
        title="Create a campaign"
        heading="Create a recruitment campaign"
        intro={<p className="mb-6 max-w-2xl">A campaign groups requisitions for one recruitment drive, like &ldquo;Neighbourhood Services recruitment&rdquo;, and has its own funnel figures.</p>}
        fields={[
          { kind: "text", name: "name", label: "Campaign name" },
          { kind: "textarea", name: "description", label: "What it is for", optional: true, rows: 3 },
          { kind: "date", name: "startDate", label: "Start date", defaultValue: londonToday() },
          { kind: "date", name: "endDate", label: "End date", optional: true },
        ]}
        submitLabel="Create the campaign"
      />
    </>
  );
}
