import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { lockedUntil, THROTTLE } from "@/lib/auth/throttle";
import { loadViewer } from "@/lib/auth/load-viewer";
import { makeCouncil, makeService, makeUser, resetDatabase, TEST_PASSWORD } from "./helpers";

describe("sign-in with email and password", () => {
  beforeEach(resetDatabase);

  it("signs in with the right password (any case of email) and records an audit event", async () => {
    const council = await makeCouncil();
    const user = await makeUser(council.id, "AGENCY", { email: "Priya@Example.test" });
    const result = await signInWithPassword({ email: "  PRIYA@example.test ", password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { id: user.id, role: "AGENCY", councilId: council.id } });
    const audit = await db().auditEvent.findMany({ where: { entityId: user.id, action: "auth.sign-in" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown account with the same message", async () => {
    const council = await makeCouncil();
    await makeUser(council.id, "AGENCY", { email: "a@example.test" });
    const wrong = await signInWithPassword({ email: "a@example.test", password: "nope" }, null);
    const unknown = await signInWithPassword({ email: "nobody@example.test", password: "nope" }, null);
    expect(wrong).toEqual({ ok: false, formError: expect.stringContaining("not right") });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const council = await makeCouncil();
    const user = await makeUser(council.id, "HIRING_MANAGER", { email: "gone@example.test", active: false });
    expect((await signInWithPassword({ email: "gone@example.test", password: TEST_PASSWORD }, null)).ok).toBe(false);
    expect(await loadViewer(user.id)).toBeNull();
  });

  it(`locks the account after ${THROTTLE.maxPerAccount} failures, in the database, even for the right password`, async () => {
    const council = await makeCouncil();
    await makeUser(council.id, "BOARD", { email: "board@example.test" });
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) {
      await signInWithPassword({ email: "board@example.test", password: `wrong-${i}` }, `10.0.0.${i}`);
    }
    const locked = await signInWithPassword({ email: "board@example.test", password: TEST_PASSWORD }, "10.0.0.99");
    expect(locked).toEqual({ ok: false, formError: expect.stringContaining("Too many failed attempts") });
    // The lock lives in Postgres, so a restarted server sees it too.
    const row = await db().signInThrottle.findUnique({ where: { key: "email:board@example.test" } });
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    expect(await lockedUntil(["email:board@example.test"])).not.toBeNull();
  });

  it(`locks an IP after ${THROTTLE.maxPerIp} failures across different accounts`, async () => {
    const council = await makeCouncil();
    await makeUser(council.id, "AGENCY", { email: "victim@example.test" });
    for (let i = 0; i < THROTTLE.maxPerIp; i++) {
      await signInWithPassword({ email: `guess${i}@example.test`, password: "x" }, "192.0.2.7");
    }
    const fromSameIp = await signInWithPassword({ email: "victim@example.test", password: TEST_PASSWORD }, "192.0.2.7");
    expect(fromSameIp.ok).toBe(false);
    const fromElsewhere = await signInWithPassword({ email: "victim@example.test", password: TEST_PASSWORD }, "192.0.2.8");
    expect(fromElsewhere.ok).toBe(true);
  });

  it("builds the viewer with the user's council and service rights", async () => {
    const council = await makeCouncil();
    const { service: a } = await makeService(council.id);
    const { service: b } = await makeService(council.id);
    const user = await makeUser(council.id, "HIRING_MANAGER", {
      services: [{ id: a.id, budgetHolder: true }, { id: b.id, secondApprover: true }],
    });
    const v = await loadViewer(user.id);
    expect(v).toMatchObject({
      role: "HIRING_MANAGER",
      councilId: council.id,
      budgetHolderServiceIds: [a.id],
      secondApproverServiceIds: [b.id],
      candidateId: null,
    });
    expect(v!.serviceIds.sort()).toEqual([a.id, b.id].sort());
  });
});
