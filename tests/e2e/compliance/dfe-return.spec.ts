import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/** The DfE quarterly return: the agency team picks a quarter and downloads it; others are refused. */
function currentQuarterKey(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

test.describe("Connect2 team", () => {
  test.use({ storageState: storageStateFor("agency") });

  test("picks a quarter, sees the placements and downloads the CSV", async ({ page }) => {
    const key = currentQuarterKey();
    const [{ n }] = await query<{ n: string }>(
      `select count(*)::text as n from "Placement" p join "Requisition" r on r.id = p."requisitionId" join "Council" c on c.id = p."councilId"
       where c.slug = 'luton' and r."roleCategory" = 'CHILD_FAMILY_SOCIAL_WORK'
         and p."startDate" <= (date_trunc('quarter', current_date) + interval '3 months - 1 day')::date
         and coalesce(p."actualEndDate", p."plannedEndDate") >= date_trunc('quarter', current_date)::date`,
    );
    const expected = Number(n);
    expect(expected, "the demo data has child and family social work placements this quarter").toBeGreaterThan(0);

    await page.goto("/agency/dfe-return");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("DfE quarterly return");
    await expect(page.getByText(`${expected === 1 ? "1 placement" : `${expected} placements`}; pay above the regional cap in`)).toBeVisible();
    await expectAccessible(page);

    // The GET form: choose the previous quarter, then back to this one.
    const select = page.getByLabel("Quarter");
    const options = await select.locator("option").allTextContents();
    expect(options.length).toBe(8);
    await select.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Show quarter" }).click();
    await expect(page).toHaveURL(/quarter=\d{4}-Q[1-4]/);
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(options[1].split(":")[0]);
    await expectAccessible(page);
    await page.goto(`/agency/dfe-return?quarter=${key}`);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Download the return for ${key} (CSV)` }).click()]);
    expect(download.suggestedFilename()).toBe(`dfe-child-family-social-workers-${key}.csv`);
    const body = await page.request.get(`/agency/dfe-return/export?quarter=${key}`);
    expect(body.status()).toBe(200);
    expect(body.headers()["content-type"]).toContain("text/csv");
    const lines = (await body.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe(
      "Placement reference,Role category,Grade,Region,Engagement type,Hours per week,Pay rate (£ per hour),Charge rate (£ per hour),Regional pay cap (£ per hour),Cap exceeded,Cap exceeded: signed off by,Cap exceeded: signed off on,Start date,Planned end date,Actual end date,Status",
    );
    expect(lines.length - 1).toBe(expected);
    for (const l of lines.slice(1)) expect(l).toContain(",Child and family social work,");
    // No workers' names: none of the placed candidates' surnames appear.
    const names = await query<{ lastName: string }>(
      `select distinct cp."lastName" from "Placement" p join "CandidateProfile" cp on cp.id = p."candidateId" join "Requisition" r on r.id = p."requisitionId" where r."roleCategory" = 'CHILD_FAMILY_SOCIAL_WORK'`,
    );
    for (const { lastName } of names) expect(lines.join("\n")).not.toContain(`,${lastName},`);
    expect((await page.request.get("/agency/dfe-return/export?quarter=nonsense")).status()).toBe(400);
  });
});

for (const role of ["manager", "board"] as const) {
  test.describe(`${role} is refused`, () => {
    test.use({ storageState: storageStateFor(role) });
    test(`the ${role} cannot download the return or open its page`, async ({ page }) => {
      const res = await page.request.get(`/agency/dfe-return/export?quarter=${currentQuarterKey()}`);
      expect(res.status()).toBe(403);
      expect(await res.text()).not.toContain("Placement reference");
      const pageRes = await page.goto("/agency/dfe-return");
      expect(pageRes?.status()).toBe(403);
    });
  });
}

test("signed out, the download is refused", async ({ request }) => {
  const res = await request.get(`/agency/dfe-return/export?quarter=${currentQuarterKey()}`, { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(res.status());
});
