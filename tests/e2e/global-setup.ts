import fs from "node:fs";
import { chromium, type FullConfig } from "@playwright/test";
import { ACCOUNT, AUTH_DIR, signIn, storageStateFor, type DemoRole } from "./support";

/** One saved sign-in per role, so journeys start signed in. */
export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  fs.mkdirSync(AUTH_DIR, { recursive: true });
  const browser = await chromium.launch(launchOptions);
  for (const role of Object.keys(ACCOUNT) as DemoRole[]) {
    const page = await browser.newPage({ baseURL });
    await signIn(page, ACCOUNT[role].email);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(role) });
    await page.close();
  }
  await browser.close();
}
