import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/** Journey 3 (home page), CSV exports, and cross-service probes: another service's records by id, and tampered forms. */
test.use({ storageState: storageStateFor("manager") });

test("the home page shows what needs action now and the service's requisitions by state", async ({ page }) => {
  await page.goto("/manager");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("What needs your action");
  const waiting = page.getByRole("list", { name: "Waiting for you" });
  for (const t of ["to approve", "shortlisted candidate", "timesheet", "ending within 14 days"]) await expect(waiting).toContainText(t);
  await expect(page.getByRole("table", { name: /Agency Workers Regulations/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Requisitions by state" })).toContainText("Open");
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Timesheets");
  await expectAccessible(page);
  for (const path of ["/manager/requisitions", "/manager/approvals", "/manager/shortlists", "/manager/placements", "/manager/timesheets"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});

test("lists are exportable to CSV as filtered", async ({ page }) => {
  await page.goto("/manager/requisitions?status=OPEN");
  const shown = Number((await page.getByRole("status").textContent())!.match(/(\d+)/)![1]);
  const res = await page.request.get("/manager/requisitions/export?status=OPEN");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toContain("requisitions.csv");
  const lines = (await res.text()).trim().split("\n");
  expect(lines[0]).toContain("Reference,Job title,Service,State");
  expect(lines.length - 1).toBe(shown);
  for (const l of lines.slice(1)) expect(l).toContain(",Open,");
  for (const path of ["/manager/approvals/export", "/manager/shortlists/export", "/manager/timesheets/export?status=ALL"]) {
    const r = await page.request.get(path);
    expect(r.status(), path).toBe(200);
    expect(r.headers()["content-type"]).toContain("text/csv");
  }
});

/** Records of a Luton service Sarah does not belong to (Children's Services). */
async function otherService() {
  const base = `join "Service" s on s.id = x."serviceId" join "Council" c on c.id = x."councilId" where c.slug = 'luton' and s.name <> 'Adult Social Care'`;
  const [req] = await query<{ id: string }>(`select x.id from "Requisition" x ${base} order by x.id limit 1`);
  const [sub] = await query<{ id: string }>(`select x.id from "Requisition" x ${base} and x.status = 'SUBMITTED' order by x.id limit 1`);
  const [pl] = await query<{ id: string }>(`select x.id from "Placement" x ${base} order by x.id limit 1`);
  const [ts] = await query<{ id: string }>(`select t.id from "Timesheet" t join "Placement" x on x.id = t."placementId" ${base} order by t.id limit 1`);
  return { req: req?.id, submitted: sub?.id, placement: pl?.id, timesheet: ts?.id };
}

test("another service's requisition, shortlist, placement and timesheet are refused by id", async ({ page }) => {
  const o = await otherService();
  expect(o.req && o.placement && o.timesheet, "records of another Luton service in the demo data").toBeTruthy();
  for (const path of [
    `/manager/requisitions/${o.req}`,
    `/manager/requisitions/${o.req}/edit`,
    `/manager/requisitions/${o.req}/shortlist`,
    `/manager/approvals/${o.req}`,
    `/manager/placements/${o.placement}`,
    `/manager/placements/${o.placement}/extend`,
    `/manager/placements/${o.placement}/convert`,
    `/manager/timesheets/${o.timesheet}`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await expectAccessible(page);
});

test("tampered forms naming another service's records are refused server-side with a clear message", async ({ page }) => {
  const o = await otherService();
  // a placement of Sarah's own, whose extension form we tamper with
  const [mine] = await query<{ id: string }>(`
    select p.id from "Placement" p join "Service" s on s.id = p."serviceId" join "Council" c on c.id = p."councilId"
    where c.slug = 'luton' and s.name = 'Adult Social Care' and p.status in ('ACTIVE', 'PENDING_START') order by p.id limit 1`);
  await page.goto(`/manager/placements/${mine.id}/extend`);
  await page.locator('input[name="placementId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), o.placement!);
  const group = page.getByRole("group", { name: "New end date" });
  await group.getByLabel("Day").fill("1");
  await group.getByLabel("Month").fill("1");
  await group.getByLabel("Year").fill(String(new Date().getUTCFullYear() + 2));
  await page.getByRole("button", { name: "Request the extension" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("We could not find that placement in your services.");
  const [n] = await query<{ n: string }>(`select count(*)::text as n from "PlacementChangeRequest" where "placementId" = $1 and reason is null and "newEndDate" = $2`, [o.placement, `${new Date().getUTCFullYear() + 2}-01-01`]);
  expect(n.n).toBe("0");

  // a timesheet of Sarah's, whose approve button we point at another service's timesheet
  const [myTs] = await query<{ id: string }>(`
    select t.id from "Timesheet" t join "Placement" p on p.id = t."placementId" join "Service" s on s.id = p."serviceId" join "Council" c on c.id = t."councilId"
    join "CandidateProfile" cp on cp.id = p."candidateId"
    where c.slug = 'luton' and s.name = 'Adult Social Care' and t.status = 'SUBMITTED'
      and exists (select 1 from "ComplianceCheck" k where k."candidateId" = cp.id and k.type = 'RIGHT_TO_WORK' and k.status = 'PASSED'
                  and k."supersededAt" is null and k."expiresOn" is null and k."rightToWorkRoute" in ('BRITISH_OR_IRISH', 'SETTLED'))
    order by t.id desc limit 1`);
  const [before] = await query<{ status: string }>(`select status::text from "Timesheet" where id = $1`, [o.timesheet]);
  await page.goto(`/manager/timesheets/${myTs.id}`);
  await page.locator('input[name="timesheetId"]').first().evaluate((el, id) => ((el as HTMLInputElement).value = id), o.timesheet!);
  await page.getByRole("button", { name: "Approve this timesheet" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("We could not find that timesheet for a placement in your services.");
  const [after] = await query<{ status: string }>(`select status::text from "Timesheet" where id = $1`, [o.timesheet]);
  expect(after.status).toBe(before.status);

  // an approval decision pointed at another service's submitted requisition
  expect(o.submitted, "a SUBMITTED requisition of another Luton service in the demo data").toBeTruthy();
  // one waiting for Sarah's own decision, from her approvals list
  await page.goto("/manager/approvals");
  const link = page.getByRole("table", { name: "Waiting for your decision" }).getByRole("link").first();
  await expect(link, "a requisition waiting for Sarah's approval in the demo data").toBeVisible();
  await link.click();
  await page.waitForURL(/\/manager\/approvals\/[^/?]+$/);
  const mineSubmitted = { id: page.url().split("/").pop()!.split("?")[0] };
  await page.locator('input[name="requisitionId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), o.submitted!);
  await page.getByLabel("Approve", { exact: true }).check();
  await page.getByRole("button", { name: "Confirm decision" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("We could not find that requisition in your services.");
  const [r] = await query<{ status: string }>(`select status::text from "Requisition" where id = $1`, [o.submitted]);
  expect(r.status).toBe("SUBMITTED");
  const [still] = await query<{ status: string }>(`select status::text from "Requisition" where id = $1`, [mineSubmitted.id]);
  expect(still.status).toBe("SUBMITTED");
});
