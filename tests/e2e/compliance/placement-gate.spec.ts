import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/**
 * The placement gate in the browser: confirming a placement whose candidate lacks a check the role needs is
 * refused with the exact reason the rule gives (lib/compliance/placement-gate.ts), and nothing is placed.
 * Only reads and a refused form: no data changes, so it is safe beside other specs.
 */
test.use({ storageState: storageStateFor("agency") });

const CATEGORY_LABEL: Record<string, string> = { SOCIAL_CARE: "social care", ADULT_SOCIAL_WORK: "adult social work", CHILD_FAMILY_SOCIAL_WORK: "child and family social work" };

test("confirming a placement without the references the role needs is refused with the rule's exact reason", async ({ page }) => {
  // An accepted (offered) candidate on an open care requisition with no references recorded at all.
  const rows = await query<{ id: string; category: string }>(
    `select a.id, r."roleCategory"::text as category from "Application" a
       join "Requisition" r on r.id = a."requisitionId" join "Council" c on c.id = a."councilId"
      where c.slug = 'luton' and a.stage = 'OFFERED' and r.status = 'OPEN'
        and r."roleCategory" in ('SOCIAL_CARE', 'ADULT_SOCIAL_WORK', 'CHILD_FAMILY_SOCIAL_WORK')
        and not exists (select 1 from "ComplianceCheck" k where k."candidateId" = a."candidateId" and k.type = 'REFERENCE')
        and not exists (select 1 from "Placement" p where p."applicationId" = a.id)
      order by a.id desc limit 1`,
  );
  expect(rows.length, "the demo data has an offered care candidate with no references recorded").toBe(1);
  const { id, category } = rows[0];
  const reason = `References: No references are recorded; 2 passed references are needed for ${CATEGORY_LABEL[category]} roles`;

  await page.goto(`/agency/applications/${id}/place`);
  const blocking = page.getByRole("list", { name: "Checks that block the placement" });
  await expect(blocking).toContainText("No references are recorded; 2 passed references are needed for");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Confirm the placement" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("The placement cannot be confirmed");
  await expect(summary).toContainText(reason);
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page);

  const [after] = await query<{ stage: string; placements: string }>(
    `select a.stage::text as stage, (select count(*)::text from "Placement" p where p."applicationId" = a.id) as placements from "Application" a where a.id = $1`,
    [id],
  );
  expect(after).toEqual({ stage: "OFFERED", placements: "0" });
});
