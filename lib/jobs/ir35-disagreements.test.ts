import { describe, expect, it } from "vitest";
import { ir35DisagreementAlertsDue, type OpenDisagreement } from "./ir35-disagreements";

const ASOF = "2026-11-24";
const row = (receivedOn: string): OpenDisagreement => ({ determinationId: "sd1", applicationId: "a1", workerName: "Ola Bello", jobTitle: "Interim Head of Finance", receivedOn });

describe("ir35DisagreementAlertsDue", () => {
  // The deadline is received + 44 days (45 days counting the day received): received 18 October → 1 December.
  it.each<[string, string, null | { stage: string; deadline: string; daysRemaining: number; title: string; body: string }]>([
    ["received today: 44 days left, no alert", "2026-11-24", null],
    ["deadline in 8 days: not yet", "2026-10-19", null],
    ["deadline in 7 days: due soon", "2026-10-18", {
      stage: "due-soon", deadline: "2026-12-01", daysRemaining: 7,
      title: "IR35 disagreement response due by 1 December 2026: Ola Bello",
      body: "Ola Bello disagreed with the IR35 status determination for Interim Head of Finance on 18 October 2026. The council must answer by 1 December 2026 (in 7 days).",
    }],
    ["deadline tomorrow", "2026-10-12", {
      stage: "due-soon", deadline: "2026-11-25", daysRemaining: 1,
      title: "IR35 disagreement response due by 25 November 2026: Ola Bello",
      body: "Ola Bello disagreed with the IR35 status determination for Interim Head of Finance on 12 October 2026. The council must answer by 25 November 2026 (tomorrow).",
    }],
    ["deadline today: still due soon, not overdue", "2026-10-11", {
      stage: "due-soon", deadline: "2026-11-24", daysRemaining: 0,
      title: "IR35 disagreement response due by 24 November 2026: Ola Bello",
      body: "Ola Bello disagreed with the IR35 status determination for Interim Head of Finance on 11 October 2026. The council must answer by 24 November 2026 (today).",
    }],
    ["deadline yesterday: overdue", "2026-10-10", {
      stage: "overdue", deadline: "2026-11-23", daysRemaining: -1,
      title: "IR35 disagreement response overdue: Ola Bello",
      body: "Ola Bello disagreed with the IR35 status determination for Interim Head of Finance on 10 October 2026. The council had to answer by 23 November 2026; record the response now.",
    }],
  ])("%s", (_name, receivedOn, expected) => {
    const alerts = ir35DisagreementAlertsDue([row(receivedOn)], ASOF);
    if (!expected) return expect(alerts).toEqual([]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toEqual({ determinationId: "sd1", applicationId: "a1", ...expected, dedupeKey: `ir35-disagreement:sd1:${receivedOn}:${expected.stage}` });
  });

  it("one key per stage: due-soon days share a key, overdue gets its own", () => {
    expect(ir35DisagreementAlertsDue([row("2026-10-15")], "2026-11-20")).toEqual([]); // deadline 28 November: 8 days away
    const keys = ["2026-11-21", "2026-11-28", "2026-11-29"].map((asOf) => ir35DisagreementAlertsDue([row("2026-10-15")], asOf)[0].dedupeKey);
    expect(keys).toEqual(["ir35-disagreement:sd1:2026-10-15:due-soon", "ir35-disagreement:sd1:2026-10-15:due-soon", "ir35-disagreement:sd1:2026-10-15:overdue"]);
  });
});
