import Link from "next/link";
import { BackLink, InsetText, SummaryList, linkClass } from "@/components/ui";
import { AgencyForm } from "@/components/agency/agency-form";
import { Ir35Disagreement, ir35DeterminationText } from "@/components/agency/ir35-summary";
import { getViewer } from "@/lib/auth/session";
import { getAgencyApplication } from "@/lib/applications/agency-queries";
import { londonToday } from "@/lib/jobs/clock";
import { orNotFound } from "../../../_lib/load";
import { respondToDisagreementAction } from "../../actions";

/**
 * Answer a worker's disagreement with the IR35 status determination (rule 3): the council's response, its date,
 * and whether the determination is upheld or changed (a changed one is recorded with its new reasons).
 */
export default async function DisagreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const a = await orNotFound(getAgencyApplication(await getViewer(), id));
  const ir35 = a.ir35;
  const g = ir35?.disagreement ?? null;
  const title = `IR35 disagreement from ${a.candidate.name}`;
  const caption = `${a.requisition.reference} · ${a.requisition.jobTitle}`;
  const back = <BackLink href={`/agency/applications/${a.id}`}>Back to the application</BackLink>;
  if (!ir35 || !g || g.state === "answered") {
    return (
      <>
        <title>{`${title} – Connect2 team – Connect2 portal`}</title>
        {back}
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">
          <span className="mb-1 block text-lg font-normal text-[#505a5f] md:text-2xl">{caption}</span>
          {title}
        </h1>
        {g ? (
          <Ir35Disagreement disagreement={g} />
        ) : (
          <InsetText>
            <p>
              There is no disagreement waiting for an answer.{" "}
              <Link href={`/agency/applications/${a.id}/ir35`} className={linkClass}>
                Record the date a disagreement was received
              </Link>{" "}
              with the status determination.
            </p>
          </InsetText>
        )}
      </>
    );
  }
  const other = ir35.status === "INSIDE" ? "outside IR35" : "inside IR35";
  return (
    <>
      {back}
      <AgencyForm
        action={respondToDisagreementAction}
        title={title}
        caption={caption}
        heading={title}
        intro={
          <>
            <SummaryList
              rows={[
                { key: "Status determination", value: ir35DeterminationText(ir35) },
                { key: "Disagreement", value: <Ir35Disagreement disagreement={g} /> },
              ]}
            />
            <p className="mb-6 max-w-2xl">
              The council must consider the worker&apos;s reasons and answer within 45 calendar days of receiving them: either uphold the
              determination and say why, or change it and give the new determination with its reasons.
            </p>
          </>
        }
        fields={[
          { kind: "hidden", name: "applicationId", value: a.id },
          {
            kind: "radios", name: "outcome", label: "Outcome",
            options: [
              { value: "UPHELD", label: `Uphold the determination (${ir35.status === "INSIDE" ? "inside IR35" : "outside IR35"})`, hint: "The response gives the reasons it stands." },
              { value: "CHANGED", label: `Change the determination to ${other}`, hint: "A new determination is recorded from the date of the response." },
            ],
          },
          { kind: "textarea", name: "response", label: "The council's response", hint: "This is sent to the worker.", rows: 6 },
          { kind: "textarea", name: "newReasons", label: "Reasons for the new determination", hint: "Needed if you change the determination.", optional: true, rows: 4 },
          { kind: "date", name: "respondedOn", label: "Date of the response", defaultValue: londonToday() },
        ]}
        submitLabel="Save the response"
      />
    </>
  );
}
