import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { query } from "../db";
import { signIn, storageStateFor, type DemoRole } from "../support";
import { applyHere, PASSWORD, registerNewCandidate } from "../candidate/helpers";
import { act, contextFor, contextForEmail, ROOT, sessionCookieFor, serverActionManifest, visibleText } from "./harness";

/**
 * Abuse tests (issue 8): stored script payloads in free text, SQL metacharacters in search boxes, hostile
 * uploads, sign-in throttling (through the form, surviving a fresh server process), session lifetime and
 * forged-origin server actions with a real session. Expired and forged sessions and a cross-origin sign-in
 * are in headers.spec.ts; throttling's storage in PostgreSQL is also proved in tests/integration/auth.test.ts.
 */

/** Markup that would run if any page rendered it as HTML. */
const XSS = `<img src=x onerror=window.__xss=1><script>window.__xss=1</script>`;
const tagged = (tag: string) => `${tag} ${XSS}`;

/** Each text is on the page as text; nothing of the payload became markup or ran. */
async function expectInert(page: Page, texts: string[]) {
  for (const t of texts) await expect(page.locator("body"), `${page.url()} shows the text literally`).toContainText(t);
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
    imgs: document.querySelectorAll('img[src="x"], [onerror]').length,
    scripts: Array.from(document.querySelectorAll("script")).filter((s) => (s.textContent ?? "").trim() === "window.__xss=1").length,
  }));
  expect(found, `${page.url()}: no payload element in the DOM, nothing ran`).toEqual({ ran: null, imgs: 0, scripts: 0 });
}

async function pageAs(browser: Browser, who: DemoRole | null | { email: string }, baseURL: string) {
  const storageState =
    who === null
      ? { cookies: [], origins: [] }
      : typeof who === "string"
        ? storageStateFor(who)
        : { cookies: [await sessionCookieFor(who.email, baseURL)], origins: [] };
  const context = await browser.newContext({ storageState });
  return context.newPage();
}

const idFrom = (redirect: string | null, pattern: RegExp) => {
  const m = pattern.exec(redirect ?? "");
  if (!m) throw new Error(`no id in redirect ${redirect}`);
  return m[1];
};

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const dateParts = (name: string, iso: string) => {
  const [y, m, d] = iso.split("-");
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y };
};

test.describe.serial("stored script payloads are shown as text, never run", () => {
  test.describe.configure({ timeout: 180_000 });
  const made: { declined?: string; released?: string; releasedTitle?: string; applicant?: string; applicationId?: string } = {};

  test("a hiring manager's job title, duties and decline reason; the team's advert — on every page that shows them", async ({ browser, baseURL }) => {
    const sarah = await contextFor("manager", baseURL!);
    const david = await pageAs(browser, "secondApprover", baseURL!);
    const [svc] = await query<{ serviceId: string; costCentreId: string }>(`
      select s.id as "serviceId", (select cc.id from "CostCentre" cc where cc."serviceId" = s.id and cc.active order by cc.code limit 1) as "costCentreId"
      from "Service" s join "Council" c on c.id = s."councilId" where c.slug = 'luton' and s.name = 'Adult Social Care'`);
    const raise = async (title: string) => {
      const res = await act(sarah, baseURL!, "app/manager/requisitions/actions.ts#saveRequisitionAction", "/manager/requisitions/new", {
        intent: "submit", jobTitle: title, serviceId: svc.serviceId, costCentreId: svc.costCentreId, roleCategory: "SOCIAL_CARE", grade: "Band 3",
        reason: "VACANCY_COVER", headcount: "1", hoursPerWeek: "30", ...dateParts("startDate", future(40)), ...dateParts("expectedEndDate", future(100)),
        payRate: "13.00", payRateMax: "", dbsLevel: "NONE", registrationRequired: tagged("Reg"), limitedCompanyAllowed: "no", duties: tagged("Duties"),
      });
      expect(res.redirect, res.message).toMatch(/\/manager\/requisitions\/[^/?]+\?done=submitted/);
      return idFrom(res.redirect, /\/manager\/requisitions\/([^/?]+)/);
    };
    const title = `Care XSS ${Date.now().toString(36)} <img src=x onerror=window.__xss=1>`;
    made.declined = await raise(title);
    made.released = await raise(`${title} B`);
    made.releasedTitle = `${title} B`;

    // David, the other budget holder, declines one with a reason typed into the real form, and approves the other.
    const decline = tagged("Declined because");
    await david.goto(`/manager/approvals/${made.declined}`);
    await expectInert(david, [title, tagged("Duties")]);
    await david.getByLabel("Decline", { exact: true }).check();
    await david.getByLabel("Reason", { exact: true }).fill(decline);
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await david.waitForURL(/\/manager\/approvals\?done=declined/);
    await expectInert(david, []);
    await david.goto(`/manager/approvals/${made.released}`);
    await david.getByLabel("Approve", { exact: true }).check();
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await david.waitForURL(/\/manager\/approvals\?done=/);

    // Priya releases the approved one to the job board with an advert of her own.
    const priya = await contextFor("agency", baseURL!);
    const released = await act(priya, baseURL!, "app/agency/requisitions/actions.ts#releaseAction", `/agency/requisitions/${made.released}/release`, {
      requisitionId: made.released, advertText: tagged("Advert"), location: tagged("Location"), ...dateParts("closingDate", future(20)),
    });
    expect(released.redirect, released.message).toContain(`/agency/requisitions/${made.released}`);

    const sarahPage = await pageAs(browser, "manager", baseURL!);
    for (const [p, url, texts] of [
      [sarahPage, `/manager/requisitions/${made.declined}`, [title, tagged("Duties"), decline]],
      [sarahPage, `/manager/requisitions?q=${encodeURIComponent("Care XSS")}`, [title]],
      [sarahPage, `/manager/requisitions/${made.released}`, [made.releasedTitle, tagged("Duties")]],
      [sarahPage, "/notifications?show=all", []],
      [david, "/notifications?show=all", []],
    ] as [Page, string, string[]][]) {
      await p.goto(url);
      await expectInert(p, texts);
    }
    const team = await pageAs(browser, "agency", baseURL!);
    for (const url of [`/agency/requisitions/${made.released}`, "/agency", "/notifications?show=all"]) {
      await team.goto(url);
      await expectInert(team, url.startsWith("/agency/requisitions") ? [made.releasedTitle, tagged("Advert")] : []);
    }
    // The public job board, signed out, including its JSON-LD (which must not be able to close its script element).
    const visitor = await pageAs(browser, null, baseURL!);
    await visitor.goto(`/jobs/${made.released}`);
    await expectInert(visitor, [made.releasedTitle, tagged("Advert"), tagged("Duties"), tagged("Location")]);
    const ld = await visitor.locator('script[type="application/ld+json"]').textContent();
    expect(ld).not.toContain("<");
    expect(JSON.parse(ld!).title).toBe(made.releasedTitle);
    await visitor.goto(`/jobs?q=${encodeURIComponent("Care XSS")}`);
    await expectInert(visitor, [made.releasedTitle]);
    for (const p of [david, sarahPage, team, visitor]) await p.context().close();
    await Promise.all([sarah.dispose(), priya.dispose()]);
  });

  test("a candidate's name, experience and cover note, typed into the real forms; the manager's reject reason", async ({ browser, baseURL }) => {
    expect(made.released, "the vacancy released by the previous test (serial)").toBeTruthy();
    const candidate = await pageAs(browser, null, baseURL!);
    const name = `Kemi<img src=x onerror=window.__xss=1>`;
    made.applicant = await registerNewCandidate(candidate, "xss", name);
    await candidate.goto("/candidate/profile");
    await candidate.getByLabel("British or Irish citizen").check();
    await candidate.getByLabel("Experience").fill(tagged("Experience"));
    await candidate.getByRole("button", { name: /Save/ }).click();
    await candidate.waitForURL(/\/candidate\/profile\?saved=1/);
    await expectInert(candidate, [tagged("Experience")]);
    await candidate.goto(`/jobs/${made.released}`);
    await applyHere(candidate, tagged("Cover note"));
    made.applicationId = candidate.url().split("/").pop()!.split("?")[0];
    await expectInert(candidate, [tagged("Cover note")]);
    await candidate.goto("/candidate");
    await expectInert(candidate, [name]);

    // The team moves it to the shortlist; they see the name and the cover note as text.
    const priya = await contextFor("agency", baseURL!);
    for (const to of ["SCREENED", "SHORTLISTED"]) {
      const moved = await act(priya, baseURL!, "app/agency/requisitions/actions.ts#quickMoveAction", `/agency/requisitions/${made.released}`, {
        applicationId: made.applicationId, to, reason: "",
      });
      expect(moved.redirect, moved.message).toContain(`/agency/requisitions/${made.released}`);
    }
    const team = await pageAs(browser, "agency", baseURL!);
    await team.goto(`/agency/requisitions/${made.released}`);
    await expectInert(team, [name]);
    await team.goto("/notifications?show=all");
    await expectInert(team, []);

    // Sarah reviews the shortlist and rejects with a reason typed into the real form.
    const sarah = await pageAs(browser, "manager", baseURL!);
    await sarah.goto(`/manager/requisitions/${made.released}/shortlist`);
    await expectInert(sarah, [name, tagged("Experience")]);
    const form = sarah.locator("form").filter({ has: sarah.getByRole("group", { name: /Your decision on Kemi/ }) });
    await form.getByLabel("Reject", { exact: true }).check();
    await form.getByLabel("Reason", { exact: true }).fill(tagged("Rejected because"));
    await form.getByRole("button", { name: "Confirm decision" }).click();
    await sarah.waitForURL(/done=rejected/);
    await expectInert(sarah, []);
    await team.goto(`/agency/requisitions/${made.released}`);
    await expectInert(team, [name]);
    await candidate.goto(`/candidate/applications/${made.applicationId}`);
    await expectInert(candidate, []);
    // The emails the portal sent (development outbox) are text too.
    await candidate.goto("/dev/outbox");
    await expectInert(candidate, []);
    for (const p of [candidate, team, sarah]) await p.context().close();
    await priya.dispose();
  });

  test("the team's campaign name and description, candidate notes and check details — on the team's pages and the board's", async ({ browser, baseURL }) => {
    expect(made.applicant && made.released, "the candidate and vacancy of the previous tests (serial)").toBeTruthy();
    const [cand] = await query<{ id: string }>(`select id from "CandidateProfile" where email = $1`, [made.applicant]);
    const priya = await contextFor("agency", baseURL!);
    const campaignName = `Winter XSS ${Date.now().toString(36)} <img src=x onerror=window.__xss=1>`;
    const created = await act(priya, baseURL!, "app/agency/campaigns/actions.ts#createCampaignAction", "/agency/campaigns/new", {
      name: campaignName, description: tagged("Campaign description"), ...dateParts("startDate", future(-30)), "endDate-day": "", "endDate-month": "", "endDate-year": "",
    });
    expect(created.redirect, created.message).toMatch(/\/agency\/campaigns\/[^/?]+/);
    const campaignId = idFrom(created.redirect, /\/agency\/campaigns\/([^/?]+)/);
    const attached = await act(priya, baseURL!, "app/agency/campaigns/actions.ts#attachAction", `/agency/campaigns/${campaignId}`, { campaignId, requisitionId: made.released! });
    expect(attached.redirect, attached.message).toContain(campaignId);
    const note = await act(priya, baseURL!, "app/agency/candidates/actions.ts#noteAction", `/agency/candidates/${cand.id}/notes/new`, { candidateId: cand.id, body: tagged("Note") });
    expect(note.redirect, note.message).toContain(cand.id);
    const check = await act(priya, baseURL!, "app/agency/candidates/actions.ts#recordCheckAction", `/agency/candidates/${cand.id}/checks/new`, {
      candidateId: cand.id, type: "REFERENCE", status: "PASSED", ...dateParts("checkedOn", future(-1)), refereeName: tagged("Referee"), refereeOrganisation: tagged("Org"),
      notes: tagged("Check notes"), documentId: "", supersedesId: "",
    });
    expect(check.redirect, check.message).toContain(cand.id);
    await priya.dispose();

    const team = await pageAs(browser, "agency", baseURL!);
    for (const [url, texts] of [
      ["/agency/campaigns", [campaignName]],
      [`/agency/campaigns/${campaignId}`, [campaignName, tagged("Campaign description"), made.releasedTitle!]],
      [`/agency/candidates/${cand.id}`, [tagged("Note"), tagged("Referee")]],
      [`/agency?campaign=${campaignId}`, [made.releasedTitle!]],
      ["/agency/reports", []],
    ] as [string, string[]][]) {
      await team.goto(url);
      await expectInert(team, texts);
    }
    // The board sees the campaign's name in its filter, as text.
    const board = await pageAs(browser, "board", baseURL!);
    await board.goto("/board");
    await expectInert(board, []);
    expect(await board.locator("option").filter({ hasText: "Winter XSS" }).count()).toBeGreaterThan(0);
    await board.goto(`/board?campaign=${campaignId}`);
    await expectInert(board, []);
    for (const p of [team, board]) await p.context().close();
  });

  test("a timesheet query comment and the worker's answer", async ({ browser, baseURL }) => {
    // A submitted Adult Social Care timesheet of a worker who can sign in — the earliest week, which the
    // manager journeys (they take the latest two) leave alone.
    const [ts] = await query<{ id: string; email: string }>(`
      select t.id, u.email from "Timesheet" t join "Placement" p on p.id = t."placementId" join "Service" s on s.id = p."serviceId"
      join "Council" c on c.id = t."councilId" join "CandidateProfile" cp on cp.id = p."candidateId" join "User" u on u.id = cp."userId"
      where c.slug = 'luton' and s.name = 'Adult Social Care' and t.status = 'SUBMITTED' and u.email <> 'jordan.smith@example.com' and u.active
      order by t."weekStart" asc, t.id asc limit 1`);
    expect(ts, "a submitted Adult Social Care timesheet of a worker with an account").toBeTruthy();
    const comment = tagged("Tuesday looks wrong");
    const sarah = await pageAs(browser, "manager", baseURL!);
    await sarah.goto(`/manager/timesheets/${ts.id}`);
    await sarah.getByLabel("Query the timesheet").fill(comment);
    await sarah.getByRole("button", { name: "Send the query to the worker" }).click();
    await sarah.waitForURL(/done=queried/);
    await expectInert(sarah, [comment]);

    const worker = await pageAs(browser, { email: ts.email }, baseURL!);
    await worker.goto(`/candidate/timesheets/${ts.id}`);
    await expectInert(worker, [comment]);
    const answer = tagged("I worked a double shift");
    await worker.getByLabel("Your answer to the query").fill(answer);
    await worker.getByRole("button", { name: "Send timesheet again" }).click();
    await worker.waitForURL(/resent=1/);
    await expectInert(worker, [answer]);
    await sarah.goto(`/manager/timesheets/${ts.id}`);
    await expectInert(sarah, [comment, answer]);
    await sarah.goto("/notifications?show=all");
    await expectInert(sarah, []);
    await worker.goto("/notifications?show=all");
    await expectInert(worker, []);
    for (const p of [sarah, worker]) await p.context().close();
  });
});

test.describe("search boxes treat SQL metacharacters as text", () => {
  // Wildcards must not match everything, quotes must not break out of the query, and the page answers normally.
  // (Which rows contain a literal "_" depends on the data other specs made, so the check is "not everything".)
  const PAYLOADS = ["' OR 1=1 --", "%", "_", "%' OR '1'='1", "'; drop table \"User\"; --", "\\", "%%%", "*", "' UNION SELECT email FROM \"User\" --"];
  const literalAbsent = (q: string) => !q.includes("_");

  /** The number in the page's result line ("12 vacancies", "3 requisitions match", "0 events"); "No vacancies" is 0. */
  const countIn = (html: string) => {
    const text = visibleText(html);
    if (/No vacancies match your search|There are no vacancies/.test(text)) return 0;
    const m = /([\d,]+) (vacanc|requisition|event|candidate|placement|user)/.exec(text);
    if (!m) throw new Error(`no result count on the page: ${text.slice(0, 300)}`);
    return Number(m[1].replace(/,/g, ""));
  };

  for (const [role, path, exportPath] of [
    [null, "/jobs?q=", null],
    ["manager", "/manager/requisitions?q=", "/manager/requisitions/export?q="],
    ["admin", "/agency/admin/audit?user=", "/agency/admin/audit/export?user="],
    ["admin", "/agency/admin/audit?record=", "/agency/admin/audit/export?record="],
    ["agency", "/agency?q=", "/agency/export?q="],
    ["agency", "/agency/candidates?q=", "/agency/candidates/export?q="],
    ["agency", "/agency/placements?view=all&q=", "/agency/placements/export?view=all&q="],
    ["admin", "/agency/admin/users?q=", "/agency/admin/users/export?q="],
  ] as [DemoRole | null, string, string | null][]) {
    test(`${path} ${role ? `as ${role}` : "signed out"}`, async ({ baseURL }) => {
      const ctx = await contextFor(role === null ? "signedOut" : role === "manager" ? "manager" : role === "agency" ? "agency" : "admin", baseURL!);
      const total = countIn(await (await ctx.get(path.replace(/[?&][a-z]+=$/, ""))).text());
      expect(total, "the unfiltered list has rows to match").toBeGreaterThan(1);
      for (const q of PAYLOADS) {
        const res = await ctx.get(`${path}${encodeURIComponent(q)}`);
        expect(res.status(), q).toBe(200);
        const n = countIn(await res.text());
        expect(n, `${path}${q} must not match everything`).toBeLessThan(total);
        if (literalAbsent(q)) expect(n, `${path}${q}: nothing contains it literally`).toBe(0);
        if (exportPath) {
          // The CSV export runs the same query: the same rows (plus its header row).
          const csv = await ctx.get(`${exportPath}${encodeURIComponent(q)}`);
          expect(csv.status(), `${exportPath}${q}`).toBe(200);
          expect((await csv.text()).trim().split("\n").length - 1, `${exportPath}${q}`).toBe(n);
        }
      }
      expect(await query(`select 1 from "User" limit 1`)).toHaveLength(1);
      await ctx.dispose();
    });
  }
});

test.describe("hostile uploads are refused by the server, whatever the browser does", () => {
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62, 0), Buffer.from("PE\0\0"), Buffer.alloc(200, 0x90)]);

  test("an .exe called .pdf, a file over 10 MB, a body over the server's limit, and a path in the file name", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, null, baseURL!);
    const email = await registerNewCandidate(page, "uploads");
    const ctx = await contextForEmail(email, baseURL!);
    const upload = (name: string, mimeType: string, buffer: Buffer) =>
      act(ctx, baseURL!, "app/candidate/documents/actions.ts#uploadDocumentAction", "/candidate/documents", { kind: "QUALIFICATION", file: { name, mimeType, buffer } });
    const count = async () => (await query<{ n: number }>(`select count(*)::int as n from "Document" d join "CandidateProfile" c on c.id = d."candidateId" where c.email = $1`, [email]))[0].n;

    const exe = await upload("certificate.pdf", "application/pdf", EXE);
    expect(exe.message).toContain("The selected file must be a PDF, JPG or PNG");
    const big = await upload("scan.pdf", "application/pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024, 0x20)]));
    expect(big.message).toContain("The selected file must be smaller than 10 MB");
    const huge = await upload("huge.pdf", "application/pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(12 * 1024 * 1024, 0x20)]));
    expect(huge.status === 413 || huge.status >= 400 || /smaller than 10 MB|too large|Body exceeded/i.test(huge.message + huge.body), `status ${huge.status}`).toBe(true);
    const html = await upload("page.png", "image/png", Buffer.from(`<html><script>window.__xss=1</script></html>`));
    expect(html.message).toContain("The selected file must be a PDF, JPG or PNG");
    expect(await count()).toBe(0);

    // A real PNG whose name carries a path and markup: stored under the bare name, shown as text, served as an attachment.
    const ok = await upload(`../../etc/<img src=x onerror=window.__xss=1>.png`, "image/png", PNG);
    expect(ok.redirect, ok.message).toContain("/candidate/documents");
    const [doc] = await query<{ id: string; filename: string; storageKey: string }>(
      `select d.id, d.filename, d."storageKey" from "Document" d join "CandidateProfile" c on c.id = d."candidateId" where c.email = $1`, [email]);
    expect(doc.filename).toBe("<img src=x onerror=window.__xss=1>.png");
    expect(doc.storageKey).not.toContain("..");
    await page.goto("/candidate/documents");
    await expectInert(page, [doc.filename]);
    const res = await page.request.get(`/documents/${doc.id}`);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(res.headers()["content-disposition"]).not.toContain("<");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    await page.context().close();
    await ctx.dispose();
  });
});

test.describe("sign-in throttling", () => {
  test.describe.configure({ timeout: 180_000 });

  test("five wrong passwords lock the account through the form; the lock holds for the right password, from another claimed IP, and on a freshly started server", async ({ browser, baseURL }) => {
    const setup = await pageAs(browser, null, baseURL!);
    const email = await registerNewCandidate(setup, "lockout");
    await setup.context().close();

    const page = await pageAs(browser, null, baseURL!);
    for (let i = 1; i <= 5; i++) {
      await signIn(page, email, `not-the-password-${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(i < 5 ? "The email address or password is not right" : "Too many failed attempts");
    }
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Too many failed attempts");
    await expect(page).toHaveURL(/\/sign-in/);
    const [row] = await query<{ locked: boolean }>(`select "lockedUntil" > now() as locked from "SignInThrottle" where key = $1`, [`email:${email}`]);
    expect(row.locked).toBe(true);

    // Claiming to come from elsewhere (a forged X-Forwarded-For) does not lift an account's lock.
    const anon = await contextFor("signedOut", baseURL!);
    const id = serverActionManifest().get("app/(public)/sign-in/actions.ts#signInAction")!.id;
    const form = new FormData();
    form.append("_1_email", email);
    form.append("_1_password", PASSWORD);
    form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
    const forged = await anon.post("/sign-in", { headers: { "Next-Action": id, Origin: baseURL!, "X-Forwarded-For": "203.0.113.77" }, multipart: form, maxRedirects: 0 });
    expect(await forged.text()).toContain("Too many failed attempts");
    expect(forged.headers()["set-cookie"] ?? "").not.toContain("session-token");
    await anon.dispose();

    // A new server process (what a restart gives) reads the same lock from PostgreSQL.
    const fresh = await startServer();
    try {
      const other = await browser.newContext({ baseURL: fresh.url });
      const p2 = await other.newPage();
      await p2.goto(`${fresh.url}/sign-in`);
      await p2.getByLabel("Email address", { exact: true }).fill(email);
      await p2.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await p2.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(p2.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Too many failed attempts");
      expect((await other.cookies()).some((c) => c.name.endsWith("session-token"))).toBe(false);
      await other.close();
    } finally {
      await fresh.stop();
    }
    await page.context().close();
  });
});

test.describe("sessions and forged origins", () => {
  test("the session cookie lasts at most 8 hours", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, null, baseURL!);
    await signIn(page, "margaret.ellis@connect2luton.example");
    await page.waitForURL("**/board");
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    const hours = (cookie.expires - Date.now() / 1000) / 3600;
    expect(hours).toBeGreaterThan(7.5);
    expect(hours).toBeLessThanOrEqual(8.01);
    await page.context().close();
  });

  test("a state-changing server action with a real session but a forged Origin is refused and changes nothing", async ({ baseURL }) => {
    const [ts] = await query<{ id: string; status: string; updatedAt: string }>(`
      select t.id, t.status::text, t."updatedAt"::text from "Timesheet" t join "Placement" p on p.id = t."placementId" join "Service" s on s.id = p."serviceId"
      join "Council" c on c.id = t."councilId" where c.slug = 'luton' and s.name = 'Adult Social Care' and t.status = 'SUBMITTED'
      order by t."weekStart" asc, t.id asc offset 1 limit 1`);
    const sarah = await contextFor("manager", baseURL!);
    for (const origin of ["https://evil.example", "null", `http://localhost.evil.example`]) {
      const res = await act(sarah, baseURL!, "app/manager/timesheets/actions.ts#queryTimesheetAction", "/manager/timesheets", { timesheetId: ts.id, comment: "forged" }, origin);
      expect(res.status, origin).toBeGreaterThanOrEqual(400);
      expect(res.redirect, origin).toBeNull();
    }
    const [after] = await query<{ status: string; updatedAt: string }>(`select status::text, "updatedAt"::text from "Timesheet" where id = $1`, [ts.id]);
    expect(after).toEqual({ status: ts.status, updatedAt: ts.updatedAt });
    await sarah.dispose();
  });
});

// ───────────────────────────── a second server process ─────────────────────────────

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Another `next start` of the same build on the same database: a restarted server, as far as state goes. */
async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(`${ROOT}/node_modules/.bin/next`, ["start", "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "",
      NEXTAUTH_URL: url,
      DEV_OUTBOX: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/sign-in`)).status === 200) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    },
  };
}
