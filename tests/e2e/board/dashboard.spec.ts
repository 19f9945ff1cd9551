import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStateFor } from "../support";

/** The board's dashboards: real figures for the demo data, charts with tables and CSV, the period picker, the board pack. */
test.use({ storageState: storageStateFor("board") });

function csvRows(text: string): string[][] {
  // The board's CSVs have no quoted newlines; quoted cells may hold commas.
  return text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')).slice(0, -1));
}

async function tableCells(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole("table", { name, exact: true });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("th, td")].map((c) => (c.textContent ?? "").trim())),
  );
}

test("the dashboards show the current quarter's figures as charts, tables and CSV", async ({ page }) => {
  await page.goto("/board");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Board dashboards");
  await expect(page.getByRole("status")).toContainText("Figures for Q3 2026/27");
  for (const h of ["Social value", "Performance", "Workforce"]) await expect(page.getByRole("heading", { level: 2, name: h })).toBeVisible();
  const headline = page.getByRole("list", { name: "Performance: headline figures" });
  await expect(headline).toContainText("Fill rate");
  await expect(headline).toContainText("%");
  // Charts are drawn in the browser, each an image named by its figures, with the same figures in a table below.
  const charts = page.locator('[role="img"][aria-label^="Bar chart: "]');
  await expect(charts).toHaveCount(6);
  await expect(charts.first().locator("svg.recharts-surface")).toBeVisible();
  const localQ = await tableCells(page, "Local residents' share of placements started, by quarter");
  expect(localQ.map((r) => r[0])).toEqual(["Q4 2025/26", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27 (to date)"]);
  for (const [quarter, , , share] of localQ) await expect(charts.first()).toHaveAttribute("aria-label", new RegExp(`${quarter.replace(/[()]/g, ".")}: Local share ${share}`));
  // People counts are never 1 to 4, and a hidden one cannot be worked out from the total on the tile: when exactly one
  // group is "fewer than 5" and the tile gives a number, another group is withheld too.
  const groups = await tableCells(page, "People hired from priority groups");
  expect(groups).toHaveLength(5);
  for (const [, n] of groups) expect(n === "0" || n === "fewer than 5" || n === "withheld" || Number(n.replace(/,/g, "")) >= 5, n).toBe(true);
  const groupsTile = (await page.locator('[data-figure="priority-group-hires"] .text-3xl').textContent())?.trim() ?? "";
  if (groups.filter(([, n]) => n === "fewer than 5").length === 1 && /^[\d,]+$/.test(groupsTile)) {
    expect(groups.some(([, n]) => n === "withheld"), `${groupsTile}: ${JSON.stringify(groups)}`).toBe(true);
  }
  await expect(page.locator("main")).toContainText("fewer than 5");
  // The CSV has exactly the table's figures.
  const res = await page.request.get("/board/export/local-share-by-quarter");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toContain("local-share-by-quarter-Q3-2026-27.csv");
  const rows = csvRows(await res.text());
  expect(rows[0]).toEqual(["Period", "Quarter", "Placements started", "Local residents", "Local share"]);
  expect(rows.slice(1).map((r) => r.slice(1))).toEqual(localQ);
  const summary = csvRows(await (await page.request.get("/board/export/summary")).text());
  expect(summary[0]).toEqual(["Period", "Section", "Figure", "Value", "What it counts"]);
  expect(summary.length - 1).toBe(17);
  // The fill rate says what it counts: fills in the period over releases in it, with the cohort figure apart.
  await expect(headline).toContainText("Requisitions filled in the period");
  await expect(headline).toContainText("Released in the period and filled by its end");
  await expectAccessible(page);
});

test("the period picker and filters change every figure, and say so", async ({ page }) => {
  await page.goto("/board");
  await page.getByLabel("Period type", { exact: true }).selectOption("year");
  await page.getByLabel("Financial year", { exact: true }).selectOption("2025");
  await page.getByLabel("Service", { exact: true }).selectOption({ label: "Adult Social Care" });
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/period=year/);
  await expect(page.getByRole("status")).toContainText("Figures for 2025/26: 1 April 2025 to 31 March 2026 — Adult Social Care");
  const services = await tableCells(page, "Spend against budget by service");
  expect(services.map((r) => r[0])).toEqual(["Adult Social Care"]);
  const localQ = await tableCells(page, "Local residents' share of placements started, by quarter");
  expect(localQ.map((r) => r[0])).toEqual(["Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26"]);
  // The CSV link carries the same period and filter.
  const href = await page.getByRole("link", { name: /Download this table as CSV\s*: Spend against budget by service/ }).getAttribute("href");
  expect(href).toContain("period=year");
  expect(href).toContain("service=");
  const rows = csvRows(await (await page.request.get(href!)).text());
  expect(rows[0].slice(0, 2)).toEqual(["Period", "Filters"]);
  expect(rows.slice(1).map((r) => r.slice(2))).toEqual(services);
  await expectAccessible(page);
});

test("your own dates: a mistake is shown in an error summary and the current quarter instead", async ({ page }) => {
  await page.goto("/board?period=custom&from=2026-08-01&to=2026-07-01");
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("The last day must be the same as or after the first day");
  await expect(page.getByRole("status")).toContainText("Q3 2026/27");
  await expectAccessible(page);
  await page.goto("/board?period=custom&from=2026-06-01&to=2026-09-30");
  await expect(page.getByRole("status")).toContainText("1 June 2026 to 30 September 2026");
});

test("the board pack prints on A4 with a page per section and no navigation", async ({ page }) => {
  await page.goto("/board/pack?period=quarter&fy=2026&quarter=2");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Social value and performance: Q2 2026/27");
  await expect(page.locator('[role="img"] svg.recharts-surface').first()).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print the board pack" })).toBeHidden();
  const breaks = await page.locator(".board-section").evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks).toEqual(["auto", "page", "page"]);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(12);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the period form still works and every figure is in a table", async ({ page }) => {
    await page.goto("/board");
    await page.getByLabel("Period type", { exact: true }).selectOption("quarter");
    await page.getByLabel("Financial year", { exact: true }).selectOption("2026");
    await page.getByLabel("Quarter", { exact: true }).selectOption("1");
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect(page.getByRole("status")).toContainText("Q1 2026/27");
    await expect(page.getByRole("table")).toHaveCount(7);
  });
});

test.describe("an administrator", () => {
  test.use({ storageState: storageStateFor("admin") });
  test("sees the board dashboards", async ({ page }) => {
    const res = await page.goto("/board");
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Board dashboards");
  });
});

test.describe("the Connect2 team and hiring managers", () => {
  for (const role of ["agency", "manager"] as const) {
    test.describe(role, () => {
      test.use({ storageState: storageStateFor(role) });
      test("are refused the board's pages and downloads", async ({ page }) => {
        for (const path of ["/board", "/board/pack"]) expect((await page.goto(path))?.status(), path).toBe(403);
        expect((await page.request.get("/board/export/summary")).status()).toBe(403);
      });
    });
  }
});

test("signed out, the CSV download asks for sign-in", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const res = await context.request.get("/board/export/summary", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(res.status());
  await context.close();
});
