import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { addCandidate, expectDone, expectErrors, fillDate, isoPlusDays, makeCompliant, pageAs, recordCheck, unique } from "./helpers";

/**
 * The team's day, end to end on the demo data's approved Adult Social Care support-worker requisition:
 * release → source and shortlist → the hiring manager accepts → the placement is confirmed; then a second
 * candidate blocked by an expired right to work and placed once it is renewed; then a campaign with its funnel.
 * Serial: each step builds on the one before.
 */
test.describe.configure({ mode: "serial" });
test.use({ storageState: storageStateFor("agency") });

const run = unique();
let req: { id: string; reference: string; jobTitle: string; payMin: number; payMax: number; charge: number };
const first = { first: "Ava", last: `Journey${run}`, email: `ava.${run}@example.com`, postcode: "LU1 3AA" };
const second = { first: "Bea", last: `Blocked${run}`, email: `bea.${run}@example.com`, postcode: "LU3 2AA" };

/** From the requisition's pipeline: add a candidate from the talent pool and move them to shortlisted. */
async function sourceAndShortlist(page: Page, c: typeof first) {
  await page.goto(`/agency/requisitions/${req.id}`);
  await page.getByRole("link", { name: "Add candidates from the talent pool" }).click();
  await page.getByLabel("Name, email, phone or postcode").fill(c.email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("table tbody tr")).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Add ${c.first} ${c.last}` }).click();
  await expectDone(page, "added to the pipeline");
  const row = page.locator("table tbody tr").filter({ hasText: `${c.first} ${c.last}` });
  await expect(row).toContainText("Screened");
  await row.getByRole("button", { name: "Shortlist to the manager" }).click();
  await expectDone(page, "the hiring manager has been told");
  await expect(page.locator("table tbody tr").filter({ hasText: `${c.first} ${c.last}` })).toContainText("Shortlisted");
}

test("release an approved requisition to the job board", async ({ page }) => {
  [req] = await query<typeof req>(`
    select r.id, r.reference, r."jobTitle", r."payRateMinPence" as "payMin", r."payRateMaxPence" as "payMax", r."chargeRatePence" as charge from "Requisition" r
    join "Service" s on s.id = r."serviceId" join "Council" c on c.id = r."councilId"
    where c.slug = 'luton' and r.status = 'APPROVED' and s.name = 'Adult Social Care' and r."roleCategory" = 'SOCIAL_CARE' and r."registrationRequired" is null
    order by r.headcount desc, r.reference limit 1`);
  expect(req, "an approved Adult Social Care requisition in the demo data").toBeTruthy();

  await page.goto("/agency");
  await expectAccessible(page);
  const row = page.locator("table tbody tr").filter({ hasText: req.reference });
  await expect(row).toContainText("Approved");
  await row.getByRole("link", { name: `Release ${req.reference}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Release");
  await expectAccessible(page);

  // a closing date in the past is refused, with the GOV.UK error pattern
  await page.getByLabel("Advert text").fill(`Join our reablement and home care team in Luton (${run}). Full training given.`);
  await fillDate(page, "Closing date", isoPlusDays(-3));
  await page.getByRole("button", { name: "Release to the job board" }).click();
  await expectErrors(page, ["Closing date must be today or in the future"]);
  await expectAccessible(page);
  await fillDate(page, "Closing date", isoPlusDays(14));
  await page.getByRole("button", { name: "Release to the job board" }).click();
  await expectDone(page, "The requisition is open");
  await expect(page.getByText("Open", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);

  // it is on the public job board
  await page.goto(`/jobs/${req.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(req.jobTitle);
  await expect(page.locator("main")).toContainText(`(${run})`);
  await expectAccessible(page);
  const [stored] = await query<{ status: string; opened: boolean }>(`select status, "openedAt" is not null as opened from "Requisition" where id = $1`, [req.id]);
  expect(stored).toEqual({ status: "OPEN", opened: true });
});

test("source a compliant candidate and shortlist them; the manager accepts; the placement is confirmed", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await addCandidate(page, first);
  await expectAccessible(page);
  await makeCompliant(page, { route: "British or Irish citizen" });
  await expect(page.getByText("Valid today")).toBeVisible();
  await expectAccessible(page);
  await sourceAndShortlist(page, first);
  await expectAccessible(page);

  // the hiring manager was told and accepts the candidate
  const manager = await pageAs(browser, "manager");
  await manager.goto(`/manager/requisitions/${req.id}/shortlist`);
  await expectAccessible(manager);
  const card = manager.getByRole("region", { name: `${first.first} ${first.last}` });
  await card.getByLabel("Accept", { exact: true }).check();
  await card.getByRole("button", { name: "Confirm decision" }).click();
  await expect(manager.getByRole("alert").filter({ hasText: "Candidate accepted" })).toBeVisible();
  await manager.context().close();

  // back in the team console: make the placement
  await page.goto(`/agency/requisitions/${req.id}`);
  const row = page.locator("table tbody tr").filter({ hasText: `${first.first} ${first.last}` });
  await expect(row).toContainText("Offered");
  await expect(row).toContainText("Accepted");
  await row.getByRole("link", { name: /Make the placement/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Make the placement: ${first.first} ${first.last}`);
  await expect(page.getByText("Every check the role needs has passed.")).toBeVisible();
  await expect(page.getByText("Margin at these rates")).toBeVisible();
  await expectAccessible(page);
  // rates outside what the budget holder approved are refused beside the field
  const pounds = (p: number) => (p / 100).toFixed(2);
  await page.getByLabel("Pay rate an hour").fill(pounds(req.payMax + 1));
  await page.getByRole("button", { name: "Confirm the placement" }).click();
  await expectErrors(page, [`Pay rate must be between £${pounds(req.payMin)} and £${pounds(req.payMax)} an hour, the range the requisition was approved at`]);
  await expectAccessible(page);
  const pay = req.payMin + Math.floor((req.payMax - req.payMin) / 2);
  const charge = req.charge - 25;
  await page.getByLabel("Pay rate an hour").fill(pounds(pay));
  await page.getByLabel("Charge rate an hour").fill(pounds(charge));
  await page.getByRole("button", { name: "Confirm the placement" }).click();
  await expectDone(page, "The placement is confirmed");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${first.first} ${first.last}`);
  await expect(page.locator("main")).toContainText("Starting");
  await expect(page.locator("main")).toContainText(`£${pounds(pay)} an hour`);
  await expect(page.locator("main")).toContainText("Fee-free date");
  await expectAccessible(page);

  const [pl] = await query<{ status: string; pay: number; charge: number; local: boolean; app: string }>(`
    select p.status, p."payRatePence" as pay, p."chargeRatePence" as charge, p."isLocalAtPlacement" as local, a.stage as app
    from "Placement" p join "Application" a on a.id = p."applicationId" join "CandidateProfile" c on c.id = p."candidateId"
    where c.email = $1`, [first.email]);
  expect(pl).toEqual({ status: "PENDING_START", pay, charge, local: true, app: "PLACED" });
  const [audit] = await query<{ n: string }>(`select count(*)::text as n from "AuditEvent" e join "Placement" p on p.id = e."entityId" join "CandidateProfile" c on c.id = p."candidateId" where c.email = $1 and e.action = 'placement.confirm'`, [first.email]);
  expect(audit.n).toBe("1");
});

test("a placement is blocked by an expired right to work, and allowed once it is renewed", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await addCandidate(page, second);
  // permission that ends before the requisition's start date
  await makeCompliant(page, { route: "A visa or permission with an end date", expires: isoPlusDays(2) });
  await sourceAndShortlist(page, second);
  // the team cannot offer on its own say-so: only the hiring manager's acceptance makes the offer
  await page.locator("table tbody tr").filter({ hasText: `${second.first} ${second.last}` }).getByRole("link", { name: `${second.first} ${second.last}` }).click();
  await expectAccessible(page);
  await expect(page.getByText("Waiting for the hiring manager’s decision.")).toBeVisible();
  await expect(page.getByLabel("Offered")).toHaveCount(0);
  const manager = await pageAs(browser, "manager");
  await manager.goto(`/manager/requisitions/${req.id}/shortlist`);
  const card = manager.getByRole("region", { name: `${second.first} ${second.last}` });
  await card.getByLabel("Accept", { exact: true }).check();
  await card.getByRole("button", { name: "Confirm decision" }).click();
  await expect(manager.getByRole("alert").filter({ hasText: "Candidate accepted" })).toBeVisible();
  await manager.context().close();
  await page.reload();
  await page.getByRole("link", { name: "Make the placement" }).first().click();

  const blocks = page.getByRole("list", { name: "Checks that block the placement" });
  await expect(blocks).toContainText(/Right to work: Right to work expired on .*, before the start date/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm the placement" }).click();
  await expectErrors(page, [/The placement cannot be confirmed: Right to work: Right to work expired on .*, before the start date/]);
  await expectAccessible(page);
  const [none] = await query<{ n: string }>(`select count(*)::text as n from "Placement" p join "CandidateProfile" c on c.id = p."candidateId" where c.email = $1`, [second.email]);
  expect(none.n).toBe("0");

  // the team records the renewed permission; the old check is kept as history
  const [cand] = await query<{ id: string }>(`select id from "CandidateProfile" where email = $1`, [second.email]);
  await page.goto(`/agency/candidates/${cand.id}`);
  await recordCheck(page, "Right to work", async (p) => {
    await p.getByLabel("A visa or permission with an end date").check();
    await p.getByLabel("Passed").check();
    await fillDate(p, /Permission ends/, isoPlusDays(700));
  });
  await expect(page.getByRole("table", { name: "Earlier checks (replaced)" })).toContainText("Right to work");
  await expectAccessible(page);

  const [app] = await query<{ id: string }>(`select a.id from "Application" a where a."candidateId" = $1 and a."requisitionId" = $2`, [cand.id, req.id]);
  await page.goto(`/agency/applications/${app.id}/place`);
  await expect(page.getByText("Every check the role needs has passed.")).toBeVisible();
  await page.getByRole("button", { name: "Confirm the placement" }).click();
  await expectDone(page, "The placement is confirmed");
  await expectAccessible(page);
});

test("a campaign groups requisitions and shows its funnel", async ({ page }) => {
  await page.goto("/agency/campaigns/new");
  await page.getByLabel("Campaign name").fill(`Neighbourhood Services recruitment ${run}`);
  await page.getByLabel("What it is for (optional)").fill("Refuse, street cleansing and parks crews for the spring.");
  await page.getByRole("button", { name: "Create the campaign" }).click();
  await expectDone(page, "The campaign has been created");
  await expectAccessible(page);
  await page.getByLabel("Requisition", { exact: true }).selectOption({ value: req.id });
  await page.getByRole("button", { name: "Add to the campaign" }).click();
  await expectDone(page, "The requisition has been added");
  await expect(page.getByRole("table", { name: "Requisitions in this campaign" })).toContainText(req.reference);

  const [counts] = await query<{ apps: number; shortlisted: number; placed: number }>(`
    select (select count(*) from "Application" a where a."requisitionId" = $1)::int as apps,
           (select count(*) from "Application" a where a."requisitionId" = $1 and a."shortlistedAt" is not null)::int as shortlisted,
           (select count(*) from "Placement" p where p."requisitionId" = $1)::int as placed`, [req.id]);
  expect(counts.placed).toBe(2);
  expect(counts.shortlisted).toBeGreaterThanOrEqual(2);
  const funnel = page.getByRole("list", { name: "Campaign funnel" });
  await expect(funnel.getByTestId("funnel-applications")).toHaveText(String(counts.apps));
  await expect(funnel.getByTestId("funnel-shortlisted")).toHaveText(String(counts.shortlisted));
  await expect(funnel.getByTestId("funnel-placed")).toHaveText("2");
  await expect(page.getByRole("table", { name: /Social value/ })).toContainText("Local residents");
  await expectAccessible(page);

  await page.goto("/agency/campaigns");
  await expect(page.locator("table tbody tr").filter({ hasText: `Neighbourhood Services recruitment ${run}` })).toContainText("2");
  await expectAccessible(page);
});
