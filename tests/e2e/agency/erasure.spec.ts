import { expect, test } from "@playwright/test";
import { ACCOUNT, expectAccessible, signIn } from "../support";
import { PASSWORD, registerNewCandidate } from "../candidate/helpers";

test("a candidate's request to delete their account is actioned by the Connect2 team", async ({ browser }) => {
  // The candidate registers and asks for deletion.
  const candidate = await (await browser.newContext()).newPage();
  // A name of our own, so reruns on the same database never pick an older request.
  const first = `Morwenna${Date.now().toString(36).replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)])}`;
  const email = await registerNewCandidate(candidate, "erasure", first);
  await candidate.goto("/candidate/my-data");
  await candidate.getByLabel("Why do you want your account deleted?").fill("I have found a permanent job elsewhere.");
  await candidate.getByLabel("I want the Connect2 team to delete my account").check();
  await candidate.getByRole("button", { name: "Ask for my account to be deleted" }).click();
  await expect(candidate.locator("main")).toContainText(/delet/i);
  await candidate.context().close();

  // The team deletes it.
  const agency = await (await browser.newContext()).newPage();
  await signIn(agency, ACCOUNT.agency.email);
  await agency.waitForURL("**/agency");
  await agency.getByRole("link", { name: "Deletion requests" }).click();
  await expect(agency.getByRole("heading", { level: 1 })).toHaveText(/Account deletion requests/);
  const item = agency.locator("li", { hasText: first }).first();
  await expect(item).toContainText("I have found a permanent job elsewhere.");
  await expectAccessible(agency);
  // Refusing needs a reason: the GOV.UK error pattern.
  await item.getByLabel("Refuse the request").check();
  await item.getByRole("button", { name: "Confirm" }).click();
  await expect(agency.getByText("Explain why the request is refused").first()).toBeVisible();
  await expectAccessible(agency);
  const again = agency.locator("li", { hasText: first }).first();
  await again.getByLabel("Delete the account").check();
  await again.getByRole("button", { name: "Confirm" }).click();
  await expect(agency.getByText("The account was deleted and the person told.")).toBeVisible();
  await agency.context().close();

  // The person can no longer sign in.
  const after = await (await browser.newContext()).newPage();
  await signIn(after, email, PASSWORD);
  await expect(after.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await after.context().close();
});
