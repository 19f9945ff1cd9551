import { expect, test } from "@playwright/test";
import { query } from "../db";
import { expectAccessible, storageStateFor } from "../support";

/**
 * Board members see aggregates only: every page, download and record URL that returns personal data refuses them,
 * and the board's own CSV downloads carry no names, email addresses or postcodes.
 */
test.use({ storageState: storageStateFor("board") });

async function luton<T extends Record<string, unknown>>(sql: string) {
  return query<T & Record<string, unknown>>(sql);
}

async function personalRecords() {
  const base = `join "Council" c on c.id = x."councilId" where c.slug = 'luton'`;
  const [placement] = await luton<{ id: string }>(`select x.id from "Placement" x ${base} order by x.id limit 1`);
  const [timesheet] = await luton<{ id: string }>(`select x.id from "Timesheet" x ${base} order by x.id limit 1`);
  const [requisition] = await luton<{ id: string }>(`select x.id from "Requisition" x ${base} and x.status = 'OPEN' order by x.id limit 1`);
  const [application] = await luton<{ id: string }>(`select x.id from "Application" x ${base} order by x.id limit 1`);
  const [doc] = await luton<{ id: string }>(`select x.id from "Document" x ${base} order by x.id limit 1`);
  const people = await luton<{ email: string; firstName: string; lastName: string; postcode: string }>(
    `select x.email, x."firstName", x."lastName", x.postcode from "CandidateProfile" x ${base} and x."anonymisedAt" is null`,
  );
  return { placement: placement?.id, timesheet: timesheet?.id, requisition: requisition?.id, application: application?.id, document: doc?.id, people };
}

test("pages with personal data refuse a board member", async ({ page }) => {
  const r = await personalRecords();
  expect(r.placement && r.timesheet && r.requisition && r.application, "demo records to probe").toBeTruthy();
  const paths = [
    "/candidate",
    "/candidate/profile",
    "/candidate/documents",
    "/candidate/my-data",
    "/candidate/placements",
    `/candidate/placements/${r.placement}`,
    `/candidate/applications/${r.application}`,
    "/manager",
    "/manager/placements",
    `/manager/placements/${r.placement}`,
    "/manager/timesheets",
    `/manager/timesheets/${r.timesheet}`,
    "/manager/shortlists",
    `/manager/requisitions/${r.requisition}/shortlist`,
    "/agency",
    "/agency/dfe-return",
  ];
  for (const path of paths) {
    const res = await page.goto(path);
    expect([403, 404], path).toContain(res?.status());
    const text = (await page.locator("body").textContent()) ?? "";
    for (const p of r.people.slice(0, 40)) expect(text, path).not.toContain(p.email);
  }
  await expectAccessible(page);
});

test("downloads and documents with personal data refuse a board member", async ({ page }) => {
  const r = await personalRecords();
  const paths = [
    "/candidate/my-data/csv",
    "/candidate/my-data/json",
    "/manager/placements/export",
    "/manager/timesheets/export?status=ALL",
    "/manager/requisitions/export",
    "/manager/shortlists/export",
    "/manager/approvals/export",
    "/agency/dfe-return/export",
    ...(r.document ? [`/documents/${r.document}`] : []),
  ];
  for (const path of paths) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect([303, 307, 401, 403, 404], path).toContain(res.status());
    const body = await res.text();
    for (const p of r.people) expect(body, path).not.toContain(p.email);
  }
});

test("the board's own CSV downloads are aggregates: no names, email addresses or postcodes", async ({ page }) => {
  const r = await personalRecords();
  await page.goto("/board?period=year&fy=2025");
  const links = page.getByRole("link", { name: /as CSV/ });
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThanOrEqual(7);
  const postcode = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;
  const names = new Set(r.people.flatMap((p) => [p.lastName]).filter((n) => n.length > 3));
  for (const href of hrefs) {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"], href).toContain("text/csv");
    const body = await res.text();
    expect(body, href).not.toContain("@");
    expect(body, href).not.toMatch(postcode);
    const words = new Set(body.split(/[^A-Za-z'-]+/));
    for (const n of names) expect(words.has(n), `${href} contains the surname ${n}`).toBe(false);
  }
});
