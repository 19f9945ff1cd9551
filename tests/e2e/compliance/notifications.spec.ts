import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { runJobOnce } from "./jobs";

/**
 * The daily job on the demo data, then the bell and the notifications page. The administrator's account
 * receives the job's alerts (the Connect2 team and admins hear about AWR week 10 and expiring right to work);
 * the seed gives it no other notifications, so its counts are this file's own.
 */
const ADMIN = "admin@connect2luton.example";

async function unreadFor(email: string): Promise<number> {
  const [row] = await query<{ n: string }>(`select count(*)::text as n from "Notification" n join "User" u on u.id = n."userId" where u.email = $1 and n."readAt" is null`, [email]);
  return Number(row.n);
}

test.describe.configure({ mode: "serial" });

test.describe("the daily job on the demo data", () => {
  test("running it twice gives each expected alert once", async () => {
    test.setTimeout(180_000);
    const first = runJobOnce("daily-alerts");
    const awr = first.find((r) => r.job === "awr-alerts")!;
    expect(awr.due, "the demo data has workers at week 10 or 11 of the AWR clock").toBeGreaterThan(0);
    const keys = await query<{ dedupeKey: string; n: string }>(
      `select n."dedupeKey", count(*)::text as n from "Notification" n join "User" u on u.id = n."userId" where u.email = $1 and n.kind = 'awr.week10' group by 1`,
      [ADMIN],
    );
    expect(keys.length).toBe(awr.due); // one alert per worker at week 10, to the admin among others
    for (const k of keys) expect(k.n).toBe("1");
    const total = async () => Number((await query<{ n: string }>(`select count(*)::text as n from "Notification"`))[0].n);
    const emails = async () => Number((await query<{ n: string }>(`select count(*)::text as n from "OutboundEmail"`))[0].n);
    const before = { n: await total(), e: await emails() };
    const second = runJobOnce("daily-alerts");
    for (const r of second) expect(r.notificationsWritten, r.job).toBe(0);
    expect(await total()).toBe(before.n);
    expect(await emails()).toBe(before.e);
  });
});

test.describe("bell and notifications page (administrator)", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("the bell shows the unread count and leads to an accessible list; marking one read lowers it", async ({ page }) => {
    const unread = await unreadFor(ADMIN);
    expect(unread).toBeGreaterThan(0);
    await page.goto("/agency");
    const bell = page.getByRole("link", { name: new RegExp(`^Notifications ${unread} unread$`) });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Notifications");
    await expect(page.getByText(`You have ${unread} unread notification`)).toBeVisible();
    const list = page.getByRole("list", { name: "Notifications, newest first" });
    await expect(list).toContainText(/AWR: .* is at week 1[01] of 12/);
    await expectAccessible(page);

    await list.getByRole("button", { name: /^Mark as read/ }).first().click();
    await expect(page.getByText(unread - 1 === 0 ? "You have no unread notifications." : `You have ${unread - 1} unread notification`)).toBeVisible();
    await expect(page.getByRole("link", { name: unread - 1 === 0 ? "Notifications (none unread)" : `Notifications ${unread - 1} unread` })).toBeVisible();
    expect(await unreadFor(ADMIN)).toBe(unread - 1);

    await page.getByRole("link", { name: "Unread only" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Unread" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ storageState: storageStateFor("admin"), javaScriptEnabled: false });

  test("mark all as read works as a plain form", async ({ page }) => {
    await page.goto("/notifications");
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText("You have no unread notifications.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Notifications (none unread)" })).toBeVisible();
    expect(await unreadFor(ADMIN)).toBe(0);
  });
});

for (const role of ["manager", "candidate", "board"] as const) {
  test.describe(`${role}: bell in the portal, own notifications only`, () => {
    test.use({ storageState: storageStateFor(role) });
    test(`the ${role} sees a bell and an accessible notifications page`, async ({ page }) => {
      const home = { manager: "/manager", candidate: "/candidate", board: "/board" }[role];
      await page.goto(home);
      await expect(page.getByRole("link", { name: /^Notifications/ })).toBeVisible();
      await page.goto("/notifications");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Notifications");
      if (role !== "manager") await expect(page.getByText(/AWR:/)).toHaveCount(0); // AWR alerts go to the team and the service's managers
      await expectAccessible(page);
    });
  });
}

test("signed out, /notifications asks you to sign in", async ({ page }) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications/);
});
