import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");

describe("schema and migrations", () => {
  it("prisma/schema.prisma and the committed migrations describe the same database", () => {
    const res = spawnSync(
      process.execPath,
      [
        "--require", path.join(ROOT, "scripts/unref-timers.cjs"),
        path.join(ROOT, "node_modules/prisma/build/index.js"),
        "migrate", "diff",
        "--from-migrations", "prisma/migrations",
        "--to-schema-datamodel", "prisma/schema.prisma",
        "--exit-code",
      ],
      { cwd: ROOT, env: process.env, encoding: "utf8" },
    );
    // --exit-code: 0 = no difference, 2 = a migration is missing, 1 = error
    expect(res.stdout + res.stderr).toContain("No difference detected");
    expect(res.status).toBe(0);
  }, 120_000);
});
