import Link from "next/link";
import { BackLink, InsetText, PageHeading } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getTimesheetWeekForm } from "@/lib/timesheets/candidate-queries";
import { orNotFound, param, type SearchParams } from "../../_lib/load";
import { SubmitTimesheetForm } from "../timesheet-forms";

export default async function NewTimesheetPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const f = await orNotFound(getTimesheetWeekForm(await getViewer(), param(sp.placement) ?? "", param(sp.week) ?? ""));
  const week = `week beginning ${formatDate(f.weekStart)}`;
  const back = <BackLink href={`/candidate/placements/${f.placement.id}`}>Back to your placement</BackLink>;
  if (f.existingId) {
    return (
      <>
        <title>{`Timesheet already sent – Connect2 portal`}</title>
        {back}
        <PageHeading caption={f.placement.jobTitle}>Your hours: {week}</PageHeading>
        <InsetText>
          You have already sent a timesheet for this week. <Link href={`/candidate/timesheets/${f.existingId}`}>See your timesheet</Link>
        </InsetText>
      </>
    );
  }
  return (
    <>
      {back}
      <SubmitTimesheetForm
        placementId={f.placement.id}
        weekStart={f.weekStart}
        days={f.days}
        title={`Enter your hours: ${week}`}
        heading={
          <PageHeading caption={f.placement.jobTitle}>
            Enter your hours: {week}
          </PageHeading>
        }
      />
    </>
  );
}
