import { describe, expect, it } from "vitest";
import { rtwAlertsDue, type RtwCheckRow } from "./rtw-expiry";

const ASOF = "2026-11-24";
const check = (over: Partial<RtwCheckRow>): RtwCheckRow => ({ id: "k1", route: "TIME_LIMITED", status: "PASSED", expiresOn: "2027-06-30", superseded: false, ...over });
const worker = (checks: RtwCheckRow[]) => ({ candidateId: "c1", workerName: "Amina Khan", serviceIds: ["s1"], checks });

describe("rtwAlertsDue", () => {
  it.each([
    { name: "British or Irish: never", checks: [check({ route: "BRITISH_OR_IRISH", expiresOn: null })], key: null },
    { name: "settled status: never", checks: [check({ route: "SETTLED", expiresOn: null })], key: null },
    { name: "expires in 31 days: not yet", checks: [check({ expiresOn: "2026-12-25" })], key: null },
    { name: "expires in 30 days: alert", checks: [check({ expiresOn: "2026-12-24" })], key: "rtw-expiry:k1:2026-12-24" },
    { name: "expires today: alert (still valid today)", checks: [check({ expiresOn: ASOF })], key: `rtw-expiry:k1:${ASOF}` },
    { name: "expired yesterday: expired alert", checks: [check({ expiresOn: "2026-11-23" })], key: "rtw-expired:k1:2026-11-23" },
    { name: "pre-settled status expiring: alert", checks: [check({ route: "PRE_SETTLED", expiresOn: "2026-12-01" })], key: "rtw-expiry:k1:2026-12-01" },
    { name: "route not recorded but an expiry is: treated as time-limited", checks: [check({ route: null, expiresOn: "2026-12-01" })], key: "rtw-expiry:k1:2026-12-01" },
    { name: "superseded expiring check is ignored", checks: [check({ expiresOn: "2026-12-01", superseded: true })], key: null },
    { name: "a newer check with a later expiry wins", checks: [check({ id: "old", expiresOn: "2026-12-01" }), check({ id: "new", expiresOn: "2028-01-31" })], key: null },
    { name: "settled status recorded beside an expiring visa: no alert", checks: [check({ expiresOn: "2026-12-01" }), check({ id: "k2", route: "SETTLED", expiresOn: null })], key: null },
    { name: "pending check only: nothing to alert on (the gate handles it)", checks: [check({ status: "PENDING", expiresOn: "2026-12-01" })], key: null },
    { name: "failed renewal beside an expiring pass: alert on the pass", checks: [check({ expiresOn: "2026-12-01" }), check({ id: "k2", status: "FAILED", expiresOn: "2028-01-01" })], key: "rtw-expiry:k1:2026-12-01" },
    { name: "time-limited without an expiry: nothing to date an alert on", checks: [check({ expiresOn: null })], key: null },
  ])("$name", ({ checks, key }) => {
    const alerts = rtwAlertsDue([worker(checks)], ASOF);
    expect(alerts.map((a) => a.dedupeKey)).toEqual(key ? [key] : []);
  });

  it("says when, in words, to the team and to the worker", () => {
    const [a] = rtwAlertsDue([worker([check({ expiresOn: "2026-12-04" })])], ASOF);
    expect(a.kind).toBe("rtw.expiring");
    expect(a.daysUntilExpiry).toBe(10);
    expect(a.body).toBe("Amina Khan's right to work ends on 4 December 2026 (in 10 days). Carry out a follow-up check before then (alerts start 30 days ahead).");
    expect(a.workerTitle).toBe("Your right to work ends on 4 December 2026");
    const [e] = rtwAlertsDue([worker([check({ expiresOn: "2026-11-01" })])], ASOF);
    expect(e.kind).toBe("rtw.expired");
    expect(e.body).toContain("expired on 1 November 2026");
  });
});
