import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Main, SiteHeader } from "@/components/layout/site-header";
import { listOutbox } from "@/lib/notifications/mailer";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Development outbox – Connect2 portal" };
export const dynamic = "force-dynamic";

/** Emails "sent" while no SMTP server is configured. Not available in production. */
export default async function OutboxPage() {
  const emails = await listOutbox();
  if (!emails) notFound();
  return (
    <>
      <SiteHeader title="Connect2 portal" homeHref="/" viewer={null} />
      <Main>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">Development outbox</h1>
        <p className="mb-6">No SMTP server is set (SMTP_URL), so emails are kept here instead of being sent.</p>
        {emails.length === 0 ? <p>No emails yet.</p> : null}
        <ol className="space-y-6">
          {emails.map((e) => (
            <li key={e.id} className="border-l-4 border-[#b1b4b6] pl-4">
              <h2 className="text-xl font-bold">{e.subject}</h2>
              <p className="text-base text-[#505a5f]">
                To {e.to} · {formatDateTime(e.createdAt)}
              </p>
              <pre className="mt-2 font-sans text-base break-words whitespace-pre-wrap">{e.text}</pre>
            </li>
          ))}
        </ol>
      </Main>
    </>
  );
}
