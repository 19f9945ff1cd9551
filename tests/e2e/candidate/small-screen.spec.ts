import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectNoHorizontalScroll } from "./helpers";

test.describe("every candidate page at 360 px wide passes axe and does not scroll sideways", () => {
  test.use({ storageState: storageStateFor("candidate"), viewport: { width: 360, height: 740 } });

  test("the job board and the candidate portal", async ({ page }) => {
    const [placement] = await query<{ id: string }>(
      `select p.id from "Placement" p join "CandidateProfile" c on c.id = p."candidateId" where c.email = 'jordan.smith@example.com' order by p."startDate" desc limit 1`,
    );
    const [timesheet] = await query<{ id: string }>(
      `select t.id from "Timesheet" t where t."placementId" = $1 order by t."weekStart" desc limit 1`,
      [placement.id],
    );
    const [application] = await query<{ id: string; requisitionId: string }>(
      `select a.id, a."requisitionId" from "Application" a join "CandidateProfile" c on c.id = a."candidateId" where c.email = 'jordan.smith@example.com' limit 1`,
    );
    const [vacancy] = await query<{ id: string }>(
      `select r.id from "Requisition" r join "Council" k on k.id = r."councilId" where k.slug = 'luton' and r.status = 'OPEN' order by r."openedAt" desc limit 1`,
    );
    const paths = [
      "/jobs",
      `/jobs/${vacancy.id}`,
      `/jobs/${vacancy.id}/apply`,
      "/candidate",
      `/candidate/applications/${application.id}`,
      "/candidate/placements",
      `/candidate/placements/${placement.id}`,
      `/candidate/timesheets/new?placement=${placement.id}&week=2020-01-06`,
      ...(timesheet ? [`/candidate/timesheets/${timesheet.id}`] : []),
      "/candidate/documents",
      "/candidate/profile",
      "/candidate/my-data",
    ];
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
  });
});
