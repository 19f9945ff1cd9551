import type { Metadata } from "next";
import { PageHeading } from "@/components/ui";
import { getViewer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { boardHeadline } from "@/lib/metrics/headline";

export const metadata: Metadata = { title: "Overview – Board – Connect2 portal" };

export default async function BoardHome() {
  const h = await boardHeadline(await getViewer());
  const tiles = [
    { label: "Open requisitions", value: h.openRequisitions.toLocaleString("en-GB") },
    { label: "Temporary workers on assignment now", value: h.activePlacements.display },
    { label: `Placements started since ${formatDate(h.financialYearStart)}`, value: h.placementsStarted.display },
    { label: "Of those, people living locally", value: h.localShare.display },
    { label: `Temps converted to permanent jobs since ${formatDate(h.financialYearStart)}`, value: h.conversions.display },
  ];
  return (
    <>
      <PageHeading caption="Aggregate figures only">Overview</PageHeading>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Headline figures">
        {tiles.map((t) => (
          <li key={t.label} className="border-l-4 border-[#1d70b8] bg-[#f3f2f1] p-4">
            <span className="block text-4xl font-bold">{t.value}</span>
            <span>{t.label}</span>
          </li>
        ))}
      </ul>
      <p className="mt-6 text-base text-[#505a5f]">Figures that describe fewer than 5 people are shown as &ldquo;fewer than 5&rdquo;.</p>
    </>
  );
}
