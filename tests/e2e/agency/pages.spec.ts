import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/** Every page of the team console opens and passes axe; lists filter and export exactly what they show. */
test.describe("the Connect2 team's pages", () => {
  test.use({ storageState: storageStateFor("agency") });

  test("lists: requisitions, candidates, placements, requests, timesheets, campaigns, reports", async ({ page }) => {
    for (const [path, heading] of [
      ["/agency", "Requisitions to release and fill"],
      ["/agency/candidates", "Talent pool"],
      ["/agency/candidates/new", "Add a candidate"],
      ["/agency/candidates/duplicates", "Likely duplicate records"],
      ["/agency/placements", "Placements"],
      ["/agency/placements/requests", "Extensions and early ends"],
      ["/agency/timesheets", "Timesheets to chase"],
      ["/agency/campaigns", "Recruitment campaigns"],
      ["/agency/campaigns/new", "Create a recruitment campaign"],
      ["/agency/reports", "Team figures"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
      await expectAccessible(page);
    }
  });

  test("records: a requisition, its pipeline, an application, a candidate, a placement", async ({ page }) => {
    const [req] = await query<{ id: string; reference: string }>(`
      select r.id, r.reference from "Requisition" r join "Council" c on c.id = r."councilId"
      where c.slug = 'luton' and r.status = 'OPEN' and exists (select 1 from "Application" a where a."requisitionId" = r.id)
      order by r.reference limit 1`);
    await page.goto(`/agency/requisitions/${req.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(req.reference).first()).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/agency/requisitions/${req.id}/source`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Add candidates from the talent pool");
    await expectAccessible(page);
    await page.goto(`/agency/requisitions/${req.id}`);
    await page.locator("table").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/agency\/applications\//);
    await expectAccessible(page);

    const [pl] = await query<{ id: string; reference: string; candidateId: string }>(`
      select p.id, p.reference, p."candidateId" from "Placement" p join "Council" c on c.id = p."councilId"
      where c.slug = 'luton' and p.status = 'ACTIVE' order by p.reference limit 1`);
    await page.goto(`/agency/placements/${pl.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Agency Workers Regulations")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/agency/candidates/${pl.candidateId}`);
    await expect(page.getByRole("heading", { name: "Compliance" })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/agency/candidates/${pl.candidateId}/checks/new`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "DBS check" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Record a dbs check");
    await expectAccessible(page);
    await page.goto(`/agency/candidates/${pl.candidateId}/duplicates`);
    await expectAccessible(page);
  });

  test("forms for placement life: a change request, a conversion, an IR35 statement, the reports filtered", async ({ page }) => {
    const [cr] = await query<{ id: string; placementId: string }>(`
      select cr.id, cr."placementId" from "PlacementChangeRequest" cr join "Council" c on c.id = cr."councilId"
      where c.slug = 'luton' and cr.status = 'REQUESTED' order by cr.id limit 1`);
    if (cr) {
      await page.goto(`/agency/placements/${cr.placementId}`);
      await expect(page.getByRole("heading", { name: "Waiting for you" })).toBeVisible();
      await page.getByRole("link", { name: /Action or decline/ }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/Action the (extension|early end)\?/);
      await expectAccessible(page);
      // declining needs a reason: nothing is changed
      await page.getByLabel("Decline the request").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Give the reason for declining the request");
      await expect(page).toHaveTitle(/^Error: /);
      await expectAccessible(page);
    }
    const [pl] = await query<{ id: string }>(`
      select p.id from "Placement" p join "Council" c on c.id = p."councilId"
      where c.slug = 'luton' and p.status = 'ACTIVE' and not exists (select 1 from "Conversion" v where v."placementId" = p.id) order by p.reference desc limit 1`);
    await page.goto(`/agency/placements/${pl.id}/convert`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Record the conversion to a permanent post");
    await expect(page.locator("main")).toContainText("Fee-free date");
    await expectAccessible(page);
    const [app] = await query<{ id: string }>(`
      select a.id from "Application" a join "Council" c on c.id = a."councilId" where c.slug = 'luton' order by a.id limit 1`);
    await page.goto(`/agency/applications/${app.id}/ir35`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("IR35 status determination");
    await expectAccessible(page);
    await page.goto("/agency/reports?period=year&fy=2026");
    await expect(page.getByRole("table", { name: "Headline figures" })).toContainText("Fill rate");
    await expectAccessible(page);
    const csv = await page.request.get("/agency/reports/export?period=year&fy=2026");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Time to first shortlist (median)");
  });

  test("the inbox filters by flag and the CSV export holds exactly the filtered rows", async ({ page }) => {
    await page.goto("/agency?flag=NO_SHORTLIST");
    await expectAccessible(page);
    const rows = page.locator("table tbody tr");
    const shown = await rows.count();
    const refs = (await page.locator("table tbody th a").allTextContents()).map((t) => t.trim());
    const res = await page.request.get("/agency/export?flag=NO_SHORTLIST");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toContain("Reference");
    const flagged = refs.length ? shown : 0;
    expect(lines.length - 1).toBe(flagged);
    for (const ref of refs) expect(lines.some((l) => l.startsWith(ref))).toBe(true);
    for (const l of lines.slice(1)) expect(l).toContain("No shortlist after 5 working days");
  });

  test("another council's records are not found by id", async ({ page }) => {
    const [dud] = await query<{ req: string; cand: string; pl: string | null }>(`
      select (select r.id from "Requisition" r where r."councilId" = c.id order by r.reference limit 1) as req,
             (select p.id from "CandidateProfile" p where p."councilId" = c.id order by p.id limit 1) as cand,
             (select p.id from "Placement" p where p."councilId" = c.id order by p.id limit 1) as pl
      from "Council" c where c.slug = 'dudley'`);
    for (const path of [`/agency/requisitions/${dud.req}`, `/agency/candidates/${dud.cand}`, ...(dud.pl ? [`/agency/placements/${dud.pl}`] : [])]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    const csv = await page.request.get(`/agency/requisitions/${dud.req}/export`);
    expect(csv.status()).toBe(404);
  });
});

test.describe("settings", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an administrator sees every settings page", async ({ page }) => {
    for (const [path, heading] of [
      ["/agency/admin", "Settings"],
      ["/agency/admin/users", "Users"],
      ["/agency/admin/users/new", "Add a user"],
      ["/agency/admin/services", "Services, cost centres and budgets"],
      ["/agency/admin/services/new", "Add a service"],
      ["/agency/admin/services/cost-centre", "Add a cost centre"],
      ["/agency/admin/services/budget", "Set a cost centre"],
      ["/agency/admin/rate-cards", "Rate cards"],
      ["/agency/admin/rate-cards/new", "Add rates"],
      ["/agency/admin/threshold", "Approval threshold"],
      ["/agency/admin/local-area", "Who counts as a local resident"],
      ["/agency/admin/postcodes", "Import a postcode lookup"],
      [`/agency/admin/users/${(await query<{ id: string }>(`select id from "User" where email = 'sarah.khan@luton.example'`))[0].id}`, "Change Sarah Khan"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
      await expectAccessible(page);
    }
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
  });
});

test.describe("other roles", () => {
  test.use({ storageState: storageStateFor("agency") });

  test("the Connect2 team cannot open the settings", async ({ page }) => {
    const res = await page.goto("/agency/admin/users");
    expect(res?.status()).toBe(403);
    await page.goto("/agency");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  });
});

test.describe("hiring managers", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("cannot open the team console", async ({ page }) => {
    const res = await page.goto("/agency/candidates");
    expect(res?.status()).toBe(403);
    const csv = await page.request.get("/agency/candidates/export");
    expect(csv.status()).toBe(403);
  });
});
