import { describe, expect, it } from "vitest";
import { ir35View } from "./ir35-view";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const sds = { status: "INSIDE" as const, reasons: "The council directs the work.", determinedOn: d("2026-09-01"), disagreementResponse: null };

describe("ir35View", () => {
  it("no determination: null", () => expect(ir35View(null, "2026-11-24")).toBeNull());

  it.each<[string, string | null, string | null, string, string, number | null, string]>([
    ["no disagreement", null, null, "2026-11-24", "-", null, "-"],
    ["open: 45 days counting the day received", "2026-10-20", null, "2026-11-24", "open", 9, "Open: respond by 3 December 2026 (9 days left)."],
    ["overdue", "2026-10-01", null, "2026-11-24", "overdue", -10, "Overdue: the response was due by 14 November 2026, 10 days ago."],
    ["answered in time", "2026-10-01", "2026-11-14", "2026-11-24", "answered", null, "Answered on 14 November 2026, within the deadline of 14 November 2026."],
  ])("%s", (_name, received, responded, today, state, daysRemaining, summary) => {
    const v = ir35View({ ...sds, disagreementReceivedOn: received ? d(received) : null, disagreementRespondedOn: responded ? d(responded) : null }, today)!;
    expect(v.status).toBe("INSIDE");
    expect(v.determinedOn).toBe("2026-09-01");
    if (!received) return expect(v.disagreement).toBeNull();
    expect(v.disagreement).toMatchObject({ receivedOn: received, respondedOn: responded, state, daysRemaining, summary });
  });

  it("respond-by is the received day + 44, matching the stored disagreementRespondBy", () => {
    const v = ir35View({ ...sds, disagreementReceivedOn: d("2026-10-01"), disagreementRespondedOn: null }, "2026-10-01")!;
    expect(v.disagreement?.respondBy).toBe("2026-11-14");
  });
});
