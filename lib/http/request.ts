import "server-only";
import { env } from "@/lib/env";
import { headers } from "next/headers";

/** The client's IP: the right-most x-forwarded-for entry, i.e. the one added by our own server or
 * the nearest trusted proxy (left-most entries are client-supplied and can be forged). */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const xff = h.get("x-forwarded-for");
  if (xff) {
    const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[parts.length - 1];
  }
  return h.get("x-real-ip");
}

/** The site's own base URL, for links in emails: NEXTAUTH_URL when set, else the request's host. */
export async function baseUrl(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export async function requestHost(): Promise<string | null> {
  const h = await headers();
  return h.get("x-forwarded-host") ?? h.get("host");
}
