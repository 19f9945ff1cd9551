import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, signIn, storageStateFor } from "../support";
import { query } from "../db";

/** This week's Monday, as the server sees it (UTC calendar). */
function thisMonday() {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - ((new Date(today).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

async function jordansPlacement() {
  const [p] = await query<{ id: string; jobTitle: string }>(
    `select p.id, r."jobTitle" from "Placement" p join "CandidateProfile" c on c.id = p."candidateId" join "Requisition" r on r.id = p."requisitionId"
     where c.email = 'jordan.smith@example.com' and p.status = 'ACTIVE' limit 1`,
  );
  expect(p, "Jordan Smith has an active placement in the demo data").toBeTruthy();
  return p;
}

test.describe("a placed worker sends this week's timesheet with JavaScript off", () => {
  test.use({ storageState: storageStateFor("candidate"), javaScriptEnabled: false });

  test("refuses a week outside the placement and over 24 hours, sends the week, then refuses it twice", async ({ page }) => {
    const placement = await jordansPlacement();
    const monday = thisMonday();

    await page.goto("/candidate/placements");
    await page.getByRole("link", { name: placement.jobTitle }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(placement.jobTitle);
    await page.getByRole("link", { name: `Enter hours for the week beginning ${longDate(monday)}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`week beginning ${longDate(monday)}`);

    // More than 24 hours in a day.
    await page.getByLabel(/^Monday/).fill("25");
    await page.getByRole("button", { name: "Send timesheet" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator("#mon-error")).toContainText("Hours for Monday must be 24 or fewer");
    await expect(page.getByRole("link", { name: "Hours for Monday must be 24 or fewer" })).toHaveAttribute("href", "#mon");
    await expect(page.getByLabel(/^Monday/)).toHaveValue("25");

    await page.getByLabel(/^Monday/).fill("7.5");
    await page.getByRole("button", { name: "Send timesheet" }).click();
    await page.waitForURL(/\/candidate\/timesheets\/[^/]+\?sent=1$/);
    await expect(page.getByText("Timesheet sent.")).toBeVisible();
    await expect(page.locator("main")).toContainText("Sent for approval");
    await expect(page.locator("main")).toContainText("7.5 hours");

    // The same week again is refused: the week shows as sent, and the form says so.
    await page.goto(`/candidate/placements/${placement.id}`);
    await expect(page.getByRole("link", { name: `Enter hours for the week beginning ${longDate(monday)}` })).toHaveCount(0);
    await page.goto(`/candidate/timesheets/new?placement=${placement.id}&week=${monday}`);
    await expect(page.getByText("You have already sent a timesheet for this week.")).toBeVisible();

    // A week long before the placement: every day is closed and sending is refused.
    await page.goto(`/candidate/timesheets/new?placement=${placement.id}&week=2020-01-06`);
    await expect(page.getByLabel(/^Monday/)).toBeDisabled();
    await page.getByRole("button", { name: "Send timesheet" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("is outside your placement");
  });
});

/** A Luton worker whose newest timesheet the manager queried (demo data has two). */
async function queriedWorker() {
  const rows = await query<{ email: string; id: string; weekStart: string; comment: string }>(
    `select u.email, t.id, to_char(t."weekStart", 'YYYY-MM-DD') as "weekStart", t."queryComment" as comment
     from "Timesheet" t join "Placement" p on p.id = t."placementId" join "CandidateProfile" c on c.id = p."candidateId"
     join "User" u on u.id = c."userId" join "Council" k on k.id = t."councilId"
     where k.slug = 'luton' and t.status = 'QUERIED' and u.active order by t.id desc limit 1`,
  );
  expect(rows, "the demo data has queried Luton timesheets").toHaveLength(1);
  expect(rows[0].comment, "a query always carries the manager's comment").toBeTruthy();
  return rows[0];
}

async function signInAs(page: Page, email: string) {
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL("**/candidate");
}

test.describe("answering a query", () => {
  test("the worker sees the manager's query, corrects the hours and sends it again; both comments are kept", async ({ page }) => {
    const q = await queriedWorker();
    await signInAs(page, q.email);
    await expect(page.getByText("A timesheet needs your answer")).toBeVisible();
    await page.getByRole("link", { name: new RegExp(`week beginning ${longDate(q.weekStart)}`) }).click();
    await expect(page.locator("main")).toContainText("Queried: needs your answer");
    await expect(page.locator("main")).toContainText(q.comment);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send timesheet again" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Answer the query");
    await expectAccessible(page);

    await page.getByLabel(/^Tuesday/).fill("6");
    await page.getByLabel("Your answer to the query").fill("Tuesday was a short shift: corrected to 6 hours.");
    await page.getByRole("button", { name: "Send timesheet again" }).click();
    await page.waitForURL(/\?resent=1$/);
    await expect(page.locator("main")).toContainText("Sent for approval");
    await expect(page.locator("main")).toContainText("Tuesday was a short shift: corrected to 6 hours.");
    await expect(page.locator("main")).toContainText(q.comment);
    const [stored] = await query<{ status: string; queryResponse: string; tue: string }>(
      `select t.status, t."queryResponse", (select l.hours::text from "TimesheetLine" l where l."timesheetId" = t.id and l."workDate" = t."weekStart" + 1) as tue
       from "Timesheet" t where t.id = $1`,
      [q.id],
    );
    expect(stored).toMatchObject({ status: "SUBMITTED", queryResponse: "Tuesday was a short shift: corrected to 6 hours." });
    expect(Number(stored.tue)).toBe(6);
    await expectAccessible(page);
  });
});
