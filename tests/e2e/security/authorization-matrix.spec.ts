import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { query } from "../db";
import { storageStateFor } from "../support";
import {
  AUTHZ_REFUSAL,
  callAction,
  contextFor,
  contextForEmail,
  decodeHtml,
  discoverActions,
  discoverRoutes,
  hostPageFor,
  nextPageHref,
  parseActionResult,
  visibleText,
  resolveRecord,
  serverActionManifest,
  snapshot,
  type FieldValue,
} from "./harness";
import {
  isAction,
  MATRIX,
  MATRIX_DOCUMENTS,
  MATRIX_ERASURE,
  MATRIX_PNG,
  MATRIX_ROLES,
  ROLE_EMAIL,
  rowName,
  type ActionRow,
  type Kind,
  type MatrixRole,
  type PageRow,
  type Rec,
  type Row,
} from "./matrix";

/**
 * The authorization matrix (tests/e2e/security/matrix.ts) walked against the production build: every
 * page, route handler and server action, as every role, on its own record, another record of the council
 * and a record of another council. No mocks anywhere: real sessions, real HTTP, real server-action calls.
 */

const KINDS: Kind[] = ["own", "other", "foreign"];
const ROLE_LABEL: Record<MatrixRole, string> = {
  signedOut: "signed out",
  candidate: "candidate (Jordan Smith)",
  manager: "hiring manager (Sarah Khan)",
  agency: "Connect2 team (Priya Patel)",
  board: "board (Margaret Ellis)",
  admin: "admin",
};

const allowed = (row: Row, role: MatrixRole, kind: Kind) => (row.allow[role] ?? []).includes(kind);

test.describe.configure({ timeout: 300_000 });

test("every page, route handler and server action has a row in the matrix, and every row matches one", () => {
  const routes = discoverRoutes();
  const actions = discoverActions().map((a) => a.id);
  const pageRows = MATRIX.filter((r): r is PageRow => !isAction(r)).map((r) => r.route);
  const actionRows = MATRIX.filter(isAction).map((r) => r.action);
  const missing = [...routes.filter((r) => !pageRows.includes(r)), ...actions.filter((a) => !actionRows.includes(a)).map((a) => `action: ${a}`)];
  const stale = [...pageRows.filter((r) => !routes.includes(r)), ...actionRows.filter((a) => !actions.includes(a)).map((a) => `action: ${a}`)];
  expect(missing, "pages, route handlers or server actions without a row in tests/e2e/security/matrix.ts").toEqual([]);
  expect(stale, "rows in tests/e2e/security/matrix.ts that match nothing in app/ or lib/").toEqual([]);
  const dup = pageRows.filter((r, i) => pageRows.indexOf(r) !== i);
  expect(dup, "pages with two rows").toEqual([]);
});

test("every server action of the production build is in the matrix (inline actions included)", () => {
  const manifest = serverActionManifest();
  const rows = new Set(MATRIX.filter(isAction).map((r) => r.action));
  expect([...manifest.keys()].filter((k) => !rows.has(k)), "server actions in the build's server-reference-manifest.json without a row").toEqual([]);
  expect([...rows].filter((r) => !manifest.has(r)), "action rows not in the build (build older than the source?)").toEqual([]);
});

test("the matrix encodes a server-action call exactly as the browser does", async ({ page, baseURL }) => {
  // Capture the real request React sends when the sign-in form is submitted, and compare.
  const posted: { headers: Record<string, string>; body: string }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) posted.push({ headers: r.headers(), body: r.postData() ?? "" });
  });
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  expect(posted).toHaveLength(1);
  const { headers, body } = posted[0];
  const manifest = serverActionManifest();
  expect(headers["next-action"]).toBe(manifest.get("app/(public)/sign-in/actions.ts#signInAction")!.id);
  // The form's fields are prefixed _1_, and the argument list [prevState, "$K1"] comes last as field "0".
  const names = [...body.matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
  expect(names).toContain("_1_email");
  expect(names).toContain("_1_password");
  expect(names.at(-1)).toBe("0");
  expect(body).toMatch(/name="0"\r\n\r\n\[\{"ok":false\},"\$K1"\]/);
  // And our own call, with the same fields, gets the same answer.
  const ctx = await contextFor("signedOut", baseURL!);
  const ours = await callAction(ctx, {
    id: headers["next-action"], host: "/sign-in", params: 2, baseURL: baseURL!, fields: { email: "", password: "" },
  });
  expect(ours.message).toContain("Enter your email address");
  expect(parseActionResult(ours.body)).toMatchObject({ ok: false, fieldErrors: { email: "Enter your email address" } });
  await ctx.dispose();
});

test.describe("the matrix", () => {
  // Documents to probe /documents/[id] and deleteDocumentAction: uploaded through the real upload action by
  // Jordan Smith, another Luton candidate and a Dudley candidate (once per database).
  test.beforeAll(async ({ baseURL }) => {
    const upload = manifestAction("app/candidate/documents/actions.ts#uploadDocumentAction");
    const people: [string, string][] = [
      ["jordan", ROLE_EMAIL.candidate!],
      ["luton", (await query<{ email: string }>(`select ${MATRIX_DOCUMENTS.luton.email} as email`))[0].email],
      ["dudley", (await query<{ email: string }>(`select ${MATRIX_DOCUMENTS.dudley.email} as email`))[0].email],
    ];
    for (const [who, email] of people) {
      const ctx = who === "jordan" ? await contextFor("candidate", baseURL!) : await contextForEmail(email, baseURL!);
      for (const suffix of ["read", "delete"]) {
        const name = `matrix-${who}-${suffix}.png`;
        const [exists] = await query(`select 1 from "Document" where filename = $1 and "deletedAt" is null`, [name]);
        if (exists) continue;
        const res = await callAction(ctx, {
          id: upload.id, host: "/candidate/documents", params: 2, baseURL: baseURL!,
          fields: { kind: "QUALIFICATION", file: { name, mimeType: "image/png", buffer: Buffer.from(MATRIX_PNG, "base64") } },
        });
        expect(res.redirect, `upload of ${name} by ${email}: ${res.message}`).toContain("/candidate/documents");
      }
      await ctx.dispose();
    }
    // Requests to be erased, for /agency/erasure and its action: a Luton worker's and a Dudley candidate's.
    const erasure = manifestAction("app/candidate/my-data/actions.ts#requestErasureAction");
    for (const who of [MATRIX_ERASURE.luton, MATRIX_ERASURE.dudley]) {
      const [{ email }] = await query<{ email: string }>(`select ${who.email} as email`);
      const [open] = await query(`select 1 from "ErasureRequest" e join "CandidateProfile" c on c.id = e."candidateId" where c.email = $1 and e.status = 'REQUESTED'`, [email]);
      if (open) continue;
      const ctx = await contextForEmail(email, baseURL!);
      const res = await callAction(ctx, { id: erasure.id, host: "/candidate/my-data", params: 2, baseURL: baseURL!, fields: { confirm: "yes", reason: "Matrix probe" } });
      expect(res.redirect, `erasure request by ${email}: ${res.message}`).toContain("/candidate/my-data");
      await ctx.dispose();
    }
  });

  for (const row of MATRIX) {
    test(rowName(row), async ({ baseURL, browser }) => {
      const failures = isAction(row) ? await walkAction(row, baseURL!, browser) : await walkPage(row, baseURL!);
      expect(failures, `cells of ${rowName(row)} that do not match the table`).toEqual([]);
    });
  }
});

// ───────────────────────────── pages and route handlers ─────────────────────────────

type Cell = { role: MatrixRole; kind: Kind; rec: Rec | null };

async function cellsOf(row: Row): Promise<{ cells: Cell[]; failures: string[] }> {
  const cells: Cell[] = [];
  const failures: string[] = [];
  if (!row.records) {
    for (const role of MATRIX_ROLES) cells.push({ role, kind: "none", rec: null });
    return { cells, failures };
  }
  for (const kind of KINDS) {
    const spec = row.records[kind as Exclude<Kind, "none">];
    if (!spec) continue;
    for (const role of MATRIX_ROLES) {
      const perRole = row.perRole && kind !== "foreign";
      const rec = await resolveRecord(spec, perRole ? ROLE_EMAIL[role] : null);
      if (!rec) {
        // A role without such a record of its own (signed out has no notifications) has nothing to probe.
        if (perRole) continue;
        failures.push(`${kind}: no record in the demo data for "${spec.what}"`);
        break;
      }
      cells.push({ role, kind, rec });
    }
  }
  return { cells, failures };
}

function urlOf(row: PageRow, rec: Rec | null): string {
  if (row.url) return row.url(rec);
  return row.route.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, () => (rec ? encodeURIComponent(rec.id) : "x"));
}

async function walkPage(row: PageRow, baseURL: string): Promise<string[]> {
  const { cells, failures } = await cellsOf(row);
  const contexts = new Map<MatrixRole, APIRequestContext>();
  try {
    for (const cell of cells) {
      if (!contexts.has(cell.role)) contexts.set(cell.role, await contextFor(cell.role, baseURL));
      const ctx = contexts.get(cell.role)!;
      const url = urlOf(row, cell.rec);
      const want = allowed(row, cell.role, cell.kind);
      const got = await visit(ctx, url, row, cell.rec);
      const where = `${ROLE_LABEL[cell.role]} × ${cell.kind}${cell.rec ? ` (${cell.rec.text})` : ""} GET ${url}`;
      if (want && !got.allowed) failures.push(`${where}: should be allowed, got ${got.describe}`);
      if (!want && !got.denied) failures.push(`${where}: should be denied, got ${got.describe}`);
    }
  } finally {
    for (const c of contexts.values()) await c.dispose();
  }
  return failures;
}

async function visit(ctx: APIRequestContext, url: string, row: PageRow, rec: Rec | null) {
  const text = rec ? (row.match ? row.match(rec) : rec.text) : (row.text ?? null);
  let res = await ctx.get(url, { maxRedirects: 0 });
  const html = (res.headers()["content-type"] ?? "").includes("text/html");
  // Pages: what a person reads (or the raw HTML for a link); CSV and other downloads: the body as it is.
  const find = (body: string) => (!html ? body : rec && row.match ? decodeHtml(body) : visibleText(body)).includes(text!);
  const status = res.status();
  const location = res.headers()["location"] ?? "";
  const toSignIn = status >= 300 && status < 400 && location.includes("/sign-in");
  const redirectAllowed = !!(rec && row.allowedRedirect && status >= 300 && status < 400 && location.replace(/^https?:\/\/[^/]+/, "").split("?")[0] === row.allowedRedirect(rec));
  const refused = [401, 403, 404].includes(status) || toSignIn;
  let shown = false;
  if (status === 200 && text !== null) {
    if (row.file) shown = (res.headers()["content-disposition"] ?? "").includes(text);
    else {
      // Lists: look through every page (rel="next") for the record.
      for (let pageNo = 0; pageNo < 25; pageNo++) {
        const body = await res.text();
        if (find(body)) {
          shown = true;
          break;
        }
        const next = row.list ? nextPageHref(body) : null;
        if (!next) break;
        res = await ctx.get(next, { maxRedirects: 0 });
        if (res.status() !== 200) break;
      }
    }
  }
  const okWithoutText = text === null && status < 400 && !toSignIn;
  const allowedNow = status === 200 ? text === null || shown : okWithoutText || redirectAllowed;
  return {
    allowed: allowedNow,
    denied: refused || (row.list === true && status === 200 && text !== null && !shown),
    describe: `${status}${location ? ` → ${location}` : ""}${status === 200 && text !== null ? (shown ? `, "${text}" shown` : `, "${text}" not shown`) : ""}`,
  };
}

// ───────────────────────────── server actions ─────────────────────────────

function manifestAction(action: string) {
  const entry = serverActionManifest().get(action);
  if (!entry) throw new Error(`${action} is not in the build's server-reference-manifest.json`);
  return entry;
}

async function capturedFields(browser: Browser, row: ActionRow): Promise<Record<string, FieldValue>> {
  if (!row.capture) return {};
  const { role, url, form } = row.capture;
  const context = await browser.newContext({ storageState: role === "signedOut" ? { cookies: [], origins: [] } : storageStateFor(role === "candidate" ? "candidate" : role) });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const entries = await page.locator(form ?? "main form").first().evaluate((f: HTMLFormElement) =>
      Array.from(new FormData(f).entries())
        .filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION"))
        .map(([k, v]) => [k, String(v)] as [string, string]),
    );
    const out: Record<string, FieldValue> = {};
    for (const [k, v] of entries) {
      const prev = out[k];
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev as string, v];
    }
    return out;
  } finally {
    await context.close();
  }
}

async function walkAction(row: ActionRow, baseURL: string, browser: Browser): Promise<string[]> {
  const entry = manifestAction(row.action);
  const params = discoverActions().find((a) => a.id === row.action)?.params ?? 2;
  const captured = await capturedFields(browser, row);
  const { cells, failures } = await cellsOf(row);
  const contexts = new Map<MatrixRole, APIRequestContext>();
  try {
    for (const cell of cells) {
      const want = allowed(row, cell.role, cell.kind);
      if (want && row.allowed === "not-exercised") continue;
      if (!contexts.has(cell.role)) contexts.set(cell.role, await contextFor(cell.role, baseURL));
      const ctx = contexts.get(cell.role)!;
      const email = ROLE_EMAIL[cell.role];
      const fields: Record<string, FieldValue> = { ...captured, ...row.fields(cell.rec, cell.kind) };
      if (row.upload) {
        fields[row.upload.field] = { name: row.upload.name(cell.role), mimeType: row.upload.mimeType, buffer: Buffer.from(row.upload.base64, "base64") };
      }
      const host = row.host ? row.host(cell.rec) : hostPageFor(entry.workers);
      const values = { ...(cell.rec ?? {}), email, id: cell.rec?.id ?? null };
      const before = await snapshot(row.state, values);
      const res = await callAction(ctx, { id: entry.id, host, params, fields, baseURL });
      const after = await snapshot(row.state, values);
      const changed = before !== after;
      const toSignIn = (res.redirect ?? "").includes("/sign-in");
      const refused = toSignIn || res.status >= 400 || AUTHZ_REFUSAL.test(res.message) || (row.refusal?.test(res.message) ?? false);
      const where = `${ROLE_LABEL[cell.role]} × ${cell.kind}${cell.rec ? ` (${cell.rec.text})` : ""}`;
      const got = `${res.status}${res.redirect ? ` → ${res.redirect}` : ""} ${res.message.slice(0, 240)}${changed ? ` [state ${before} → ${after}]` : ""}`;
      if (res.status >= 500) {
        failures.push(`${where}: server error instead of a clean answer: ${got}`);
        continue;
      }
      if (!want) {
        if (changed) failures.push(`${where}: should be denied, but it CHANGED the database: ${got}`);
        else if (!row.silent && !refused) failures.push(`${where}: should be refused (sign in / no permission / not found), got ${got}`);
      } else if (refused) {
        failures.push(`${where}: should be allowed, but was refused: ${got}`);
      } else if (row.allowed === "changes" && !changed) {
        failures.push(`${where}: should be allowed and change the record, nothing changed: ${got}`);
      } else if (row.allowed instanceof RegExp && (!row.allowed.test(res.message) || changed)) {
        failures.push(`${where}: should reach the record and be stopped only by the rule ${row.allowed}, got ${got}`);
      }
    }
  } finally {
    for (const c of contexts.values()) await c.dispose();
  }
  return failures;
}
