import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

/** The audit view (/agency/admin/audit): administrators search the council's trail, export it, and change nothing. */
test.describe("the audit view", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("searches by record, by user, by action and by date; the CSV export holds what the search shows", async ({ page }) => {
    await page.goto("/agency/admin");
    await page.getByRole("link", { name: "Audit trail" }).click();
    await expect(page).toHaveURL(/\/agency\/admin\/audit$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Audit trail");
    await expect(page).toHaveTitle("Audit trail – Administration – Connect2 portal");
    const table = page.getByRole("table", { name: "Audit events, newest first" });
    await expect(table.locator("tbody tr").first()).toBeVisible();
    await expectAccessible(page);

    // A record, by the reference people see: every event of that requisition, and nothing else.
    const [req] = await query<{ id: string; reference: string; n: number }>(`
      select r.id, r.reference, count(e.*)::int as n from "Requisition" r join "Council" c on c.id = r."councilId"
      join "AuditEvent" e on e."entityId" = r.id where c.slug = 'luton' group by r.id, r.reference having count(e.*) >= 2 order by r.reference limit 1`);
    await page.getByLabel("Record", { exact: true }).fill(req.reference);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(new RegExp(`record=${req.reference}`));
    await expect(page.getByRole("status")).toContainText(`${req.n} events match the search`);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(req.n);
    for (const cell of await rows.locator("td:nth-child(5)").allTextContents()) expect(cell).toContain(req.reference);
    await expectAccessible(page);

    // Its CSV: same events, with the ids.
    const csvHref = await page.getByRole("link", { name: /Download these events as CSV/ }).getAttribute("href");
    expect(csvHref).toContain(`record=${req.reference}`);
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain("audit-trail.csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe('When,"When (UTC, ISO 8601)",Who,Email,Role,Action,Record type,Record id,Record,Changes,Event id');
    expect(lines).toHaveLength(req.n + 1);
    for (const l of lines.slice(1)) expect(l).toContain(req.id);

    // A user, by email, and an action.
    const [who] = await query<{ email: string; action: string; n: number }>(`
      select u.email, e.action, count(*)::int as n from "AuditEvent" e join "User" u on u.id = e."actorId" join "Council" c on c.id = e."councilId"
      where c.slug = 'luton' and u.email = 'sarah.khan@luton.example' group by u.email, e.action order by count(*) desc, e.action limit 1`);
    await page.goto("/agency/admin/audit");
    await page.getByLabel("Changed by").fill(who.email);
    await page.getByLabel("What was done").selectOption(who.action);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("status")).toContainText(`${who.n} ${who.n === 1 ? "event" : "events"}`);
    for (const cell of await table.locator("tbody tr td:nth-child(2)").allTextContents()) expect(cell).toContain(who.email);
    for (const cell of await table.locator("tbody tr td:nth-child(4)").allTextContents()) expect(cell).toBe(who.action);

    // A day (Europe/London): only that day's events.
    const [day] = await query<{ d: string; n: number }>(`
      select to_char(e."createdAt" at time zone 'Europe/London', 'YYYY-MM-DD') as d, count(*)::int as n from "AuditEvent" e join "Council" c on c.id = e."councilId"
      where c.slug = 'luton' group by 1 having count(*) between 2 and 40 order by 1 limit 1`);
    await page.goto(`/agency/admin/audit?from=${day.d}&to=${day.d}`);
    await expect(page.getByRole("status")).toContainText(`${day.n} events match the search`);
    await expect(page.getByLabel("From")).toHaveValue(day.d);
    const [y, m, d] = day.d.split("-").map(Number);
    const shown = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
    for (const cell of await table.locator("tbody tr th").allTextContents()) expect(cell).toContain(shown);
    await expectAccessible(page);
  });

  test("pages through a long trail on the server", async ({ page }) => {
    // Specs running beside this one add events, so the count shown is bounded by counts taken before and after.
    const count = async () => (await query<{ n: number }>(`select count(*)::int as n from "AuditEvent" e join "Council" c on c.id = e."councilId" where c.slug = 'luton'`))[0].n;
    const before = await count();
    await page.goto("/agency/admin/audit");
    const status = await page.getByRole("status").textContent();
    const after = await count();
    const shown = Number(/([\d,]+) events/.exec(status ?? "")?.[1].replace(/,/g, ""));
    expect(shown).toBeGreaterThanOrEqual(before);
    expect(shown).toBeLessThanOrEqual(after);
    expect(before).toBeGreaterThan(50); // the demo trail is long enough to page
    await expect(page.getByRole("table", { name: "Audit events, newest first" }).locator("tbody tr")).toHaveCount(50);
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("table", { name: "Audit events, newest first" }).locator("tbody tr").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("dates that are not real, or the wrong way round, get the GOV.UK error pattern", async ({ page }) => {
    await page.goto("/agency/admin/audit?from=2026-11-20&to=2026-11-01");
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "The ‘to’ date must be the same as or after the ‘from’ date" })).toHaveAttribute("href", "#to");
    await expectAccessible(page);
    expect((await page.request.get("/agency/admin/audit/export?from=2026-02-30")).status()).toBe(400);
  });

  test("is read-only: no form that posts, and the page takes no server action", async ({ page }) => {
    await page.goto("/agency/admin/audit");
    const forms = await page.locator("main form").evaluateAll((fs) => fs.map((f) => ({ method: (f as HTMLFormElement).method, action: (f as HTMLFormElement).getAttribute("action") })));
    expect(forms).toEqual([{ method: "get", action: "/agency/admin/audit" }]);
    const [{ n: before }] = await query<{ n: number }>(`select count(*)::int as n from "AuditEvent"`);
    const res = await page.request.post("/agency/admin/audit", { headers: { "Next-Action": "0".repeat(42), Origin: new URL(page.url()).origin }, form: { x: "1" } });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    const [{ n: after }] = await query<{ n: number }>(`select count(*)::int as n from "AuditEvent"`);
    expect(after).toBeGreaterThanOrEqual(before); // nothing was removed (other specs may add events meanwhile)
  });
});

test.describe("the audit view is for administrators only", () => {
  for (const role of ["agency", "manager", "board", "candidate"] as const) {
    test.describe(role, () => {
      test.use({ storageState: storageStateFor(role) });
      test(`is refused to ${role}`, async ({ page }) => {
        const res = await page.goto("/agency/admin/audit");
        expect(res?.status()).toBe(403);
        await expect(page.locator("main")).not.toContainText("Audit events");
        expect((await page.request.get("/agency/admin/audit/export")).status()).toBe(403);
      });
    });
  }
});
