import type { Metadata } from "next";
import { InsetText, NotificationBanner, PageHeading } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listErasureRequests } from "@/lib/privacy/action-erasure";
import { ErasureForm } from "./erasure-form";

export const metadata: Metadata = { title: "Account deletion requests – Connect2 team – Connect2 portal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  deleted: "The account was deleted and the person told.",
  refused: "The request was refused and the person told.",
};

export default async function ErasurePage({ searchParams }: Props) {
  const done_ = (await searchParams).done;
  const banner = typeof done_ === "string" ? DONE[done_] : undefined;
  const viewer = await getViewer();
  const [open, done] = await Promise.all([listErasureRequests(viewer, "REQUESTED"), listErasureRequests(viewer, "DONE")]);
  return (
    <>
      {banner ? <NotificationBanner type="success" heading={banner} /> : null}
      <PageHeading caption="Privacy">Account deletion requests</PageHeading>
      <InsetText>
        People who have never worked through the agency can have their account deleted. For workers, timesheets, pay and right to
        work records must be kept for the legal retention period: refuse the request and say so.
      </InsetText>
      {open.length === 0 ? <p className="mb-8">No requests are waiting.</p> : null}
      <ol className="mb-10 space-y-8">
        {open.map((r) => {
          const name = `${r.candidate.firstName} ${r.candidate.lastName}`;
          const worked = r.candidate._count.placements > 0;
          return (
            <li key={r.id} className="border-l-4 border-[#1d70b8] pl-4">
              <h2 className="text-xl font-bold">{name}</h2>
              <p>
                Asked on {formatDate(r.requestedAt)}
                {worked ? " · has worked through the agency" : " · has never been placed"}
              </p>
              {r.reason ? <p className="mt-1 whitespace-pre-line">Their reason: {r.reason}</p> : null}
              <ErasureForm requestId={r.id} name={name} worked={worked} />
            </li>
          );
        })}
      </ol>
      <h2 className="mb-3 text-2xl font-bold">Dealt with</h2>
      {done.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="list-disc pl-6">
          {done.map((r) => (
            <li key={r.id}>
              {r.candidate.anonymisedAt ? "Anonymised candidate" : `${r.candidate.firstName} ${r.candidate.lastName}`}:{" "}
              {r.status === "COMPLETED" ? "deleted" : "refused"} on {r.actionedAt ? formatDate(r.actionedAt) : "—"}
              {r.outcomeNote ? ` (${r.outcomeNote})` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
