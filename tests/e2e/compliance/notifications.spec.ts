import { expect, test } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";
import { query } from "../db";
import { runJobOnce } from "./jobs";

/**
 * The daily job on the demo data, then the bell and the notifications page. The administrator's account
 * receives the job's alerts (the Connect2 team and admins hear about AWR week 10 and expiring right to work).
 * Specs running beside this file can add notifications for the team (a manager cancelling a requisition, …) but
 * never read the administrator's, so counts shown are checked between counts taken before and after, and
 * "marking read" by how many of the administrator's notifications are read.
 */
const ADMIN = "admin@connect2luton.example";

async function countFor(email: string, read: boolean): Promise<number> {
  const [row] = await query<{ n: string }>(
    `select count(*)::text as n from "Notification" n join "User" u on u.id = n."userId" where u.email = $1 and (n."readAt" is not null) = $2`,
    [email, read],
  );
  return Number(row.n);
}
const unreadFor = (email: string) => countFor(email, false);

/** The unread count a page shows, between the database's counts just before and just after reading it. */
async function shownUnread(read: () => Promise<string | null>): Promise<number> {
  const before = await unreadFor(ADMIN);
  const text = (await read()) ?? "";
  const after = await unreadFor(ADMIN);
  const shown = /no unread|none unread/.test(text) ? 0 : Number(/(\d+) unread/.exec(text)?.[1]);
  expect(shown, text).toBeGreaterThanOrEqual(before);
  expect(shown, text).toBeLessThanOrEqual(after);
  return shown;
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
    expect(await unreadFor(ADMIN)).toBeGreaterThan(0);
    await page.goto("/agency");
    const bell = page.getByRole("link", { name: /^Notifications \d+ unread$/ });
    await expect(bell).toBeVisible();
    expect(await shownUnread(() => bell.getAttribute("aria-label").then(async (l) => l ?? (await bell.textContent())))).toBeGreaterThan(0);
    await bell.click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Notifications");
    const status = page.getByText(/^You have (\d+ unread notifications?|no unread notifications)\.?$/);
    await expect(status).toBeVisible();
    await shownUnread(() => status.textContent());
    const list = page.getByRole("list", { name: "Notifications, newest first" });
    await expect(list).toContainText(/AWR: .* is at week 1[01] of 12/);
    await expectAccessible(page);

    const readBefore = await countFor(ADMIN, true);
    await list.getByRole("button", { name: /^Mark as read/ }).first().click();
    await expect.poll(() => countFor(ADMIN, true)).toBe(readBefore + 1);
    await page.reload();
    await shownUnread(() => status.textContent());
    await shownUnread(() => page.getByRole("link", { name: /^Notifications (\d+ unread|\(none unread\))$/ }).textContent());

    await page.getByRole("link", { name: "Unread only" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Unread" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ storageState: storageStateFor("admin"), javaScriptEnabled: false });

  test("mark all as read works as a plain form", async ({ page }) => {
    await page.goto("/notifications");
    const clicked = new Date();
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText(/^You have (no unread notifications|\d+ unread notifications?)\.?$/)).toBeVisible();
    // Everything the administrator had when they clicked is read (specs beside this one may have added since).
    const [left] = await query<{ n: string }>(
      `select count(*)::text as n from "Notification" n join "User" u on u.id = n."userId" where u.email = $1 and n."readAt" is null and n."createdAt" < $2`,
      [ADMIN, clicked],
    );
    expect(Number(left.n)).toBe(0);
    const status = page.getByText(/^You have (no unread notifications|\d+ unread notifications?)\.?$/);
    await shownUnread(() => status.textContent());
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
