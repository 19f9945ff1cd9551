import { describe, expect, it } from "vitest";
import { impliedRenewalDate, registrationRemindersDue, registrationStage, type RegistrationRow } from "./registration-renewals";

describe("impliedRenewalDate (Social Work England renews by 30 November each year)", () => {
  it.each([
    { body: "Social Work England", asOf: "2026-11-24", date: "2026-11-30" },
    { body: "social work england", asOf: "2026-11-30", date: "2026-11-30" },
    { body: "Social Work England", asOf: "2026-12-01", date: "2027-11-30" },
    { body: "Social Work England", asOf: "2026-01-15", date: "2026-11-30" },
    { body: "Health and Care Professions Council", asOf: "2026-11-24", date: null },
    { body: null, asOf: "2026-11-24", date: null },
  ])("$body on $asOf → $date", ({ body, asOf, date }) => {
    expect(impliedRenewalDate(body, asOf)).toBe(date);
  });
});

describe("registrationStage", () => {
  it.each([
    { days: 31, stage: null },
    { days: 30, stage: "30-days" },
    { days: 8, stage: "30-days" },
    { days: 7, stage: "7-days" },
    { days: 0, stage: "7-days" },
    { days: -1, stage: "overdue" },
  ])("$days days before → $stage", ({ days, stage }) => {
    expect(registrationStage(days)).toBe(stage);
  });
});

const ASOF = "2026-11-24";
const reg = (over: Partial<RegistrationRow>): RegistrationRow => ({ id: "r1", body: "Social Work England", status: "PASSED", renewalDate: null, superseded: false, ...over });
const keys = (rows: RegistrationRow[]) => registrationRemindersDue([{ candidateId: "c1", workerName: "Sam Okoro", registrations: rows }], ASOF).map((r) => r.dedupeKey);

describe("registrationRemindersDue", () => {
  it.each([
    { name: "SWE with no date: the 30 November renewal, 6 days away", rows: [reg({})], keys: ["registration-renewal:r1:2026-11-30:7-days"] },
    { name: "recorded date 26 days away: first reminder", rows: [reg({ renewalDate: "2026-12-20" })], keys: ["registration-renewal:r1:2026-12-20:30-days"] },
    { name: "recorded date well ahead: nothing", rows: [reg({ renewalDate: "2027-11-30" })], keys: [] },
    { name: "recorded date passed: overdue", rows: [reg({ renewalDate: "2026-11-01" })], keys: ["registration-renewal:r1:2026-11-01:overdue"] },
    { name: "another regulator with no date: nothing to go on", rows: [reg({ body: "HCPC" })], keys: [] },
    { name: "failed check: nothing", rows: [reg({ status: "FAILED" })], keys: [] },
    { name: "superseded check: nothing", rows: [reg({ superseded: true, renewalDate: "2026-12-01" })], keys: [] },
    {
      name: "the latest registration per regulator decides",
      rows: [reg({ id: "old", renewalDate: "2025-11-30" }), reg({ id: "new", renewalDate: "2027-11-30" })],
      keys: [],
    },
    {
      name: "two regulators remind separately",
      rows: [reg({ id: "swe", renewalDate: "2026-12-01" }), reg({ id: "hcpc", body: "HCPC", renewalDate: "2026-12-10" })],
      keys: ["registration-renewal:swe:2026-12-01:7-days", "registration-renewal:hcpc:2026-12-10:30-days"],
    },
  ])("$name", ({ rows, keys: expected }) => {
    expect(keys(rows)).toEqual(expected);
  });

  it("explains an assumed date", () => {
    const [r] = registrationRemindersDue([{ candidateId: "c1", workerName: "Sam Okoro", registrations: [reg({})] }], ASOF);
    expect(r.renewalDateAssumed).toBe(true);
    expect(r.body).toContain("must be renewed by 30 November 2026 (in 6 days)");
    expect(r.body).toContain("renews every registration by 30 November");
    expect(r.workerTitle).toBe("Renew your Social Work England registration by 30 November 2026");
  });
});
