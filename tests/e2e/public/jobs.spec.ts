import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support";
import { query } from "../db";

test.describe("public vacancy board", () => {
  test("a visitor finds, searches and opens a vacancy without signing in", async ({ page }) => {
    await page.goto("/jobs");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Temporary jobs at Luton Borough Council");
    const count = page.getByRole("status");
    await expect(count).toContainText(/\d+ vacanc/);
    await expectAccessible(page);

    const first = page.locator("main ul li h2 a").first();
    const title = (await first.textContent())!.trim();
    await page.getByLabel("Search vacancies").fill(title.split(" ")[0]);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.locator("main ul li h2 a", { hasText: title }).first()).toBeVisible();

    await page.locator("main ul li h2 a", { hasText: title }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    await expect(page.getByText("Closing date")).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "JobPosting", title, baseSalary: { currency: "GBP" } });
    await expectAccessible(page);
  });

  test("the privacy notice gives the council's own retention period", async ({ page }) => {
    const [luton] = await query<{ months: number; agency: string }>(`select "retentionMonthsUnsuccessful" as months, "agencyName" as agency from "Council" where slug = 'luton'`);
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Privacy notice");
    await expect(page.getByText(`${luton.agency} uses your details`)).toBeVisible();
    await expect(page.getByText("we remove your personal details 12 months after your last activity")).toBeVisible();
    await expect(page.getByText("deleted 2 years after your work with us ends")).toBeVisible();
    await expectAccessible(page);
    // The period is the council's setting, not a fixed sentence.
    await query(`update "Council" set "retentionMonthsUnsuccessful" = 18 where slug = 'luton'`);
    try {
      await page.reload();
      await expect(page.getByText("we remove your personal details 18 months after your last activity")).toBeVisible();
    } finally {
      await query(`update "Council" set "retentionMonthsUnsuccessful" = $1 where slug = 'luton'`, [luton.months]);
    }
  });

  test("a filled vacancy says so instead of disappearing", async ({ page }) => {
    const [filled] = await query<{ id: string; jobTitle: string }>(
      `select r.id, r."jobTitle" from "Requisition" r join "Council" c on c.id = r."councilId"
       where c.slug = 'luton' and r.status = 'FILLED' and r."openedAt" is not null limit 1`,
    );
    await page.goto(`/jobs/${filled.id}`);
    await expect(page.getByText("This vacancy has been filled")).toBeVisible();
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an unknown vacancy is a proper 404", async ({ page }) => {
    const res = await page.goto("/jobs/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });
});
