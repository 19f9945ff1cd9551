import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { fillRegistration, freshEmail, liveVacancy } from "./helpers";

test.describe("a visitor finds a job, registers, applies and follows the application", () => {
  test("from the job board to My applications, then withdraws", async ({ page }) => {
    const job = await liveVacancy(0);
    // Find it on the board with a filter and the search box.
    await page.goto("/jobs");
    await page.getByLabel("Search vacancies").fill(job.jobTitle);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=/);
    await expectAccessible(page);
    await page.locator("main ul li h2 a", { hasText: job.jobTitle }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(job.jobTitle);
    await expectAccessible(page);

    // Not signed in: apply → sign in, with a way to register that keeps the way back.
    await page.getByRole("link", { name: "Apply for this job" }).click();
    await page.waitForURL("**/sign-in?**");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`/jobs/${job.id}/apply`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Create a candidate account" }).click();
    await page.waitForURL("**/register?**");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`/jobs/${job.id}/apply`);
    const email = freshEmail("apply");
    await fillRegistration(page, email);

    // Back on the same vacancy's application form.
    await page.waitForURL(`**/jobs/${job.id}/apply`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(job.jobTitle);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Confirm that you can work the hours");
    await expectAccessible(page);
    await page.getByLabel("Why would you like this job?").fill("I cared for my grandmother for two years.");
    await page.getByLabel(/^I can work/).check();
    await page.getByRole("button", { name: "Send application" }).click();

    // The application, with its dated timeline.
    await page.waitForURL(/\/candidate\/applications\/[^/]+\?applied=1$/);
    await expect(page.getByText("Application sent")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(job.jobTitle);
    await expect(page.locator("main ol li").first()).toContainText("Applied");
    await expect(page.locator("main ol li time").first()).toHaveText(/\d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
    await expectAccessible(page);
    const applicationUrl = page.url().split("?")[0];

    // It is listed in My applications.
    await page.goto("/candidate");
    const row = page.locator("main tbody tr", { hasText: job.jobTitle });
    await expect(row).toContainText("Applied");
    await expectAccessible(page);

    // Applying twice is refused politely.
    await page.goto(`/jobs/${job.id}`);
    await expect(page.getByText("You applied for this job on")).toBeVisible();
    await page.goto(`/jobs/${job.id}/apply`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("You have already applied for this job");
    await expectAccessible(page);

    // Withdraw it with a reason.
    await page.goto(applicationUrl);
    await page.getByRole("link", { name: "withdraw this application" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Withdraw application" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Select why you are withdrawing");
    await page.getByLabel("I have found other work").check();
    await page.getByRole("button", { name: "Withdraw application" }).click();
    await page.waitForURL(/\?withdrawn=1$/);
    await expect(page.locator("main")).toContainText("You withdrew this application.");
    await expect(page.locator("main ol li").last()).toContainText("Withdrawn");
    await expect(page.locator("main ol li").last()).toContainText("I have found other work");
    await expectAccessible(page);
    const [stored] = await query<{ stage: string; closedReason: string }>(
      `select a.stage, a."closedReason" from "Application" a join "CandidateProfile" p on p.id = a."candidateId" where p.email = $1`,
      [email],
    );
    expect(stored).toEqual({ stage: "WITHDRAWN", closedReason: "I have found other work" });
  });

  test("a signed-in visitor who is not a candidate cannot apply", async ({ browser }) => {
    const job = await liveVacancy(0);
    const context = await browser.newContext({ storageState: storageStateFor("agency") });
    const page = await context.newPage();
    const res = await page.goto(`/jobs/${job.id}/apply`);
    expect(res?.status()).toBe(403);
    await context.close();
  });
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("registering through a vacancy and applying work as plain forms", async ({ page }) => {
    const job = await liveVacancy(1);
    await page.goto(`/jobs/${job.id}`);
    await page.getByRole("link", { name: "Apply for this job" }).click();
    await page.waitForURL("**/sign-in?**");
    await page.getByRole("link", { name: "Create a candidate account" }).click();
    await page.waitForURL("**/register?**");
    await fillRegistration(page, freshEmail("nojs"), "Tomasz", "Nowak");
    await page.waitForURL(`**/jobs/${job.id}/apply`);

    // A validation error comes back as a page with the summary and the note kept.
    await page.getByLabel("Why would you like this job?").fill("I have worked in a kitchen for five years.");
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator("#availabilityConfirmed-error")).toContainText("Confirm that you can work");
    await expect(page.getByLabel("Why would you like this job?")).toHaveValue("I have worked in a kitchen for five years.");

    await page.getByLabel(/^I can work/).check();
    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL(/\/candidate\/applications\/[^/]+\?applied=1$/);
    await expect(page.getByText("Application sent")).toBeVisible();
    await expect(page.locator("main")).toContainText("I have worked in a kitchen for five years.");

    // The same vacancy again: the form is replaced by a polite refusal.
    await page.goto(`/jobs/${job.id}`);
    await expect(page.getByText("You applied for this job on")).toBeVisible();
    await expect(page.getByRole("link", { name: "Apply for this job" })).toHaveCount(0);
  });
});

test.describe("job board filters", () => {
  test("filters by hours, type of work and pay, keep them across pages, and clear them", async ({ page }) => {
    await page.goto("/jobs");
    const total = Number((await page.getByRole("status").textContent())!.match(/(\d+) vacanc/)![1]);
    await page.getByLabel("Hours").selectOption("part");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/hours=part/);
    const part = await page.getByRole("status").textContent();
    await expectAccessible(page);
    for (const item of await page.locator("main ul li dl").all()) await expect(item).toContainText("part time");

    await page.getByLabel("Hours").selectOption("full");
    await page.getByLabel("Type of work").selectOption("SOCIAL_CARE");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/hours=full/);
    await expect(page).toHaveURL(/category=SOCIAL_CARE/);
    for (const item of await page.locator("main ul li p").all()) await expect(item).toContainText("Social care");
    await expect(page.getByLabel("Type of work")).toHaveValue("SOCIAL_CARE");

    await page.getByLabel("Pay").selectOption("4000");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/pay=4000/);
    expect(part).toBeTruthy();

    await page.getByRole("link", { name: "Clear search and filters" }).click();
    await expect(page.getByRole("status")).toContainText(`${total} vacanc`);
  });
});
