import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, storageStateFor, type DemoRole } from "../support";
import { query } from "../db";
import { applyHere, liveVacancy, registerNewCandidate } from "./helpers";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Records of Luton candidates other than Jordan Smith, to probe with Jordan's session. */
async function othersRecords() {
  const [app] = await query<{ id: string }>(
    `select a.id from "Application" a join "CandidateProfile" c on c.id = a."candidateId" join "Council" k on k.id = a."councilId"
     where k.slug = 'luton' and c.email <> 'jordan.smith@example.com' and a.stage in ('APPLIED','SCREENED','SHORTLISTED') order by a.id limit 1`,
  );
  const [placement] = await query<{ id: string }>(
    `select p.id from "Placement" p join "CandidateProfile" c on c.id = p."candidateId" join "Council" k on k.id = p."councilId"
     where k.slug = 'luton' and c.email <> 'jordan.smith@example.com' and p.status = 'ACTIVE' order by p.id limit 1`,
  );
  const [timesheet] = await query<{ id: string }>(
    `select t.id from "Timesheet" t join "Placement" p on p.id = t."placementId" join "CandidateProfile" c on c.id = p."candidateId"
     join "Council" k on k.id = t."councilId" where k.slug = 'luton' and c.email <> 'jordan.smith@example.com' and t.status = 'SUBMITTED' order by t.id limit 1`,
  );
  expect(app && placement && timesheet, "the demo data has other candidates' applications, placements and timesheets").toBeTruthy();
  return { app: app.id, placement: placement.id, timesheet: timesheet.id };
}

async function as(browser: Browser, role: DemoRole | null): Promise<Page> {
  // An explicit empty state: contexts made here would otherwise inherit the describe block's signed-in state.
  const context = await browser.newContext({ storageState: role ? storageStateFor(role) : { cookies: [], origins: [] } });
  return context.newPage();
}

test.describe("a candidate cannot reach another candidate's records", () => {
  test.use({ storageState: storageStateFor("candidate") });

  test("pages by id are not found", async ({ page }) => {
    const o = await othersRecords();
    for (const path of [
      `/candidate/applications/${o.app}`,
      `/candidate/applications/${o.app}/withdraw`,
      `/candidate/placements/${o.placement}`,
      `/candidate/timesheets/${o.timesheet}`,
      `/candidate/timesheets/new?placement=${o.placement}&week=2026-01-05`,
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await expectAccessible(page);
  });

  test("server actions with another candidate's ids are refused and change nothing", async ({ page }) => {
    const o = await othersRecords();
    const [jordanPlacement] = await query<{ id: string }>(
      `select p.id from "Placement" p join "CandidateProfile" c on c.id = p."candidateId" where c.email = 'jordan.smith@example.com' and p.status = 'ACTIVE' limit 1`,
    );
    // The timesheet form of Jordan's own placement, re-pointed at someone else's placement.
    await page.goto(`/candidate/timesheets/new?placement=${jordanPlacement.id}&week=2020-01-06`);
    await page.locator('input[name="placementId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), o.placement);
    await page.locator('input[name="weekStart"]').evaluate((el) => ((el as HTMLInputElement).value = "2026-01-05"));
    const before = await query<{ n: number }>(`select count(*)::int as n from "Timesheet" where "placementId" = $1`, [o.placement]);
    await page.getByRole("button", { name: "Send timesheet" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("We could not find that placement.");
    expect(await query<{ n: number }>(`select count(*)::int as n from "Timesheet" where "placementId" = $1`, [o.placement])).toEqual(before);

    // A withdraw form of Jordan's own application (made here), re-pointed at someone else's application.
    await page.goto(`/jobs/${(await liveVacancy(3)).id}`);
    if (await page.getByRole("link", { name: "Apply for this job" }).count()) await applyHere(page);
    const [mine] = await query<{ id: string }>(
      `select a.id from "Application" a join "CandidateProfile" c on c.id = a."candidateId"
       where c.email = 'jordan.smith@example.com' and a.stage = 'APPLIED' limit 1`,
    );
    await page.goto(`/candidate/applications/${mine.id}/withdraw`);
    await page.locator('input[name="applicationId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), o.app);
    await page.getByLabel("My circumstances have changed").check();
    await page.getByRole("button", { name: "Withdraw application" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("We could not find that application.");
    const [other] = await query<{ stage: string }>(`select stage from "Application" where id = $1`, [o.app]);
    expect(other.stage).not.toBe("WITHDRAWN");
  });

  test("another candidate's document is not found; the Connect2 team can open it; others cannot", async ({ page, browser }) => {
    // Someone else uploads a document.
    const other = await as(browser, null);
    await registerNewCandidate(other, "probe");
    await other.goto("/candidate/documents");
    await other.getByLabel("What is the document?").selectOption("QUALIFICATION");
    await other.getByLabel("Upload a file").setInputFiles({ name: "certificate.png", mimeType: "image/png", buffer: PNG });
    await other.getByRole("button", { name: "Upload document" }).click();
    await other.waitForURL(/\?uploaded=1/);
    const href = (await other.getByRole("link", { name: "certificate.png" }).getAttribute("href"))!;
    expect((await other.request.get(href)).status()).toBe(200);

    expect((await page.request.get(href)).status()).toBe(404); // Jordan
    const agency = await as(browser, "agency");
    const byTeam = await agency.request.get(href);
    expect(byTeam.status()).toBe(200);
    expect(byTeam.headers()["content-disposition"]).toMatch(/^attachment;/);
    const manager = await as(browser, "manager");
    expect((await manager.request.get(href)).status()).toBe(403);
    const dudley = await as(browser, "dudleyManager");
    expect((await dudley.request.get(href)).status()).toBe(403);
    const anonymous = await as(browser, null);
    const res = await anonymous.request.get(href, { maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toContain("/sign-in?callbackUrl=%2Fdocuments%2F");
    await Promise.all([other, agency, manager, dudley, anonymous].map((p) => p.context().close()));
  });

  test("my data downloads are the signed-in candidate's own, and refused to others", async ({ page, browser }) => {
    const data = await (await page.request.get("/candidate/my-data/json")).json();
    expect(data.account.email).toBe("jordan.smith@example.com");
    const agency = await as(browser, "agency");
    expect((await agency.request.get("/candidate/my-data/json")).status()).toBe(403);
    await agency.context().close();
  });
});
