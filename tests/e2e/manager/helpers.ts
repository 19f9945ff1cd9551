import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../support";

/** "YYYY-MM-DD" that many days from today (UTC). */
export function isoPlusDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Type a date into a GOV.UK date input (three boxes) found by its legend. */
export async function fillDate(page: Page, legend: string, iso: string) {
  const [y, m, d] = iso.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(Number(d)));
  await group.getByLabel("Month").fill(String(Number(m)));
  await group.getByLabel("Year").fill(y);
}

/** A fresh signed-in page for a demo account that has no saved sign-in. */
export async function pageSignedInAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

/** The error summary at the top shows each message, and the title starts with "Error:". */
export async function expectErrors(page: Page, messages: (string | RegExp)[]) {
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  for (const m of messages) await expect(summary).toContainText(m);
}
