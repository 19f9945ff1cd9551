import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";

test.describe("signed out", () => {
  for (const path of ["/manager", "/candidate", "/agency", "/board"]) {
    test(`${path} sends a visitor to sign in and back`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
    });
  }
});

test.describe("a candidate", () => {
  test.use({ storageState: storageStateFor("candidate") });
  for (const path of ["/manager", "/agency", "/board"]) {
    test(`is refused at ${path}`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
      await expect(page.locator("main")).not.toContainText("LUT-REQ");
      await expectAccessible(page);
    });
  }
});

test.describe("a board member", () => {
  test.use({ storageState: storageStateFor("board") });
  for (const path of ["/candidate", "/manager", "/agency"]) {
    test(`is refused at ${path}`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
    });
  }
});

test.describe("council isolation", () => {
  test.describe("Luton's Connect2 team", () => {
    test.use({ storageState: storageStateFor("agency") });
    test("sees none of Dudley's requisitions", async ({ page }) => {
      const dudley = await query<{ reference: string }>(
        `select r.reference from "Requisition" r join "Council" c on c.id = r."councilId" where c.slug = 'dudley'`,
      );
      expect(dudley.length).toBeGreaterThan(0);
      for (let p = 1; p <= 5; p++) {
        await page.goto(`/agency?page=${p}`);
        const text = await page.locator("main").textContent();
        for (const r of dudley) expect(text).not.toContain(r.reference);
      }
    });
  });

  test.describe("Dudley's hiring manager", () => {
    test.use({ storageState: storageStateFor("dudleyManager") });
    test("sees only Dudley's requisitions", async ({ page }) => {
      await page.goto("/manager");
      await expect(page.locator("main tbody tr").first()).toBeVisible();
      await expect(page.locator("main")).not.toContainText("LUT-REQ");
      await expect(page.getByRole("banner")).toContainText("Dudley");
    });
  });

  test("Luton's job board never shows a Dudley vacancy, even by id", async ({ page }) => {
    const [d] = await query<{ id: string }>(
      `select r.id from "Requisition" r join "Council" c on c.id = r."councilId" where c.slug = 'dudley' and r.status = 'OPEN' limit 1`,
    );
    const res = await page.goto(`/jobs/${d.id}`);
    expect(res?.status()).toBe(404);
  });
});
