import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`next start`) on a throw-away seeded database
 * (`npm test` prepares it and passes E2E_DATABASE_URL). Debian's chromium, never a downloaded browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Per-port output so parallel runs never delete each other's traces.
  outputDir: `test-results/${process.env.E2E_PORT ?? 3100}`,
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node_modules/.bin/next start --port ${PORT}`,
    url: `${baseURL}/jobs`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret",
      NEXTAUTH_URL: baseURL,
      DEV_OUTBOX: "true",
      DEMO_SIGN_INS: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
