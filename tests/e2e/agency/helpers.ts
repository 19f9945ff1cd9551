import { expect, type Browser, type Page } from "@playwright/test";
import { storageStateFor, type DemoRole } from "../support";

/** "YYYY-MM-DD" that many days from today (UTC). */
export function isoPlusDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Type a date into a GOV.UK date input (three boxes) found by its legend. */
export async function fillDate(page: Page, legend: string | RegExp, iso: string) {
  const [y, m, d] = iso.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(Number(d)));
  await group.getByLabel("Month").fill(String(Number(m)));
  await group.getByLabel("Year").fill(y);
}

/** A page signed in as another demo role (its saved sign-in), for a journey that crosses portals. */
export async function pageAs(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

/** The success banner of the last action. */
export async function expectDone(page: Page, text: string | RegExp) {
  await expect(page.getByRole("alert").filter({ hasText: text })).toBeVisible();
}

/** The error summary at the top shows each message, and the title starts with "Error:". */
export async function expectErrors(page: Page, messages: (string | RegExp)[]) {
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  for (const m of messages) await expect(summary).toContainText(m);
  await expect(page).toHaveTitle(/^Error: /);
}

/** A unique suffix so specs can run in any order and more than once against the same database. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** Add a candidate through the team's form; returns to their record. */
export async function addCandidate(page: Page, c: { first: string; last: string; email: string; postcode: string; phone?: string }) {
  await page.goto("/agency/candidates/new");
  await page.getByLabel("First name").fill(c.first);
  await page.getByLabel("Last name").fill(c.last);
  await page.getByLabel("Email address").fill(c.email);
  if (c.phone) await page.getByLabel("Phone number (optional)").fill(c.phone);
  await page.getByLabel("Home postcode").fill(c.postcode);
  await page.getByLabel("Skills (optional)").fill("Personal care, Manual handling");
  await page.getByRole("button", { name: "Add the candidate" }).click();
  await expectDone(page, "added to the talent pool");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${c.first} ${c.last}`);
}

/** Record one check on the candidate whose record is open. */
export async function recordCheck(page: Page, kind: "Right to work" | "DBS check" | "Reference", fill: (p: Page) => Promise<void>) {
  await page.getByRole("link", { name: "Record a check" }).click();
  await page.getByRole("link", { name: kind, exact: true }).click();
  await fill(page);
  await page.getByRole("button", { name: "Save the check" }).click();
  await expectDone(page, "The check has been recorded");
}

/** Right to work (British), enhanced DBS with barred list, two references: clears a social care role. */
export async function makeCompliant(page: Page, rtw: { route: "British or Irish citizen" } | { route: "A visa or permission with an end date"; expires: string }) {
  await recordCheck(page, "Right to work", async (p) => {
    await p.getByLabel(rtw.route).check();
    await p.getByLabel("Passed").check();
    if ("expires" in rtw) await fillDate(p, /Permission ends/, rtw.expires);
  });
  await recordCheck(page, "DBS check", async (p) => {
    await p.getByLabel("Enhanced DBS check with barred list").check();
    await p.getByLabel("Passed").check();
    await p.getByRole("group", { name: /update service/ }).getByLabel("Yes").check();
  });
  for (const referee of ["Pat Lee", "Sam Roe"]) {
    await recordCheck(page, "Reference", async (p) => {
      await p.getByLabel("Referee's name").fill(referee);
      await p.getByLabel("Passed").check();
    });
  }
}

/** One row of a GOV.UK summary list, by its key. */
export function summaryRow(page: Page, key: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${key}$`) }) });
}
