import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectErrors, fillDate, isoPlusDays } from "./helpers";

/** Journey 5: request an extension (a change request kept as history) and propose a permanent post, seeing the fee-free date. */
test.use({ storageState: storageStateFor("manager") });

async function ascActivePlacements() {
  return query<{ id: string; planned: string; worker: string }>(`
    select p.id, to_char(p."plannedEndDate", 'YYYY-MM-DD') as planned, cp."firstName" || ' ' || cp."lastName" as worker
    from "Placement" p join "Service" s on s.id = p."serviceId" join "Council" c on c.id = p."councilId"
    join "CandidateProfile" cp on cp.id = p."candidateId"
    where c.slug = 'luton' and s.name = 'Adult Social Care' and p.status = 'ACTIVE' and p."plannedEndDate" > now() + interval '3 days'
      and cp.email <> 'jordan.smith@example.com'
      and not exists (select 1 from "PlacementChangeRequest" r where r."placementId" = p.id and r.status = 'REQUESTED')
      and not exists (select 1 from "Conversion" v where v."placementId" = p.id)
    order by p.id desc`);
}

test("request an extension: the date is checked, and the request is kept as history", async ({ page }) => {
  const [p] = await ascActivePlacements();
  expect(p, "an ACTIVE Adult Social Care placement in the demo data").toBeTruthy();
  await page.goto("/manager/placements");
  await expectAccessible(page);
  await page.goto(`/manager/placements/${p.id}`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Request an extension" }).click();
  await expectAccessible(page);
  await fillDate(page, "New end date", p.planned); // not later than the current end
  await page.getByRole("button", { name: "Request the extension" }).click();
  await expectErrors(page, [/The new end date must be after the current end date/]);
  await expect(page).toHaveTitle(/^Error: /);
  const newEnd = new Date(new Date(`${p.planned}T00:00:00Z`).getTime() + 56 * 86_400_000).toISOString().slice(0, 10);
  await fillDate(page, "New end date", newEnd);
  await page.getByLabel("Reason for the extension (optional)").fill("Cover continues until the post is filled");
  await page.getByRole("button", { name: "Request the extension" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Extension requested" })).toBeVisible();
  const table = page.getByRole("table", { name: "Change requests" });
  await expect(table).toContainText("Extension");
  await expect(table).toContainText("Waiting for Connect2");
  await expect(page.getByRole("link", { name: "Request an extension" })).toHaveCount(0);
  await expectAccessible(page);
  const [row] = await query<{ planned: string; n: string }>(
    `select to_char("plannedEndDate", 'YYYY-MM-DD') as planned, (select count(*)::text from "PlacementChangeRequest" where "placementId" = $1) as n from "Placement" where id = $1`, [p.id]);
  expect(row).toEqual({ planned: p.planned, n: "1" }); // not edited in place
});

test("propose a permanent post: the form shows the fee-free date", async ({ page }) => {
  const all = await ascActivePlacements();
  const p = all[1] ?? all[0];
  await page.goto(`/manager/placements/${p.id}/convert`);
  await expect(page.getByTestId("fee-free-date")).toContainText(/Fee-free date: \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Propose the conversion" }).click();
  await expectErrors(page, ["Enter the permanent post title", "Enter the salary band", "Enter the start date in the permanent post"]);
  await page.getByLabel("Permanent post title").fill("Reablement Support Worker");
  await page.getByLabel("Salary band").fill("Grade 4 (£25,500 to £27,300)");
  await fillDate(page, "Start date in the permanent post", isoPlusDays(35));
  await page.getByRole("button", { name: "Propose the conversion" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Conversion to a permanent post proposed" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Reablement Support Worker, Grade 4");
  await expect(page.locator("main")).toContainText(/Inside the transfer-fee window/);
});

test("ending soon and the placements CSV follow the filter", async ({ page }) => {
  await page.goto("/manager/placements?view=all");
  await expect(page.getByRole("status")).toContainText("all, including ended");
  const res = await page.request.get("/manager/placements/export?view=all");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const csv = await res.text();
  expect(csv.split("\n")[0]).toContain("Reference,Worker,Job title,Service,Status");
  expect(csv).not.toContain("Dudley");
});
