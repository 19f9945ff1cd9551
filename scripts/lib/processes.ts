import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./database";

/** A development NEXTAUTH_SECRET kept in .data/ so sessions survive restarts (never used in production). */
export function localSecret(): string {
  const file = path.join(ROOT, ".data", "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function runToEnd(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Run long-lived children (next, the worker) until one exits or we get Ctrl-C / SIGTERM; then stop
 * the others and call `cleanup` (which stops the embedded database).
 */
export async function supervise(children: ChildProcess[], cleanup: () => Promise<void>) {
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once("exit", () => resolve());
            c.kill("SIGTERM");
            setTimeout(() => c.kill("SIGKILL"), 10_000).unref();
          }),
      ),
    );
    await cleanup().catch((e) => console.error(e));
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  for (const c of children) c.on("exit", (code) => void stopAll(code ?? 0));
}

export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
