import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { expectErrors } from "./helpers";

/** Journey 4: review a shortlist — accept one candidate (an offer request), reject another with a reason. */
test.use({ storageState: storageStateFor("manager") });

test("a shortlist shows what a manager needs, not the home address or priority groups; accept one, reject one with a reason", async ({ page }) => {
  const [req] = await query<{ id: string; reference: string }>(`
    select r.id, r.reference from "Requisition" r
    join "Service" s on s.id = r."serviceId" join "Council" c on c.id = r."councilId"
    where c.slug = 'luton' and s.name = 'Adult Social Care' and r.status = 'OPEN'
      and (select count(*) from "Application" a where a."requisitionId" = r.id and a.stage = 'SHORTLISTED') >= 2
    order by r.reference desc limit 1`);
  expect(req, "an OPEN Adult Social Care requisition with 2+ shortlisted candidates in the demo data").toBeTruthy();
  const apps = await query<{ id: string; first: string; last: string; postcode: string; address: string | null; email: string }>(`
    select a.id, p."firstName" as first, p."lastName" as last, p.postcode, p."addressLine1" as address, p.email
    from "Application" a join "CandidateProfile" p on p.id = a."candidateId"
    where a."requisitionId" = $1 and a.stage = 'SHORTLISTED' order by a.id desc limit 2`, [req.id]);

  await page.goto("/manager/shortlists");
  await expectAccessible(page);
  await page.getByRole("link", { name: new RegExp(req.reference) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shortlist");
  await expectAccessible(page);
  const main = page.locator("main");
  for (const a of apps) {
    await expect(page.getByRole("heading", { level: 2, name: `${a.first} ${a.last}` })).toBeVisible();
    await expect(main).not.toContainText(a.postcode);
    await expect(main).not.toContainText(a.email);
    if (a.address) await expect(main).not.toContainText(a.address);
  }
  await expect(main).not.toContainText(/care leaver|veteran|long-term unemployed/i);

  const [accept, reject] = apps;
  const acceptCard = page.getByRole("region", { name: `${accept.first} ${accept.last}` });
  await acceptCard.getByLabel("Accept", { exact: true }).check();
  await acceptCard.getByRole("button", { name: "Confirm decision" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Candidate accepted" })).toBeVisible();

  const rejectCard = page.getByRole("region", { name: `${reject.first} ${reject.last}` });
  await rejectCard.getByLabel("Reject", { exact: true }).check();
  await rejectCard.getByRole("button", { name: "Confirm decision" }).click();
  await expectErrors(page, ["Give a reason for rejecting the candidate"]);
  await expectAccessible(page);
  const again = page.getByRole("region", { name: `${reject.first} ${reject.last}` });
  await again.getByLabel("Reject", { exact: true }).check();
  await again.getByLabel("Reason", { exact: true }).fill("Needs a full driving licence for the rural round");
  await again.getByRole("button", { name: "Confirm decision" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Candidate rejected" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Needs a full driving licence for the rural round");

  const after = await query<{ id: string; stage: string; managerDecision: string }>(
    `select id, stage::text, "managerDecision"::text from "Application" where id = any($1) order by id desc`, [apps.map((a) => a.id)]);
  expect(after.find((a) => a.id === accept.id)).toMatchObject({ stage: "OFFERED", managerDecision: "ACCEPTED" });
  expect(after.find((a) => a.id === reject.id)).toMatchObject({ stage: "REJECTED", managerDecision: "REJECTED" });
  // the Connect2 team was told
  const [n] = await query<{ n: string }>(`select count(*)::text as n from "Notification" where kind = 'shortlist.accepted' and body like $1`, [`%${accept.first} ${accept.last}%`]);
  expect(Number(n.n)).toBeGreaterThan(0);
});
