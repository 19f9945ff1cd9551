import { expect, test } from "@playwright/test";
import { ACCOUNT, expectAccessible, signIn, type DemoRole } from "../support";

const LANDINGS: { role: DemoRole; path: string; heading: RegExp; data: RegExp }[] = [
  { role: "manager", path: "/manager", heading: /What needs your action/, data: /LUT-REQ-\d{4}/ },
  { role: "agency", path: "/agency", heading: /Requisitions to release and fill/, data: /LUT-REQ-\d{4}/ },
  { role: "board", path: "/board", heading: /Board dashboards/, data: /aggregate figures only/ },
  { role: "candidate", path: "/candidate", heading: /My applications/, data: /Support Worker/ },
  { role: "admin", path: "/agency", heading: /Requisitions to release and fill/, data: /LUT-REQ-\d{4}/ },
];

test.describe("signing in", () => {
  for (const l of LANDINGS) {
    test(`${l.role} signs in and lands on their portal with real data`, async ({ page }) => {
      await signIn(page, ACCOUNT[l.role].email);
      await page.waitForURL(`**${l.path}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(l.heading);
      await expect(page.locator("main")).toContainText(l.data);
      await expect(page.getByRole("banner")).toContainText(ACCOUNT[l.role].name);
      await expectAccessible(page);
    });
  }

  test("the sign-in page lists a demo account per role and passes axe", async ({ page }) => {
    await page.goto("/sign-in");
    for (const role of ["manager", "candidate", "agency", "board", "admin"] as DemoRole[]) {
      await expect(page.getByText(ACCOUNT[role].email)).toBeVisible();
    }
    await expectAccessible(page);
  });

  test("a wrong password shows the GOV.UK error pattern and keeps the email", async ({ page }) => {
    await signIn(page, ACCOUNT.board.email, "not-the-password");
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("The email address or password is not right");
    await expect(page.getByLabel("Email address", { exact: true })).toHaveValue(ACCOUNT.board.email);
    await expectAccessible(page);
  });

  test("empty fields get messages in the summary, linked to each field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary.getByRole("link", { name: "Enter your email address" })).toHaveAttribute("href", "#email");
    await expect(summary.getByRole("link", { name: "Enter your password" })).toHaveAttribute("href", "#password");
    await expect(page.locator("#email-error")).toContainText("Enter your email address");
    await expectAccessible(page);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, ACCOUNT.agency.email);
    await page.waitForURL("**/agency");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/agency");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fagency/);
  });
});

test.describe("candidates", () => {
  test("a visitor registers as a candidate and lands in their portal", async ({ page }) => {
    const email = `new.candidate.${Date.now()}@example.com`;
    await page.goto("/register");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Enter your first name");
    await expectAccessible(page);

    await page.getByLabel("First name").fill("Kemi");
    await page.getByLabel("Last name").fill("Adeyemi");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Home postcode").fill("lu3 2ab");
    await page.getByLabel("Create a password").fill("a good long password");
    await page.getByLabel("Enter the password again").fill("a good long password");
    await page.getByLabel("I have read the privacy notice").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/candidate?welcome=1");
    await expect(page.getByText("Your account has been created.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("My applications");
    await expectAccessible(page);
  });

  test("a candidate signs in with an emailed link", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Your email address").fill(ACCOUNT.candidate.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL("**/sign-in/check-email");
    await expectAccessible(page);
    await page.goto("/dev/outbox");
    const text = await page.locator("li", { hasText: ACCOUNT.candidate.email }).first().locator("pre").textContent();
    const link = text!.match(/http\S+/)![0];
    await page.goto(link);
    await page.waitForURL("**/candidate");
    await expect(page.getByRole("banner")).toContainText(ACCOUNT.candidate.name);
    // A link works once.
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByText("expired or has already been used")).toBeVisible();
  });
});
