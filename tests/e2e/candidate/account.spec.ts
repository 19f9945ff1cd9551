import { expect, test } from "@playwright/test";
import { expectAccessible } from "../support";
import { query } from "../db";
import { applyHere, liveVacancy, registerNewCandidate } from "./helpers";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test.describe("profile, documents and checks, my data", () => {
  test("edits the profile: the local flag follows the postcode; time-limited permission needs its end date", async ({ page }) => {
    const email = await registerNewCandidate(page, "profile", "Grace");
    await page.goto("/candidate/profile");
    await expect(page.locator("main")).toContainText("you live in the Luton Borough Council area");
    await expectAccessible(page);

    await page.getByLabel("Home postcode").fill("lu5 4ql");
    await page.getByLabel("A visa or permission with an end date").check();
    await page.getByLabel("In 2 weeks").check();
    await page.getByLabel("Skills").fill("Cooking, food hygiene\nDriving licence");
    await page.getByLabel("I have left care (care leaver)").check();
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("link", { name: "Enter the date your permission to work ends" })).toHaveAttribute("href", "#rightToWorkExpiry");
    await expect(page.getByLabel("Home postcode")).toHaveValue("lu5 4ql");
    await expect(page.getByLabel("I have left care (care leaver)")).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("Day", { exact: true }).fill("31");
    await page.getByLabel("Month", { exact: true }).fill("3");
    await page.getByLabel("Year", { exact: true }).fill(String(new Date().getUTCFullYear() + 2));
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.waitForURL("**/candidate/profile?saved=1");
    await expect(page.getByText("Your profile has been saved.")).toBeVisible();
    await expect(page.locator("main")).toContainText("From your postcode LU5 4QL, you live outside the Luton Borough Council area");
    await expect(page.getByLabel("Skills")).toHaveValue("Cooking\nfood hygiene\nDriving licence");
    await expectAccessible(page);
    const [p] = await query<{ postcode: string; isLocal: boolean; priorityGroups: string; rightToWorkRoute: string }>(
      `select postcode, "isLocal", "priorityGroups"::text, "rightToWorkRoute"::text from "CandidateProfile" where email = $1`,
      [email],
    );
    expect(p).toEqual({ postcode: "LU5 4QL", isLocal: false, priorityGroups: "{CARE_LEAVER}", rightToWorkRoute: "TIME_LIMITED" });
  });

  test("uploads documents checked by content, downloads them, sees the checks an application needs", async ({ page }) => {
    await registerNewCandidate(page, "docs", "Imran");
    await page.goto(`/jobs/${(await liveVacancy(2)).id}`);
    await applyHere(page);
    await page.goto("/candidate/documents");
    await expect(page.locator("main")).toContainText("What your applications need");
    await expect(page.locator("main section").first()).toContainText("Right to work");
    await expect(page.locator("main section").first()).toContainText("Still needed");
    await expectAccessible(page);

    // A text file with a .pdf name is refused.
    await page.getByLabel("What is the document?").selectOption("RIGHT_TO_WORK");
    await page.getByLabel("Upload a file").setInputFiles({ name: "passport.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a PDF") });
    await page.getByRole("button", { name: "Upload document" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("link", { name: "The selected file must be a PDF, JPG or PNG" })).toHaveAttribute("href", "#file");
    await expectAccessible(page);

    // Too big: caught before it is sent (the server refuses it too).
    await page.getByLabel("Upload a file").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) });
    await page.getByRole("button", { name: "Upload document" }).click();
    await expect(page.getByRole("link", { name: "The selected file must be smaller than 10 MB" })).toBeVisible();
    await page.getByLabel("Upload a file").setInputFiles([]);

    // No file at all.
    await page.getByRole("button", { name: "Upload document" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText(/Select (a file to upload|what the document is)/);

    // A real PNG photo of a document.
    await page.getByLabel("What is the document?").selectOption("RIGHT_TO_WORK");
    await page.getByLabel("Upload a file").setInputFiles({ name: "passport photo.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Upload document" }).click();
    await page.waitForURL(/\?uploaded=1/);
    await expect(page.getByText("Document uploaded.")).toBeVisible();
    const link = page.getByRole("link", { name: "passport photo.png" });
    await expect(link).toBeVisible();
    await expectAccessible(page);

    const href = (await link.getAttribute("href"))!;
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(await res.body()).equals(PNG)).toBe(true);

    // Removing it.
    await page.getByRole("button", { name: "Remove passport photo.png" }).click();
    await page.waitForURL(/\?removed=1/);
    await expect(page.getByRole("link", { name: "passport photo.png" })).toHaveCount(0);
    expect((await page.request.get(href)).status()).toBe(404);
  });

  test("downloads everything held as JSON and CSV, and asks for the account to be deleted", async ({ page }) => {
    const email = await registerNewCandidate(page, "mydata", "Oliwia");
    await page.goto("/candidate/my-data");
    await expectAccessible(page);

    const json = await page.request.get("/candidate/my-data/json");
    expect(json.status()).toBe(200);
    expect(json.headers()["content-disposition"]).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = await json.json();
    expect(data.account.email).toBe(email);
    expect(data.profile).toMatchObject({ firstName: "Oliwia", postcode: "LU3 2AB", isLocal: true });
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|chargeRate/);

    const csv = await page.request.get("/candidate/my-data/csv");
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain(`account,,email,${email}`);

    await page.getByRole("button", { name: "Ask for my account to be deleted" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Confirm that you want us to delete your account");
    await expectAccessible(page);
    await page.getByLabel("Why do you want your account deleted?").fill("I have found a permanent job elsewhere.");
    await page.getByLabel(/I want the Connect2 team to delete my account/).check();
    await page.getByRole("button", { name: "Ask for my account to be deleted" }).click();
    await page.waitForURL("**/candidate/my-data?requested=1");
    await expect(page.getByText("We have your request to delete your account.")).toBeVisible();
    await expect(page.locator("main tbody")).toContainText("Waiting for the team");
    await expect(page.getByRole("button", { name: "Ask for my account to be deleted" })).toHaveCount(0);
    await expectAccessible(page);
    const rows = await query<{ status: string; reason: string }>(
      `select e.status, e.reason from "ErasureRequest" e join "CandidateProfile" c on c.id = e."candidateId" where c.email = $1`,
      [email],
    );
    expect(rows).toEqual([{ status: "REQUESTED", reason: "I have found a permanent job elsewhere." }]);
  });
});
