import { expect, test, type Page } from "@playwright/test";
import { ACCOUNT, expectAccessible, storageStateFor } from "../support";
import { expectErrors, fillDate, isoPlusDays, pageSignedInAs } from "./helpers";

/**
 * A hiring manager cancels a requisition they no longer need: from its page, a reason and a confirmation (errors in
 * a summary and beside each field), then the status and the reason on the requisition page and in its history —
 * and the Connect2 team sees the same. The test raises its own requisition through the UI.
 */
test.use({ storageState: storageStateFor("manager") });

async function raiseAndSubmit(page: Page, title: string) {
  await page.goto("/manager/requisitions/new");
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Cost centre").selectOption({ index: 1 });
  await page.getByLabel("Role category").selectOption({ label: "Social care" });
  await page.getByLabel("Grade").selectOption("Band 3");
  await page.getByLabel("Peak demand").check();
  await page.getByLabel("How many people do you need?").fill("1");
  await page.getByLabel("Hours a week, for each person").fill("30");
  await fillDate(page, "Start date", isoPlusDays(28));
  await fillDate(page, "Expected end date", isoPlusDays(28 + 55));
  await page.getByLabel("Pay rate offered, per hour").fill("13.00");
  await page.getByLabel("No DBS check needed").check();
  await page.getByRole("group", { name: "Is a limited-company contractor acceptable?" }).getByLabel("No").check();
  await page.getByLabel("Duties").fill("Covering the winter peak in the day centre.");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Requisition submitted for approval" })).toBeVisible();
  return page.url().split("?")[0];
}

test("a manager cancels a submitted requisition with a reason; the status and reason show on its page, its history and to Connect2", async ({ page, browser }) => {
  const title = `Day Centre Worker ${Date.now().toString(36)}`;
  const reason = "The day centre is merging with Hockwell Ring, so the cover is no longer needed";
  const url = await raiseAndSubmit(page, title);
  const id = url.split("/").pop()!;

  await page.getByRole("link", { name: "Cancel requisition" }).click();
  await expect(page).toHaveURL(new RegExp(`/manager/requisitions/${id}/cancel$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Cancel ${title}`);
  await expect(page.getByText("closes every open application, and tells the candidates")).toBeVisible();
  await expectAccessible(page);

  // nothing given: both errors, in the summary and beside each field
  await page.getByRole("button", { name: "Cancel the requisition" }).click();
  await expectErrors(page, ["Enter why you are cancelling the requisition", "Confirm that you want to cancel this requisition"]);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator("#reason-error")).toContainText("Enter why you are cancelling the requisition");
  await expect(page.locator("#confirm-error")).toContainText("Confirm that you want to cancel this requisition");
  await expectAccessible(page);

  // too long a reason: kept as typed, with its own message
  await page.getByLabel("Why are you cancelling this requisition?").fill("x".repeat(501));
  await page.getByLabel("Yes, cancel this requisition").check();
  await page.getByRole("button", { name: "Cancel the requisition" }).click();
  await expectErrors(page, ["Reason must be 500 characters or fewer"]);
  await expect(page.getByLabel("Why are you cancelling this requisition?")).toHaveValue("x".repeat(501));
  await expect(page.getByLabel("Yes, cancel this requisition")).toBeChecked();

  await page.getByLabel("Why are you cancelling this requisition?").fill(reason);
  await page.getByRole("button", { name: "Cancel the requisition" }).click();

  // back on the requisition: confirmation, status, who and why, and the history row
  await expect(page).toHaveURL(new RegExp(`/manager/requisitions/${id}\\?done=cancelled$`));
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Requisition cancelled");
  await expect(page.getByText("Cancelled by Sarah Khan on")).toBeVisible();
  await expect(page.getByText(`Reason: ${reason}`)).toBeVisible();
  const history = page.getByRole("table", { name: "History" });
  const row = history.getByRole("row").filter({ hasText: `Cancelled: ${reason}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Sarah Khan");
  await expect(page.getByRole("link", { name: "Cancel requisition" })).toHaveCount(0);
  await expectAccessible(page);

  // a second try is refused with a clear message
  await page.goto(`${url}/cancel`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("cannot be cancelled");
  await expect(page.getByText("has already been cancelled")).toBeVisible();
  await expectAccessible(page);

  // the Connect2 team sees the status and reason on its requisition page
  const team = await pageSignedInAs(browser, ACCOUNT.agency.email);
  await team.goto(`/agency/requisitions/${id}`);
  await expect(team.getByText("Cancelled by Sarah Khan on")).toBeVisible();
  await expect(team.getByText(`Reason: ${reason}`)).toBeVisible();
  await expect(team.getByRole("link", { name: "Cancel requisition" })).toHaveCount(0);
  await expectAccessible(team);
  await team.context().close();
});
