import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/**
 * Three settings the rules and figures read: DfE regional pay caps, off-contract agency spend and the retention
 * period for unsuccessful candidates. Each page opens from where people look for it, passes axe (with and without
 * errors), shows bad input beside its field, and saves. Nothing here changes what other specs rely on: the cap is
 * for a grade of its own in another region, the spend is dated 2002 and deleted again, and the retention period
 * is saved unchanged.
 */
const stamp = `${Date.now()}`.slice(-7);

test.describe("administrator settings", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("DfE regional pay caps: the caps in force, adding one with errors beside the fields, replacing", async ({ page }) => {
    await page.goto("/agency/admin");
    await page.getByRole("link", { name: "DfE regional pay caps for social workers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("DfE regional pay caps");
    const inForce = page.getByRole("table", { name: /Caps in force today/ });
    await expect(inForce).toContainText("East of England");
    await expect(inForce).toContainText("£45.00");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Replace the cap for East of England, Child and family social work, all grades" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Replace a pay cap");
    await expect(page.getByLabel("Region")).toHaveValue("East of England");
    await expectAccessible(page);

    await page.goto("/agency/admin/pay-caps/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a DfE regional pay cap");
    await expectAccessible(page);
    const grade = `E2E ${stamp}`;
    await page.getByLabel("Region").selectOption("North East");
    await page.getByLabel("Child and family social work").check();
    await page.getByLabel("Grade").fill(grade);
    await page.getByLabel("Highest pay rate an hour").fill("fifty");
    await page.getByRole("button", { name: "Add the pay cap" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await expect(page.locator("#maxPay-error")).toContainText("Pay cap must be an amount in pounds, like 45.00");
    await expect(page.locator("#effectiveFrom-error")).toContainText("Enter the date the cap applies from");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("Grade")).toHaveValue(grade);
    await expectAccessible(page);

    await page.getByLabel("Highest pay rate an hour").fill("52.50");
    const date = page.getByRole("group", { name: "Cap applies from" });
    await date.getByLabel("Day").fill("1");
    await date.getByLabel("Month").fill("4");
    await date.getByLabel("Year").fill("2027");
    await page.getByRole("button", { name: "Add the pay cap" }).click();
    await expect(page.getByText("The pay cap has been added.")).toBeVisible();
    const row = page.getByRole("table", { name: "Every cap recorded" }).getByRole("row").filter({ hasText: grade });
    await expect(row).toContainText("North East");
    await expect(row).toContainText("£52.50");
    await expect(row).toContainText("Applies from 1 April 2027");
    await expectAccessible(page);
    const [audit] = await query<{ n: number }>(
      `select count(*)::int as n from "AuditEvent" a join "SocialWorkRateCap" c on c.id = a."entityId" where a.action = 'pay-cap.create' and c.grade = $1 and c."maxPayPence" = 5250`,
      [grade],
    );
    expect(audit.n).toBe(1);
  });

  test("retention period: shown in the settings, bad input beside the field, saved", async ({ page }) => {
    const [luton] = await query<{ months: number }>(`select "retentionMonthsUnsuccessful" as months from "Council" where slug = 'luton'`);
    await page.goto("/agency/admin");
    await expect(page.locator("main")).toContainText(`Anonymised ${luton.months} months after their last activity`);
    await page.getByRole("link", { name: "Change the retention period for unsuccessful candidates" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How long to keep unsuccessful candidates' details");
    await expect(page.locator("main")).toContainText("Each night the retention job anonymises candidates");
    await expectAccessible(page);

    const months = page.getByLabel("Months after last activity");
    await expect(months).toHaveValue(String(luton.months));
    await months.fill("121");
    await page.getByRole("button", { name: "Save the retention period" }).click();
    await expect(page.locator("#retentionMonths-error")).toContainText("Retention period must be between 1 and 120 months");
    await expect(page).toHaveTitle(/^Error: /);
    await expectAccessible(page);

    await months.fill(String(luton.months));
    await page.getByRole("button", { name: "Save the retention period" }).click();
    await expect(page.getByText("The retention period has been saved.")).toBeVisible();
    await expect(page.locator("main")).toContainText(`Anonymised ${luton.months} months after their last activity`);
  });
});

test.describe("off-contract agency spend (the Connect2 team)", () => {
  test.use({ storageState: storageStateFor("agency") });

  test("list, filter, add with errors beside the fields, export, delete with a confirmation", async ({ page }) => {
    await page.goto("/agency/reports");
    await page.getByRole("link", { name: "Enter or check off-contract agency spend" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Off-contract agency spend");
    await expect(page.getByRole("table")).toContainText("Delete");
    await expectAccessible(page);

    const [svc] = await query<{ id: string; name: string }>(
      `select s.id, s.name from "Service" s join "Council" c on c.id = s."councilId" where c.slug = 'luton' and exists (select 1 from "OffContractSpend" o where o."serviceId" = s.id) order by s.name limit 1`,
    );
    await page.getByLabel("Service").selectOption(svc.id);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`service=${svc.id}`));
    const cells = page.getByRole("table").locator("tbody tr td:nth-child(2)");
    await expect(cells.first()).toHaveText(svc.name);
    expect(new Set(await cells.allTextContents())).toEqual(new Set([svc.name]));

    const csv = await page.request.get(`/agency/admin/off-contract-spend/export?service=${svc.id}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split(/\r?\n/)[0]).toContain("Supplier");
    expect(text).toContain(svc.name);

    await page.getByRole("link", { name: "Add spend" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add off-contract agency spend");
    await expectAccessible(page);
    const supplier = `Spec agency ${stamp}`;
    await page.getByLabel("Service").selectOption(svc.id);
    await page.getByLabel("Supplier").fill(supplier);
    const start = page.getByRole("group", { name: "First day of the period" });
    await start.getByLabel("Day").fill("1");
    await start.getByLabel("Month").fill("4");
    await start.getByLabel("Year").fill("2002");
    const end = page.getByRole("group", { name: "Last day of the period" });
    await end.getByLabel("Day").fill("31");
    await end.getByLabel("Month").fill("3");
    await end.getByLabel("Year").fill("2002");
    await page.getByLabel("Amount spent").fill("0");
    await page.getByRole("button", { name: "Add the spend" }).click();
    await expect(page.locator("#periodEnd-error")).toContainText("The last day of the period must be the same as or after the first day");
    await expect(page.locator("#amount-error")).toContainText("Amount must be an amount in pounds more than £0");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("Supplier")).toHaveValue(supplier);
    await expectAccessible(page);

    await end.getByLabel("Day").fill("30");
    await end.getByLabel("Month").fill("6");
    await page.getByLabel("Amount spent").fill("1,234.56");
    await page.getByRole("button", { name: "Add the spend" }).click();
    await expect(page.getByText("The spend has been added.")).toBeVisible();
    const [row] = await query<{ id: string; amountPence: number }>(`select id, "amountPence" from "OffContractSpend" where supplier = $1`, [supplier]);
    expect(row.amountPence).toBe(123_456);

    await page.goto(`/agency/admin/off-contract-spend/${row.id}/delete`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete this spend entry?");
    await expect(page.locator("main")).toContainText("£1,234.56");
    await expect(page.locator("main")).toContainText("1 April 2002 to 30 June 2002");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Delete the entry" }).click();
    await expect(page.getByText("The spend entry has been deleted.")).toBeVisible();
    expect(await query(`select id from "OffContractSpend" where id = $1`, [row.id])).toHaveLength(0);
    const audit = await query<{ action: string }>(`select action from "AuditEvent" where "entityId" = $1 order by "createdAt"`, [row.id]);
    expect(audit.map((a) => a.action)).toEqual(["off-contract-spend.create", "off-contract-spend.delete"]);
  });

  test("the team cannot open the other settings", async ({ page }) => {
    for (const path of ["/agency/admin/pay-caps", "/agency/admin/retention"]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
    }
  });
});
