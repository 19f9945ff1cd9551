/**
 * Shared machinery of the security specs: discover every page, route handler and server action of the
 * build, call a server action exactly as React does (no mocks), resolve matrix records by SQL.
 */
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { query } from "../db";
import { storageStateFor } from "../support";
import type { MatrixRole, Rec, RecordSpec } from "./matrix";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
const BUILD_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");

// ───────────────────────────── discovery ─────────────────────────────

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");

/** Every app/**\/page.tsx and route.ts as its URL pattern, route groups like (public) removed. */
export function discoverRoutes(): string[] {
  const routes = walk(path.join(ROOT, "app"))
    .filter((f) => /\/(page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(f))
    .map((f) => {
      const segments = rel(f).split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
      return `/${segments.join("/")}`;
    });
  return [...new Set(routes)].sort();
}

export type DiscoveredAction = { id: string; file: string; name: string; params: number };

/** Every exported async function of a file that starts with "use server", under app/ and lib/. */
export function discoverActions(): DiscoveredAction[] {
  const out: DiscoveredAction[] = [];
  for (const dir of ["app", "lib"]) {
    for (const f of walk(path.join(ROOT, dir))) {
      if (!/\.(ts|tsx)$/.test(f)) continue;
      const src = fs.readFileSync(f, "utf8");
      const first = src.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
      if (!/^["']use server["']/.test(first)) continue;
      const file = rel(f);
      for (const m of src.matchAll(/export\s+async\s+function\s+(\w+)\s*\(([^)]*)\)/g)) {
        out.push({ id: `${file}#${m[1]}`, file, name: m[1], params: countParams(m[2]) });
      }
      for (const m of src.matchAll(/export\s+const\s+(\w+)\s*=\s*async\s*\(([^)]*)\)/g)) {
        out.push({ id: `${file}#${m[1]}`, file, name: m[1], params: countParams(m[2]) });
      }
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function countParams(list: string): number {
  const s = list.trim();
  if (!s) return 0;
  let depth = 0;
  let n = 1;
  for (const ch of s) {
    if ("([{<".includes(ch)) depth++;
    else if (")]}>".includes(ch)) depth--;
    else if (ch === "," && depth === 0) n++;
  }
  return s.endsWith(",") ? n - 1 : n;
}

// ───────────────────────────── the build's server actions ─────────────────────────────

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };

export function serverActionManifest(): Map<string, { id: string; workers: string[] }> {
  const file = path.join(BUILD_DIR, "server", "server-reference-manifest.json");
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const out = new Map<string, { id: string; workers: string[] }>();
  for (const [id, e] of Object.entries(json.node)) out.set(`${e.filename}#${e.exportedName}`, { id, workers: Object.keys(e.workers) });
  return out;
}

/** A page of the build that hosts the action, as a URL (prefers one without dynamic segments). */
export function hostPageFor(workers: string[]): string {
  const pages = workers
    .filter((w) => w.startsWith("app/") && w.endsWith("/page") && !w.includes("_not-found"))
    .map((w) => `/${w.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/")}`);
  const plain = pages.find((p) => !p.includes("["));
  return (plain ?? pages[0] ?? "/").replace(/\[[^\]]+\]/g, "x");
}

// ───────────────────────────── sessions ─────────────────────────────

const STATE: Record<Exclude<MatrixRole, "signedOut">, Parameters<typeof storageStateFor>[0]> = {
  candidate: "candidate",
  manager: "manager",
  agency: "agency",
  board: "board",
  admin: "admin",
};

export async function contextFor(role: MatrixRole, baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    storageState: role === "signedOut" ? { cookies: [], origins: [] } : storageStateFor(STATE[role]),
  });
}

/** The session cookie of any user of the e2e database, signed with the server's secret (as next-auth would). */
export async function sessionCookieFor(email: string, baseURL: string) {
  const [u] = await query<{ id: string; councilId: string; role: string; name: string }>(
    `select id, "councilId", role::text, name from "User" where email = $1`,
    [email],
  );
  if (!u) throw new Error(`no user ${email}`);
  const token = await encode({
    secret: process.env.NEXTAUTH_SECRET!,
    token: { sub: u.id, email, name: u.name, role: u.role, councilId: u.councilId },
  });
  const url = new URL(baseURL);
  return { name: "next-auth.session-token", value: token, domain: url.hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const };
}

/** A request context signed in as any user of the e2e database. */
export async function contextForEmail(email: string, baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, storageState: { cookies: [await sessionCookieFor(email, baseURL)], origins: [] } });
}

// ───────────────────────────── SQL with :email and :id ─────────────────────────────

/** Replace :email, :id and :<column of the record> with positional parameters (a `::cast` is left alone). */
export function bind(sql: string, values: Record<string, string | null | undefined>): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const index: Record<string, number> = {};
  const text = sql.replace(/(?<!:):([A-Za-z]\w*)\b/g, (m, name: string) => {
    if (!(name in values)) return m;
    if (!(name in index)) {
      params.push(values[name] ?? null);
      index[name] = params.length;
    }
    return `$${index[name]}::text`;
  });
  return { text, params };
}

export async function resolveRecord(spec: RecordSpec, email: string | null): Promise<Rec | null> {
  const { text, params } = bind(spec.sql, { email });
  const rows = await query<Rec>(text, params);
  return rows[0] ?? null;
}

export async function snapshot(sql: string, values: Record<string, string | null | undefined>): Promise<string> {
  const { text, params } = bind(sql, values);
  return JSON.stringify(await query(text, params));
}

// ───────────────────────────── calling a server action as React does ─────────────────────────────

export type ActionCall = {
  status: number;
  redirect: string | null;
  result: unknown;
  message: string;
  body: string;
};

export type FieldValue = string | string[] | { name: string; mimeType: string; buffer: Buffer };

/**
 * POST a server action the way the browser's React does: header Next-Action, same-origin Origin,
 * multipart body whose FormData argument's fields are prefixed `_1_`, then the argument list as field
 * "0" — `[prevState, "$K1"]` for `(prevState, formData)` actions, `["$K1"]` for `(formData)`, `[]` for `()`.
 * (authorization-matrix.spec.ts checks this encoding against a request captured from the real browser.)
 */
export async function callAction(
  ctx: APIRequestContext,
  opts: { id: string; host: string; params: number; fields: Record<string, FieldValue>; origin?: string; baseURL: string },
): Promise<ActionCall> {
  const form = new FormData();
  if (opts.params > 0) {
    for (const [k, v] of Object.entries(opts.fields)) {
      if (Array.isArray(v)) for (const x of v) form.append(`_1_${k}`, x);
      else if (typeof v === "string") form.append(`_1_${k}`, v);
      else form.append(`_1_${k}`, new Blob([new Uint8Array(v.buffer)], { type: v.mimeType }), v.name);
    }
  }
  const args = opts.params === 0 ? [] : opts.params === 1 ? ["$K1"] : [{ ok: false }, "$K1"];
  form.append("0", JSON.stringify(args));
  const res = await ctx.post(opts.host, {
    headers: { "Next-Action": opts.id, Origin: opts.origin ?? opts.baseURL, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
  return readActionResponse(res);
}

export async function readActionResponse(res: APIResponse): Promise<ActionCall> {
  const body = await res.text();
  const h = res.headers();
  const redirect = h["x-action-redirect"]?.split(";")[0] ?? (res.status() >= 300 && res.status() < 400 ? (h["location"] ?? null) : null);
  const result = parseActionResult(body);
  return { status: res.status(), redirect, result, message: typeof result === "string" ? result : JSON.stringify(result ?? null), body };
}

/** The action's return value from the React Flight response: row 0's "a" points at it. */
export function parseActionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  const root = rows.get("0");
  if (!root) return null;
  try {
    const r = JSON.parse(root) as { a?: unknown };
    if (typeof r.a === "string" && r.a.startsWith("$@")) {
      const row = rows.get(r.a.slice(2));
      if (!row) return null;
      return row.startsWith("E") ? { error: JSON.parse(row.slice(1)) } : JSON.parse(row);
    }
    return r.a ?? null;
  } catch {
    return null;
  }
}

/** A scope or permission refusal as the domain layer words it (lib/auth/errors.ts and the NotFoundErrors). */
export const AUTHZ_REFUSAL = /could not find|do not have permission|need to sign in|sign in to/i;

/** HTML text as a person reads it (React escapes &, <, >, " and '). */
export function decodeHtml(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** What a person reads on the page: no scripts (React's payload repeats the props), no tags, entities decoded. */
export function visibleText(body: string): string {
  const text = body
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ");
  return decodeHtml(text).replace(/\s+/g, " ");
}

/** The href of the page's rel="next" link, if any. */
export function nextPageHref(html: string): string | null {
  for (const m of html.matchAll(/<a\b[^>]*>/g)) {
    if (!/\brel="next"/.test(m[0])) continue;
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) return decodeHtml(href[1]);
  }
  return null;
}

/** Call a server action by its source name ("app/…/actions.ts#name") on a host page, as the context's user. */
export async function act(
  ctx: APIRequestContext,
  baseURL: string,
  action: string,
  host: string,
  fields: Record<string, FieldValue>,
  origin?: string,
): Promise<ActionCall> {
  const entry = serverActionManifest().get(action);
  if (!entry) throw new Error(`${action} is not in the build's server-reference-manifest.json`);
  const params = discoverActions().find((a) => a.id === action)?.params ?? 2;
  return callAction(ctx, { id: entry.id, host, params, fields, baseURL, origin });
}
