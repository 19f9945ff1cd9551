import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectErrors } from "./helpers";

/** Journey 6: query one timesheet (the worker sees the comment), approve another, approve several at once. */
test.use({ storageState: storageStateFor("manager") });

async function submittedAsc() {
  // Timesheets of Adult Social Care workers whose right to work is permanent (so approval is never refused), not the demo candidate's.
  return query<{ id: string; worker: string; userId: string | null }>(`
    select t.id, cp."firstName" || ' ' || cp."lastName" as worker, cp."userId" as "userId"
    from "Timesheet" t join "Placement" p on p.id = t."placementId" join "Service" s on s.id = p."serviceId"
    join "Council" c on c.id = t."councilId" join "CandidateProfile" cp on cp.id = p."candidateId"
    where c.slug = 'luton' and s.name = 'Adult Social Care' and t.status = 'SUBMITTED' and cp.email <> 'jordan.smith@example.com'
      and exists (select 1 from "ComplianceCheck" k where k."candidateId" = cp.id and k.type = 'RIGHT_TO_WORK' and k.status = 'PASSED'
                  and k."supersededAt" is null and k."expiresOn" is null and k."rightToWorkRoute" in ('BRITISH_OR_IRISH', 'SETTLED'))
    order by t."weekStart" asc, t.id asc`);
}

test("query a timesheet with a comment the worker sees; approve another; an approved one cannot be changed", async ({ page }) => {
  const rows = await submittedAsc();
  expect(rows.length, "at least two submitted Adult Social Care timesheets in the demo data").toBeGreaterThanOrEqual(2);
  const [toQuery, toApprove] = rows.slice(-2);

  await page.goto("/manager/timesheets");
  await expectAccessible(page);
  await page.goto(`/manager/timesheets/${toQuery.id}`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send the query to the worker" }).click();
  await expectErrors(page, ["Say what is wrong with the timesheet"]);
  await page.getByLabel("Query the timesheet").fill("Wednesday shows 12 hours; the rota says 7.5. Please check.");
  await page.getByRole("button", { name: "Send the query to the worker" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Timesheet queried" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Wednesday shows 12 hours");
  await expectAccessible(page);
  if (toQuery.userId) {
    const [n] = await query<{ body: string }>(`select body from "Notification" where "userId" = $1 and kind = 'timesheet.queried' order by "createdAt" desc limit 1`, [toQuery.userId]);
    expect(n.body).toContain("Wednesday shows 12 hours");
  }

  await page.goto(`/manager/timesheets/${toApprove.id}`);
  await page.getByRole("button", { name: "Approve this timesheet" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Timesheet approved" })).toBeVisible();
  await expect(page.getByText("This timesheet is approved and cannot be changed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve this timesheet" })).toHaveCount(0);
  await expect(page.getByLabel("Query the timesheet")).toHaveCount(0);
  const after = await query<{ id: string; status: string }>(`select id, status::text from "Timesheet" where id = any($1)`, [[toQuery.id, toApprove.id]]);
  expect(Object.fromEntries(after.map((r) => [r.id, r.status]))).toEqual({ [toQuery.id]: "QUERIED", [toApprove.id]: "APPROVED" });
});

test("approve several at once", async ({ page }) => {
  await page.goto("/manager/timesheets");
  await page.getByRole("button", { name: "Approve selected timesheets" }).click();
  await expectErrors(page, ["Select at least one timesheet to approve"]);
  const visible = await page.locator('input[name="timesheetId"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const rows = (await submittedAsc()).filter((r) => visible.includes(r.id)).slice(0, 2);
  expect(rows).toHaveLength(2);
  for (const r of rows) await page.locator(`#select-${r.id}`).check();
  await page.getByRole("button", { name: "Approve selected timesheets" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "2 timesheets approved" })).toBeVisible();
  await expectAccessible(page);
  const after = await query<{ status: string }>(`select status::text from "Timesheet" where id = any($1)`, [rows.map((r) => r.id)]);
  expect(after.map((r) => r.status)).toEqual(["APPROVED", "APPROVED"]);
});
