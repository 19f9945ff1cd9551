import "server-only";
import { env } from "@/lib/env";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";

/**
 * Every email goes through here. With SMTP_URL set it is sent by SMTP (nodemailer); without it, it is
 * kept in the development outbox (/dev/outbox). Either way a row records what was sent, to whom, when.
 */
let transport: Transporter | null = null;

function smtp(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  transport ??= nodemailer.createTransport(url);
  return transport;
}

export type Email = { to: string; subject: string; text: string; html?: string; councilId?: string | null };

export async function sendEmail(email: Email): Promise<void> {
  const t = smtp();
  const row = await db().outboundEmail.create({
    data: {
      councilId: email.councilId ?? null,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      transport: t ? "smtp" : "outbox",
      sentAt: t ? null : new Date(),
    },
  });
  if (!t) return;
  try {
    await t.sendMail({ from: env().MAIL_FROM, ...email });
    await db().outboundEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (e) {
    await db().outboundEmail.update({ where: { id: row.id }, data: { error: e instanceof Error ? e.message : String(e) } });
    throw e;
  }
}

/** The development outbox is shown only when no SMTP server is configured and not in production
 * (or when DEV_OUTBOX=true, which the end-to-end tests set on their throw-away database). */
export function outboxEnabled(): boolean {
  const e = env();
  if (e.SMTP_URL) return false;
  if (e.DEV_OUTBOX) return e.DEV_OUTBOX === "true";
  return e.NODE_ENV !== "production";
}

export async function listOutbox(limit = 50) {
  if (!outboxEnabled()) return null;
  return db().outboundEmail.findMany({ where: { transport: "outbox" }, orderBy: { createdAt: "desc" }, take: limit });
}
