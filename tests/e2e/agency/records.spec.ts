import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { addCandidate, expectDone, expectErrors, summaryRow, unique } from "./helpers";

test.describe("one clean record per person", () => {
  test.use({ storageState: storageStateFor("agency") });

  test("a likely duplicate is flagged when it is added, and merged field by field keeping both histories", async ({ page }) => {
    const run = unique();
    const older = { first: "Dana", last: `Dupe${run}`, email: `dana.${run}@example.com`, postcode: "LU2 0AB", phone: "07700 900456" };
    await addCandidate(page, older);
    await page.getByRole("link", { name: "Add a note" }).click();
    await expectAccessible(page);
    await page.getByLabel("Note").fill("Met at the Luton jobs fair; keen on weekend shifts.");
    await page.getByRole("button", { name: "Add the note" }).click();
    await expectDone(page, "The note has been added");

    // the same person again, with another email address: same name and postcode
    const newer = { first: "DANA", last: `dupe${run}`, email: `d.${run}@example.org`, postcode: "lu20ab" };
    await addCandidate(page, newer);
    const banner = page.getByRole("region", { name: "Possible duplicate" });
    await expect(banner).toContainText(`Dana Dupe${run}`);
    await expect(banner).toContainText("same name and postcode");
    await expectAccessible(page);

    // on demand, from the record
    await page.getByRole("link", { name: "Check for duplicates" }).click();
    await expect(page.locator("table tbody tr")).toHaveCount(1);
    await expectAccessible(page);
    await page.getByRole("link", { name: /Compare and merge/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Merge two records of the same person");
    await expectAccessible(page);
    // keep the older record: switch sides
    await page.getByRole("link", { name: "Keep the other record instead" }).click();
    await expect(summaryRow(page, "Record kept")).toContainText(older.email);
    await page.getByRole("group", { name: "Email address" }).getByLabel(older.email, { exact: true }).check();
    await page.getByRole("group", { name: "First name" }).getByLabel("Dana", { exact: true }).check();
    await page.getByRole("button", { name: "Merge the records" }).click();
    await expectDone(page, "The records have been merged");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Dana Dupe${run}`);
    const main = page.locator("main");
    await expect(main).toContainText("Merged from");
    await expect(main).toContainText(newer.email);
    await expect(main).toContainText("Met at the Luton jobs fair");
    await expect(page.getByRole("region", { name: "Possible duplicate" })).toHaveCount(0);
    await expectAccessible(page);

    const rows = await query<{ email: string; merged: boolean }>(`select email, "mergedIntoId" is not null as merged from "CandidateProfile" where email in ($1, $2) order by email`, [older.email, newer.email]);
    expect(rows).toEqual([{ email: newer.email, merged: true }, { email: older.email, merged: false }].sort((a, b) => a.email.localeCompare(b.email)));
    const [audit] = await query<{ n: string }>(`select count(*)::text as n from "AuditEvent" e join "CandidateProfile" c on c.id = e."entityId" where c.email = $1 and e.action = 'candidate.merge'`, [older.email]);
    expect(audit.n).toBe("1");
  });

  test("adding a candidate shows errors beside the fields and keeps what was typed", async ({ page }) => {
    await page.goto("/agency/candidates/new");
    await page.getByLabel("First name").fill("Errol");
    await page.getByLabel("Home postcode").fill("not a postcode");
    await page.getByRole("button", { name: "Add the candidate" }).click();
    await expectErrors(page, ["Enter the last name", "Enter the email address", "Enter a full UK postcode"]);
    await expect(page.getByLabel("First name")).toHaveValue("Errol");
    await expectAccessible(page);
  });
});

test.describe("postcode lookup", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an import with one bad row keeps the good rows, reports the bad one, and then decides who is local", async ({ page }) => {
    const run = unique();
    // LU2 8 is an excluded sector, so this candidate is not local by district…
    const cand = { first: "Lee", last: `Lookup${run}`, email: `lee.${run}@example.com`, postcode: "LU2 8ZQ" };
    await addCandidate(page, cand);
    await expect(summaryRow(page, "Local resident")).toContainText("No");

    await page.goto("/agency/admin/postcodes");
    await expectAccessible(page);
    // …but the ONS lookup places LU2 8ZQ in Luton (E06000032)
    const csv = ["pcds,oslaua,osward,ward_name", "LU2 8ZQ,E06000032,E05008900,Stopsley", "NOT-A-POSTCODE,E06000032,,", "LU7 9ZZ,E06000056,,"].join("\n");
    await page.getByRole("button", { name: "Import the file" }).click();
    await expectErrors(page, ["Choose a CSV file to import"]);
    await page.getByLabel("CSV file").setInputFiles({ name: `ons-lookup-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import the file" }).click();
    await expectDone(page, `2 of 3 rows imported from ons-lookup-${run}.csv`);
    const bad = page.getByRole("table", { name: `Rows left out of ons-lookup-${run}.csv` });
    await expect(bad.locator("tbody tr")).toHaveCount(1);
    await expect(bad).toContainText("3");
    await expect(bad).toContainText('"NOT-A-POSTCODE" is not a valid full UK postcode');
    await expectAccessible(page);

    const [c] = await query<{ id: string; local: boolean }>(`select id, "isLocal" as local from "CandidateProfile" where email = $1`, [cand.email]);
    expect(c.local).toBe(true);
    await page.goto(`/agency/candidates/${c.id}`);
    await expect(summaryRow(page, "Local resident")).toContainText("Yes");
    const [rows] = await query<{ n: string }>(`select count(*)::text as n from "PostcodeLookup" where postcode in ('LU2 8ZQ', 'LU7 9ZZ')`);
    expect(rows.n).toBe("2");
  });
});
