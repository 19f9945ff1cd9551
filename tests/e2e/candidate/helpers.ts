import { expect, type Page } from "@playwright/test";
import { query } from "../db";

let n = 0;
/** A fresh email address for a candidate this test creates. */
export const freshEmail = (tag: string) => `e2e.${tag}.${Date.now().toString(36)}${(++n).toString(36)}@example.com`;

export const PASSWORD = "a good long password";

/** Fill in and send the registration form (the page must already show it). */
export async function fillRegistration(page: Page, email: string, first = "Kemi", last = "Adeyemi") {
  await page.getByLabel("First name").fill(first);
  await page.getByLabel("Last name").fill(last);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Home postcode").fill("lu3 2ab");
  await page.getByLabel("Create a password").fill(PASSWORD);
  await page.getByLabel("Enter the password again").fill(PASSWORD);
  await page.getByLabel("I have read the privacy notice").check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Register a new candidate from /register and wait for the portal. */
export async function registerNewCandidate(page: Page, tag: string, first?: string) {
  const email = freshEmail(tag);
  await page.goto("/register");
  await fillRegistration(page, email, first);
  await page.waitForURL("**/candidate?welcome=1");
  return email;
}

/** A live Luton vacancy, chosen by position so that specs running side by side use different ones. */
export async function liveVacancy(offset: number) {
  const rows = await query<{ id: string; jobTitle: string }>(
    `select r.id, r."jobTitle" from "Requisition" r join "Council" c on c.id = r."councilId"
     where c.slug = 'luton' and r.status = 'OPEN' and (r."closingDate" is null or r."closingDate" >= current_date)
     order by r."openedAt" desc, r.id limit 1 offset $1`,
    [offset],
  );
  expect(rows.length, "a live Luton vacancy in the demo data").toBe(1);
  return rows[0];
}

/** Apply to the vacancy page already open (signed in as a candidate). */
export async function applyHere(page: Page, note = "I have two years of caring experience.") {
  await page.getByRole("link", { name: "Apply for this job" }).click();
  await page.waitForURL(/\/apply$/);
  await page.getByLabel("Why would you like this job?").fill(note);
  await page.getByLabel(/^I can work/).check();
  await page.getByRole("button", { name: "Send application" }).click();
  await page.waitForURL(/\/candidate\/applications\/[^/]+\?applied=1$/);
}

/** The page has no horizontal scroll at its current width. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `page wider than the ${width}px viewport: ${page.url()}`).toBeLessThanOrEqual(width);
}
