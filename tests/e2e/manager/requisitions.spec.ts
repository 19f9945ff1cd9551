import { expect, test, type Page } from "@playwright/test";
import { ACCOUNT, expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectErrors, fillDate, isoPlusDays, pageSignedInAs } from "./helpers";

/**
 * Journeys 1 and 2: raise → submit → approve, with a second approval above the £25,000 threshold, and a
 * declined requisition amended and resubmitted. Each test creates its own requisition through the UI.
 */
test.describe.configure({ mode: "serial" });

const FINANCE = "rukhsana.akhtar@luton.example"; // second approver for Adult Social Care (finance)

async function raise(page: Page, opts: { title: string; headcount: string; weeks: number; submit: boolean }) {
  await page.goto("/manager/requisitions/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise a requisition");
  await expectAccessible(page);
  await page.getByLabel("Job title").fill(opts.title);
  await page.getByLabel("Cost centre").selectOption({ index: 1 });
  await page.getByLabel("Role category").selectOption({ label: "Social care" });
  await page.getByLabel("Grade").selectOption("Band 3");
  await page.getByLabel("Sickness or maternity cover").check();
  await page.getByLabel("How many people do you need?").fill(opts.headcount);
  await page.getByLabel("Hours a week, for each person").fill("37.5");
  const start = isoPlusDays(21);
  await fillDate(page, "Start date", start);
  await fillDate(page, "Expected end date", new Date(new Date(`${start}T00:00:00Z`).getTime() + (opts.weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Pay rate offered, per hour").fill("13.80");
  await page.getByLabel("Enhanced DBS check with barred list").check();
  await page.getByRole("group", { name: "Is a limited-company contractor acceptable?" }).getByLabel("No").check();
  await page.getByLabel("Duties").fill("Personal care, medication support and reablement visits across Luton.");
  if (opts.submit) await page.getByRole("button", { name: "Submit for approval" }).click();
}

test.describe("raising a requisition", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("errors appear in a summary and beside each field, and nothing typed is lost", async ({ page }) => {
    await page.goto("/manager/requisitions/new");
    await page.getByLabel("Job title").fill("Night Carer");
    await page.getByLabel("Pay rate offered, per hour").fill("25.00"); // above the Band 3 rate card
    await page.getByLabel("Role category").selectOption({ label: "Social care" });
    await page.getByLabel("Grade").selectOption("Band 3");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expectErrors(page, ["Choose the cost centre", "Choose the reason you need temporary staff", "Enter the start date", "Describe the duties"]);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator("#duties-error")).toContainText("Describe the duties");
    await expect(page.getByLabel("Job title")).toHaveValue("Night Carer");
    await expect(page.getByLabel("Pay rate offered, per hour")).toHaveValue("25.00");
    await expectAccessible(page);
    // fill the rest: now the rate card check speaks, beside the pay field
    await page.getByLabel("Cost centre").selectOption({ index: 1 });
    await page.getByLabel("Peak demand").check();
    await fillDate(page, "Start date", isoPlusDays(14));
    await fillDate(page, "Expected end date", isoPlusDays(60));
    await page.getByLabel("No DBS check needed").check();
    await page.getByRole("group", { name: "Is a limited-company contractor acceptable?" }).getByLabel("No").check();
    await page.getByLabel("Duties").fill("Night shifts.");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expectErrors(page, [/Pay rate must be within the rate card for this role and grade: £12\.60 to £13\.80 an hour/]);
    await expect(page.locator("#payRate-error")).toBeVisible();
    await expect(page.getByLabel("Duties")).toHaveValue("Night shifts.");
    await expect(page.getByRole("group", { name: "Start date" }).getByLabel("Year")).toHaveValue(isoPlusDays(14).slice(0, 4));
  });

  test("above the threshold: raise, see the estimate, submit; budget holder then finance approve; the raiser sees each step", async ({ page, browser }) => {
    const title = `Reablement Worker ${Date.now().toString(36)}`;
    await raise(page, { title, headcount: "2", weeks: 26, submit: false });
    // charge rate for £13.80 (top of the band) is £17.94; 26 weeks × 37.5 h × 2 = £34,983.00
    const estimate = page.getByTestId("estimate");
    await expect(estimate).toContainText("£34,983.00");
    await expect(estimate).toContainText("needs a second approval");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Requisition submitted for approval" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    await expect(page.getByText("Awaiting approval").first()).toBeVisible();
    await expect(page.getByText("You raised this requisition, so someone else must approve it")).toBeVisible();
    await expectAccessible(page);
    const requisitionUrl = page.url().split("?")[0];

    // David Okafor, budget holder: first approval
    const david = await pageSignedInAs(browser, ACCOUNT.secondApprover.email);
    await david.goto("/manager/approvals");
    await expectAccessible(david);
    await david.getByRole("row").filter({ hasText: title }).getByRole("link").first().click();
    await expect(david.getByRole("heading", { level: 1 })).toContainText(title);
    await expectAccessible(david);
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await expectErrors(david, ["Choose whether to approve or decline"]);
    await david.getByLabel("Approve", { exact: true }).check();
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await expect(david.getByRole("alert", { name: "Success" })).toContainText("has its first approval");
    // David cannot also make the second approval
    await expect(david.getByRole("row").filter({ hasText: title })).toHaveCount(0);
    await david.context().close();

    // Finance makes the second approval
    const finance = await pageSignedInAs(browser, FINANCE);
    await finance.goto("/manager/approvals");
    const row = finance.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("Second approval");
    await row.getByRole("link").first().click();
    await finance.getByLabel("Approve", { exact: true }).check();
    await finance.getByRole("button", { name: "Confirm decision" }).click();
    await expect(finance.getByRole("alert", { name: "Success" })).toContainText("approved. Connect2 has been told");
    await finance.context().close();

    // The raiser sees both steps, who took them and when
    await page.goto(requisitionUrl);
    const steps = page.getByRole("list", { name: "Approval steps" });
    await expect(steps).toContainText("Approved by David Okafor");
    await expect(steps).toContainText("Approved by Rukhsana Akhtar");
    await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("declined with a reason, amended and resubmitted: history is kept", async ({ page, browser }) => {
    const title = `Care Assistant ${Date.now().toString(36)}`;
    await raise(page, { title, headcount: "1", weeks: 8, submit: true });
    await expect(page.getByRole("alert").filter({ hasText: "submitted for approval" })).toBeVisible();
    const url = page.url().split("?")[0];
    const id = url.split("/").pop()!;

    const david = await pageSignedInAs(browser, ACCOUNT.secondApprover.email);
    await david.goto(`/manager/approvals/${id}`);
    await david.getByLabel("Decline", { exact: true }).check();
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await expectErrors(david, ["Give a reason for declining"]);
    await david.getByLabel("Decline", { exact: true }).check();
    await david.getByLabel("Reason", { exact: true }).fill("Use the reablement bank first");
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await expect(david.getByRole("alert", { name: "Success" })).toContainText("declined");

    await page.goto(url);
    await expect(page.getByRole("list", { name: "Approval steps" })).toContainText("Use the reablement bank first");
    await page.getByRole("link", { name: "Amend and resubmit" }).click();
    await expectAccessible(page);
    await expect(page.getByLabel("Job title")).toHaveValue(title);
    await page.getByLabel("Hours a week, for each person").fill("30");
    await page.getByRole("button", { name: "Resubmit for approval" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "submitted for approval" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Earlier decisions" })).toContainText("Use the reablement bank first");

    await david.goto(`/manager/approvals/${id}`);
    await david.getByLabel("Approve", { exact: true }).check();
    await david.getByRole("button", { name: "Confirm decision" }).click();
    await expect(david.getByRole("alert", { name: "Success" })).toContainText("approved");
    await david.context().close();

    await page.goto(url);
    const history = page.getByRole("table", { name: "History" });
    await expect(history.getByRole("row")).toHaveCount(6); // header + draft, submitted, declined, submitted, approved
    const [row] = await query<{ status: string; submissionCount: number }>(`select status::text, "submissionCount" from "Requisition" where id = $1`, [id]);
    expect(row).toEqual({ status: "APPROVED", submissionCount: 2 });
  });
});
