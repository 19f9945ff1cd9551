import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { ACCOUNT, signIn } from "../support";
import { query } from "../db";

test.describe("security headers from next start", () => {
  for (const path of ["/jobs", "/sign-in", "/register"]) {
    test(`${path} sends a nonce CSP without unsafe-eval and the other headers`, async ({ request }) => {
      const res = await request.get(path);
      const h = res.headers();
      const csp = h["content-security-policy"];
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).not.toContain("unsafe-eval");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-powered-by"]).toBeUndefined();
      // Over plain HTTP there is no HSTS; behind HTTPS (x-forwarded-proto) there is.
      expect(h["strict-transport-security"]).toBeUndefined();
    });
  }

  test("HSTS is sent when the request came over HTTPS", async ({ request }) => {
    const res = await request.get("/jobs", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  test("each response gets a fresh nonce, and the page's scripts carry it", async ({ page, request }) => {
    const res = await request.get("/sign-in");
    const nonce = res.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
    const html = await res.text();
    const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    const again = (await request.get("/sign-in")).headers()["content-security-policy"];
    expect(again).not.toContain(nonce);
    // And the browser runs the page with no CSP violations (the form is hydrated and interactive).
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
    await signIn(page, ACCOUNT.board.email);
    await page.waitForURL("**/board");
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");
  });
});

test.describe("sessions and forged requests", () => {
  test("an expired session is not accepted", async ({ page, baseURL }) => {
    const [user] = await query<{ id: string; councilId: string }>(`select id, "councilId" from "User" where email = $1`, [ACCOUNT.agency.email]);
    const token = await encode({
      secret: process.env.NEXTAUTH_SECRET!,
      maxAge: -60, // expired a minute ago
      token: { sub: user.id, email: ACCOUNT.agency.email, name: "x", role: "AGENCY", councilId: user.councilId },
    });
    await page.context().addCookies([{ name: "next-auth.session-token", value: token, url: baseURL! }]);
    await page.goto("/agency");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a session signed with another secret is not accepted", async ({ page, baseURL }) => {
    const [user] = await query<{ id: string; councilId: string }>(`select id, "councilId" from "User" where email = $1`, [ACCOUNT.admin.email]);
    const token = await encode({
      secret: "an attacker's guess",
      token: { sub: user.id, email: ACCOUNT.admin.email, name: "x", role: "ADMIN", councilId: user.councilId },
    });
    await page.context().addCookies([{ name: "next-auth.session-token", value: token, url: baseURL! }]);
    await page.goto("/agency");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a server action posted from another origin is refused", async ({ page, request }) => {
    await page.goto("/sign-in");
    // The real form's fields, including Next's hidden action fields, posted cross-site.
    const fields = await page.locator("form").first().evaluate((form: HTMLFormElement) =>
      Array.from(new FormData(form).entries()).map(([k, v]) => [k, String(v)] as [string, string]),
    );
    const multipart: Record<string, string> = Object.fromEntries(fields);
    multipart.email = ACCOUNT.board.email;
    multipart.password = "Connect2-demo";
    const res = await request.post("/sign-in", {
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      multipart,
      maxRedirects: 0,
    });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.headers()["set-cookie"] ?? "").not.toContain("next-auth.session-token");
  });
});
