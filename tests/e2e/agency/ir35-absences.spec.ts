import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectDone, expectErrors, fillDate, isoPlusDays, summaryRow } from "./helpers";

/**
 * Two rule inputs the Connect2 team enters: a worker's disagreement with an IR35 status determination (rule 3:
 * recorded, shown with its 45-day respond-by date on the application and the placement, then answered), and an
 * absence on a placement (rule 2: recorded with the GOV.UK date inputs, shown beside the AWR clock, removed).
 * Each journey picks its own record (newest first, unlike the security probes) and leaves nothing open behind it.
 */
test.use({ storageState: storageStateFor("agency") });

const longDate = (iso: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
const addDays = (iso: string, days: number) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

test("an IR35 disagreement is recorded, shown with its respond-by date and answered", async ({ page }) => {
  const [row] = await query<{ applicationId: string; placementId: string }>(
    `select a.id as "applicationId", p.id as "placementId" from "Placement" p
       join "Application" a on a.id = p."applicationId" join "StatusDetermination" s on s."applicationId" = a.id
       join "Council" c on c.id = p."councilId"
      where c.slug = 'luton' and p."engagementType" = 'LIMITED_COMPANY' and s."disagreementReceivedOn" is null
      order by p.id desc limit 1`,
  );
  expect(row, "the demo data has a limited-company placement with a status determination").toBeTruthy();
  const received = isoPlusDays(-3);
  const respondBy = addDays(received, 44);

  await page.goto(`/agency/applications/${row.applicationId}`);
  await expect(summaryRow(page, "IR35 disagreement")).toContainText("None received");
  await page.getByRole("link", { name: "Record a disagreement received from the worker" }).click();
  await fillDate(page, "Date a disagreement was received (optional)", received);
  await page.getByRole("button", { name: "Save the determination" }).click();
  await expectDone(page, "The IR35 status determination has been recorded");
  const disagreement = summaryRow(page, "IR35 disagreement");
  await expect(disagreement).toContainText("Open");
  await expect(disagreement).toContainText(`Respond by ${longDate(respondBy)}`);
  await expect(disagreement).toContainText("(41 days left)");
  await expectAccessible(page);

  // The placement shows the same deadline and state.
  await page.goto(`/agency/placements/${row.placementId}`);
  const onPlacement = summaryRow(page, "IR35 disagreement");
  await expect(onPlacement).toContainText(`Respond by ${longDate(respondBy)}`);
  await expect(onPlacement).toContainText("Open");
  await expectAccessible(page);

  // Answer it: nothing chosen or written first.
  await onPlacement.getByRole("link", { name: "Answer the IR35 disagreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("IR35 disagreement from");
  await page.getByRole("button", { name: "Save the response" }).click();
  await expectErrors(page, ["Choose whether the determination is upheld or changed", "Enter the council's response to the disagreement"]);
  await expectAccessible(page);
  await page.getByLabel(/^Uphold the determination/).check();
  await page.getByLabel("The council's response").fill("The council directs the work day to day, so the determination stands.");
  await page.getByRole("button", { name: "Save the response" }).click();
  await expectDone(page, "the determination is upheld");
  const answered = summaryRow(page, "IR35 disagreement");
  await expect(answered).toContainText("Answered");
  await expect(answered).toContainText("within the deadline");
  await expect(answered).toContainText("The council directs the work day to day, so the determination stands.");
  await expectAccessible(page);

  const [audit] = await query<{ n: string }>(`select count(*)::text as n from "AuditEvent" where "entityId" = $1 and action = 'application.ir35-disagreement-response'`, [row.applicationId]);
  expect(audit.n).toBe("1");
});

test("an absence is recorded on a placement beside the AWR clock, checked, and removed", async ({ page }) => {
  const [p] = await query<{ id: string; start: string }>(
    `select p.id, to_char(p."startDate", 'YYYY-MM-DD') as start from "Placement" p join "Council" c on c.id = p."councilId"
      where c.slug = 'luton' and p.status = 'ACTIVE' and p."startDate" <= current_date - 28 and p."plannedEndDate" >= current_date
        and not exists (select 1 from "Absence" a where a."placementId" = p.id)
      order by p.id desc limit 1`,
  );
  expect(p, "the demo data has an active Luton placement without absences").toBeTruthy();
  const first = addDays(p.start, 7);
  const last = addDays(first, 4);

  await page.goto(`/agency/placements/${p.id}`);
  await expect(page.getByText("No absences are recorded.")).toBeVisible();
  await expect(page.getByText(/AWR clock now: \d+ weeks? counted; /)).toBeVisible();
  await page.getByRole("link", { name: "Record an absence" }).click();
  await expectAccessible(page);

  // Nothing filled in, then the end before the start.
  await page.getByRole("button", { name: "Save the absence" }).click();
  await expectErrors(page, ["Choose the type of absence", "Enter the first day of the absence", "Enter the last day of the absence"]);
  await expectAccessible(page);
  await page.getByLabel("Sickness").check();
  await fillDate(page, "First day of the absence", first);
  await fillDate(page, "Last day of the absence", addDays(first, -1));
  await page.getByRole("button", { name: "Save the absence" }).click();
  await expectErrors(page, ["End date must be the same as or after the start date"]);

  await fillDate(page, "Last day of the absence", last);
  await page.getByRole("button", { name: "Save the absence" }).click();
  await expectDone(page, "The absence is recorded");
  const table = page.getByRole("table", { name: "Absences" });
  await expect(table).toContainText("Sickness");
  await expect(table).toContainText(`${longDate(first)} to ${longDate(last)}`);
  await expect(table).toContainText("Pauses the AWR clock for up to 28 weeks");
  await expect(page.getByText(/AWR clock now: \d+ weeks? counted; /)).toBeVisible();
  await expectAccessible(page);

  // An overlapping one is refused beside the field.
  await page.getByRole("link", { name: "Record an absence" }).click();
  await page.getByLabel("Jury service").check();
  await fillDate(page, "First day of the absence", last);
  await fillDate(page, "Last day of the absence", addDays(last, 2));
  await page.getByRole("button", { name: "Save the absence" }).click();
  await expectErrors(page, [`The absence overlaps the sickness absence already recorded from ${longDate(first)} to ${longDate(last)}`]);
  await expectAccessible(page);

  // Remove the one entered.
  await page.goto(`/agency/placements/${p.id}`);
  await page.getByRole("link", { name: `Remove the sickness absence from ${longDate(first)}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Remove this absence?");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove the absence" }).click();
  await expectDone(page, "The absence is removed");
  await expect(page.getByText("No absences are recorded.")).toBeVisible();

  const audits = await query<{ action: string }>(`select action from "AuditEvent" where "entityId" = $1 and action like 'placement.absence-%' order by "createdAt"`, [p.id]);
  expect(audits.map((a) => a.action)).toEqual(["placement.absence-record", "placement.absence-remove"]);
});
