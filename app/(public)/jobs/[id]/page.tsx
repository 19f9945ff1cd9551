import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink, ButtonLink, InsetText, PageHeading, SummaryList } from "@/components/ui";
import { myApplicationFor } from "@/lib/applications/candidate-queries";
import { getViewer } from "@/lib/auth/session";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { formatDate, formatHours } from "@/lib/format";
import { requestHost } from "@/lib/http/request";
import { DBS_LABEL, ROLE_CATEGORY_LABEL } from "@/lib/requisitions/labels";
import { FULL_TIME_HOURS } from "@/lib/vacancies/filters";
import { getVacancy, type VacancyDetail } from "@/lib/vacancies/queries";
import { payRange } from "../pay";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const council = await resolvePublicCouncil(await requestHost());
  return council ? getVacancy(council.id, id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const v = await load((await params).id);
  return { title: v ? `${v.jobTitle} – Vacancies – Connect2 portal` : "Vacancy not found – Connect2 portal" };
}

/** schema.org JobPosting so search engines can list the vacancy. */
function jobPostingJsonLd(v: VacancyDetail) {
  const data = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: v.jobTitle,
    description: `${v.advertText ?? ""}\n\n${v.duties}`.trim(),
    identifier: { "@type": "PropertyValue", name: v.agencyName, value: v.reference },
    datePosted: v.openedAt?.toISOString().slice(0, 10),
    validThrough: v.closingDate ? `${v.closingDate.toISOString().slice(0, 10)}T23:59:59+00:00` : undefined,
    employmentType: ["TEMPORARY", v.hoursPerWeek >= FULL_TIME_HOURS ? "FULL_TIME" : "PART_TIME"],
    hiringOrganization: { "@type": "Organization", name: v.councilName },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", streetAddress: v.location ?? undefined, addressCountry: "GB" } },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "GBP",
      value: { "@type": "QuantitativeValue", minValue: v.payRateMinPence / 100, maxValue: v.payRateMaxPence / 100, unitText: "HOUR" },
    },
    workHours: `${v.hoursPerWeek} hours a week`,
    directApply: true,
  };
  // Escape "<" so no text in the advert can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export default async function VacancyPage({ params }: Props) {
  const { id } = await params;
  const v = await load(id);
  if (!v) notFound();
  const viewer = await getViewer();
  const applied = viewer?.role === "CANDIDATE" && viewer.candidateId ? await myApplicationFor(viewer, v.id) : null;
  return (
    <>
      {v.availability === "live" ? (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jobPostingJsonLd(v) }} />
      ) : null}
      <BackLink href="/jobs">All vacancies</BackLink>
      <PageHeading caption={v.serviceName}>{v.jobTitle}</PageHeading>
      {v.availability === "filled" ? (
        <InsetText>This vacancy has been filled and is no longer taking applications.</InsetText>
      ) : v.availability === "closed" ? (
        <InsetText>This vacancy has closed and is no longer taking applications.</InsetText>
      ) : null}
      <SummaryList
        rows={[
          { key: "Pay", value: payRange(v.payRateMinPence, v.payRateMaxPence) },
          { key: "Hours", value: `${formatHours(v.hoursPerWeek)} a week (${v.hoursPerWeek >= FULL_TIME_HOURS ? "full time" : "part time"})` },
          { key: "Type of work", value: ROLE_CATEGORY_LABEL[v.roleCategory] },
          { key: "Location", value: v.location ?? v.councilName },
          { key: "Start date", value: formatDate(v.startDate) },
          { key: "Expected end date", value: formatDate(v.expectedEndDate) },
          { key: "Closing date", value: v.closingDate ? formatDate(v.closingDate) : "Open until filled" },
          { key: "Checks needed", value: DBS_LABEL[v.dbsLevel] },
          ...(v.registrationRequired ? [{ key: "Registration needed", value: v.registrationRequired }] : []),
          { key: "Reference", value: v.reference },
        ]}
      />
      {v.advertText ? <p className="mb-6 max-w-3xl whitespace-pre-line">{v.advertText}</p> : null}
      <h2 className="mb-3 text-2xl font-bold">What you will do</h2>
      <p className="mb-8 max-w-3xl whitespace-pre-line">{v.duties}</p>
      {applied ? (
        <InsetText>
          You applied for this job on {formatDate(applied.appliedAt)}.{" "}
          <Link href={`/candidate/applications/${applied.id}`}>See your application</Link>
        </InsetText>
      ) : v.availability === "live" ? (
        <>
          <h2 className="mb-3 text-2xl font-bold">How to apply</h2>
          <p className="mb-4 max-w-3xl">
            Apply online with a short note. If you do not have an account yet, you can create one first. It takes about 5 minutes.
          </p>
          <ButtonLink href={`/jobs/${v.id}/apply`}>Apply for this job</ButtonLink>
        </>
      ) : null}
      {v.availability !== "live" ? (
        <p>
          <Link href="/jobs">See vacancies that are open now</Link>
        </p>
      ) : null}
    </>
  );
}
