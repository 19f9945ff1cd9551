import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo-accounts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** WCAG 2.2 AA, the legal duty for council services. */
export async function expectAccessible(page: Page) {
  // Next streams a page's metadata: let the <title> arrive before judging the document.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 }).catch(() => {});
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export type DemoRole = "manager" | "secondApprover" | "candidate" | "agency" | "board" | "admin" | "dudleyManager";

export const ACCOUNT: Record<DemoRole, (typeof DEMO_ACCOUNTS)[number]> = {
  manager: DEMO_ACCOUNTS[0],
  secondApprover: DEMO_ACCOUNTS[1],
  candidate: DEMO_ACCOUNTS[2],
  agency: DEMO_ACCOUNTS[3],
  board: DEMO_ACCOUNTS[4],
  admin: DEMO_ACCOUNTS[5],
  dudleyManager: DEMO_ACCOUNTS[6],
};

export const AUTH_DIR = `tests/e2e/.auth/${process.env.E2E_PORT ?? 3100}`;
export const storageStateFor = (role: DemoRole) => `${AUTH_DIR}/${role}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
