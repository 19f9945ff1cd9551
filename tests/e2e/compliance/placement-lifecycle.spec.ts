import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { runJobOnce } from "./jobs";

/**
 * The daily placement lifecycle (lib/jobs/placement-lifecycle.ts) on the demo data, seen by the Connect2 team: an
 * upcoming placement reaches its start date while its worker's right to work is no longer on record, so the job holds
 * it and the placement page says why; once the check is back, the next run starts it. Everything is put back after.
 */
test.use({ storageState: storageStateFor("agency") });

const londonToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const statusOf = async (id: string) => (await query<{ status: string }>(`select status from "Placement" where id = $1`, [id]))[0].status;

test("a start is held while a check has lapsed, the team's page says why, and the next run starts it once put right", async ({ page }) => {
  test.setTimeout(180_000);
  const today = londonToday();
  const [p] = await query<{ id: string; candidateId: string; startDate: string }>(
    `select p.id, p."candidateId", to_char(p."startDate", 'YYYY-MM-DD') as "startDate"
     from "Placement" p join "Council" c on c.id = p."councilId"
     where c.slug = 'luton' and p.status = 'PENDING_START'
       and not exists (select 1 from "Placement" o where o."candidateId" = p."candidateId" and o.id <> p.id and o.status in ('ACTIVE', 'PENDING_START'))
     order by p.id limit 1`,
  );
  expect(p, "the demo data has an upcoming Luton placement").toBeTruthy();
  const checks = (await query<{ id: string }>(`select id from "ComplianceCheck" where "candidateId" = $1 and type = 'RIGHT_TO_WORK' and "supersededAt" is null`, [p.candidateId])).map((c) => c.id);
  expect(checks.length, "an upcoming placement passed the right-to-work check when it was made").toBeGreaterThan(0);

  try {
    await query(`update "Placement" set "startDate" = $2::date where id = $1`, [p.id, today]);
    await query(`update "ComplianceCheck" set "supersededAt" = now() where id = any($1::text[])`, [checks]);
    runJobOnce("placement-lifecycle", "--as-of", today, "--council", "luton");
    expect(await statusOf(p.id)).toBe("PENDING_START");

    await page.goto(`/agency/placements/${p.id}`);
    const held = page.getByRole("region", { name: /^On hold: due to start on / });
    await expect(held).toBeVisible();
    await expect(held).toContainText(/right to work/i);
    await expectAccessible(page);

    await query(`update "ComplianceCheck" set "supersededAt" = null where id = any($1::text[])`, [checks]);
    runJobOnce("placement-lifecycle", "--as-of", today, "--council", "luton");
    expect(await statusOf(p.id)).toBe("ACTIVE");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: /^On hold/ })).toHaveCount(0);
  } finally {
    await query(`update "ComplianceCheck" set "supersededAt" = null where id = any($1::text[])`, [checks]);
    await query(`update "Placement" set "startDate" = $2::date, status = 'PENDING_START' where id = $1`, [p.id, p.startDate]);
  }
});
