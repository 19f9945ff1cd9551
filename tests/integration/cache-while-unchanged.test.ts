/**
 * whileUnchanged (lib/cache/while-unchanged.ts): a result is reused only while PostgreSQL's snapshot is the same, so
 * it is never stale — the first call after a committed write computes afresh and sees the write.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { whileUnchanged } from "@/lib/cache/while-unchanged";
import { makeCouncil, resetDatabase } from "./helpers";

beforeEach(resetDatabase);

function counter() {
  let runs = 0;
  const compute = async () => {
    runs++;
    return db().council.count();
  };
  return { compute, runs: () => runs };
}

describe("whileUnchanged", () => {
  it("reuses the result while nothing is written, and recomputes after a write", async () => {
    await makeCouncil();
    const c = counter();
    const key = `councils-${Math.random()}`;
    // Two calls in a row share one computation — unless someone else's write (other tests share the PostgreSQL
    // cluster, and transaction ids are cluster-wide) lands in between, which rightly forces a second: try a few times.
    let reused = false;
    for (let i = 0; i < 20 && !reused; i++) {
      const runs = c.runs();
      expect(await whileUnchanged(key, c.compute)).toBe(1);
      expect(await whileUnchanged(key, c.compute)).toBe(1);
      reused = c.runs() - runs <= 1;
    }
    expect(reused).toBe(true);
    const before = c.runs();

    await makeCouncil();
    expect(await whileUnchanged(key, c.compute)).toBe(2);
    expect(c.runs()).toBe(before + 1);
  });

  it("sees a write committed by a transaction that was already open when the result was computed", async () => {
    await makeCouncil();
    const c = counter();
    const key = `councils-open-${Math.random()}`;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = db().$transaction(async (t) => {
      await t.council.create({ data: { slug: `late${Date.now()}`, name: "Late Council", agencyName: "Connect2Late", localAuthorityCode: "E06000032", region: "East of England" } });
      await gate; // still open (and not visible) while the result is computed
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(await whileUnchanged(key, c.compute)).toBe(1);
    release();
    await tx;
    expect(await whileUnchanged(key, c.compute)).toBe(2);
  });

  it("keeps different keys apart and does not remember failures", async () => {
    const key = `fails-${Math.random()}`;
    await expect(whileUnchanged(key, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await whileUnchanged(key, async () => "ok")).toBe("ok");
    expect(await whileUnchanged(`${key}-other`, async () => "other")).toBe("other");
  });
});
