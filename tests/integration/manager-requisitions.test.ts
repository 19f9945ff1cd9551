import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { requisitionSchema } from "@/lib/requisitions/schemas";
import { saveRequisition } from "@/lib/requisitions/save-requisition";
import { submitRequisition } from "@/lib/requisitions/submit-requisition";
import { decideRequisition } from "@/lib/requisitions/decide-requisition";
import { getManagerRequisition, listApprovalQueue } from "@/lib/requisitions/manager-queries";
import { exportManagerRequisitions, listManagerRequisitions } from "@/lib/requisitions/queries";
import { resetDatabase, viewerOf } from "./helpers";
import { isoPlusDays, managerWorld } from "./manager-fixtures";

type World = Awaited<ReturnType<typeof managerWorld>>;

/** A valid form post (as the action passes it to the schema). 10 weeks × 37.5 h × charge. */
function form(w: World, extra: Record<string, string> = {}) {
  return requisitionSchema.parse({
    jobTitle: "Senior Support Worker",
    serviceId: w.asc.service.id,
    costCentreId: w.asc.costCentre.id,
    roleCategory: "SOCIAL_CARE",
    grade: "Band 3",
    reason: "SICKNESS_MATERNITY_COVER",
    headcount: "1",
    hoursPerWeek: "37.5",
    startDate: isoPlusDays(14),
    expectedEndDate: isoPlusDays(14 + 69), // 70 days inclusive = 10 weeks
    payRate: "13.50",
    payRateMax: "",
    dbsLevel: "ENHANCED_BARRED",
    registrationRequired: "",
    limitedCompanyAllowed: "no",
    duties: "Personal care and medication support in people's homes.",
    ...extra,
  });
}

describe("raising, submitting and approving requisitions", () => {
  beforeEach(resetDatabase);

  it("raises a draft with a reference, the judged charge rate and estimated cost, and history", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const r = await saveRequisition(raiser, form(w), { submit: false });
    expect(r.reference).toBe("LUT-REQ-0001");
    expect(r.status).toBe("DRAFT");
    const row = await db().requisition.findUniqueOrThrow({ where: { id: r.id } });
    // pay £13.50 sits half way in £12–£15, so charge is half way in £16–£20 = £18.00; 10 weeks × 37.5 h × £18
    expect(row.chargeRatePence).toBe(1800);
    expect(row.estimatedCostPence).toBe(675_000);
    expect(row.payRateMinPence).toBe(1350);
    expect(row.payRateMaxPence).toBe(1350);
    const second = await saveRequisition(raiser, form(w), { submit: false });
    expect(second.reference).toBe("LUT-REQ-0002");
    const audit = await db().auditEvent.findMany({ where: { entityId: r.id } });
    expect(audit.map((a) => a.action)).toEqual(["requisition.create"]);
  });

  it("refuses a pay rate outside the rate card, another service, another service's cost centre and a missing card, beside each field", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const fieldErrors = async (input: ReturnType<typeof form>) => {
      try {
        await saveRequisition(raiser, input, { submit: false });
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        return (e as DomainError).fieldErrors;
      }
      throw new Error("expected a refusal");
    };
    expect(await fieldErrors(form(w, { payRate: "16.00" }))).toMatchObject({ payRate: expect.stringContaining("£12.00 to £15.00") });
    expect(await fieldErrors(form(w, { payRate: "13.00", payRateMax: "15.50" }))).toMatchObject({ payRateMax: expect.stringContaining("rate card") });
    expect(await fieldErrors(form(w, { serviceId: w.housing.service.id, costCentreId: w.housing.costCentre.id }))).toMatchObject({ serviceId: "Choose one of your own services" });
    expect(await fieldErrors(form(w, { costCentreId: w.housing.costCentre.id }))).toMatchObject({ costCentreId: expect.any(String) });
    expect(await fieldErrors(form(w, { grade: "Band 9" }))).toMatchObject({ grade: expect.stringContaining("no rate card") });
    expect(await fieldErrors(form(w, { startDate: isoPlusDays(-3) }))).toMatchObject({ startDate: expect.any(String) });
    expect(await db().requisition.count()).toBe(0);
  });

  it("the schema gives a message for each missing field", () => {
    const res = requisitionSchema.safeParse({});
    expect(res.success).toBe(false);
    const paths = new Set(res.error!.issues.map((i) => String(i.path[0])));
    for (const f of ["jobTitle", "serviceId", "costCentreId", "roleCategory", "grade", "reason", "headcount", "hoursPerWeek", "startDate", "expectedEndDate", "payRate", "dbsLevel", "limitedCompanyAllowed", "duties"]) {
      expect(paths.has(f), f).toBe(true);
    }
  });

  it("below the threshold one budget-holder approval approves it; the raiser sees who and when, and is told", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const r = await saveRequisition(raiser, form(w), { submit: true });
    expect(r.status).toBe("SUBMITTED");
    expect(r.requiresSecondApproval).toBe(false);
    // the budget holder is told it needs approval
    expect(await db().notification.count({ where: { userId: w.budgetHolder.id, kind: "requisition.submitted" } })).toBe(1);
    const bh = await viewerOf(w.budgetHolder.id);
    expect((await listApprovalQueue(bh)).rows.map((x) => x.id)).toEqual([r.id]);
    expect((await listApprovalQueue(raiser)).rows).toEqual([]);
    const out = await decideRequisition(bh, { requisitionId: r.id, decision: "APPROVED", reason: null });
    expect(out).toMatchObject({ step: "FIRST", status: "APPROVED" });
    const detail = await getManagerRequisition(raiser, r.id);
    expect(detail.status).toBe("APPROVED");
    expect(detail.approvals).toEqual([expect.objectContaining({ step: "FIRST", decision: "APPROVED", decidedByName: "Test HIRING_MANAGER" })]);
    expect(detail.history.map((h) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED", "APPROVED"]);
    expect(await db().notification.count({ where: { userId: w.raiser.id, kind: "requisition.approved" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.agency.id, kind: "requisition.approved" } })).toBe(1);
    expect((await db().auditEvent.findMany({ where: { entityId: r.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "requisition.create", "requisition.submit", "requisition.approve",
    ]);
  });

  it("above the threshold it needs a second approver, who must be a different person from the first", async () => {
    const w = await managerWorld({ thresholdPence: 2_500_000 });
    const raiser = await viewerOf(w.raiser.id);
    // 3 people × 10 weeks × 37.5 h × £18 = £20,250 … make it 4 = £27,000 (> £25,000)
    const r = await saveRequisition(raiser, form(w, { headcount: "4" }), { submit: true });
    expect(r.estimatedCostPence).toBe(2_700_000);
    expect(r.requiresSecondApproval).toBe(true);
    const head = await viewerOf(w.head.id);
    const bh = await viewerOf(w.budgetHolder.id);
    // the head of service makes the first approval…
    expect(await decideRequisition(head, { requisitionId: r.id, decision: "APPROVED", reason: null })).toMatchObject({ step: "FIRST", status: "SUBMITTED" });
    // …so cannot make the second; a budget holder without the second-approver right cannot either
    await expect(decideRequisition(head, { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toThrow(/different person/);
    await expect(decideRequisition(bh, { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listApprovalQueue(head)).rows).toEqual([]);
    expect((await getManagerRequisition(raiser, r.id)).pendingStep).toBe("SECOND");
    // a second head of service approves
    const { makeUser } = await import("./helpers");
    const finance = await makeUser(w.council.id, "HIRING_MANAGER", { services: [{ id: w.asc.service.id, secondApprover: true }] });
    const fin = await viewerOf(finance.id);
    expect((await listApprovalQueue(fin)).rows.map((x) => [x.id, x.step])).toEqual([[r.id, "SECOND"]]);
    expect(await decideRequisition(fin, { requisitionId: r.id, decision: "APPROVED", reason: null })).toMatchObject({ step: "SECOND", status: "APPROVED" });
    const detail = await getManagerRequisition(raiser, r.id);
    expect(detail.approvals.map((a) => [a.step, a.decision])).toEqual([["FIRST", "APPROVED"], ["SECOND", "APPROVED"]]);
    expect(detail.status).toBe("APPROVED");
  });

  it("exactly at the threshold one approval is enough", async () => {
    const w = await managerWorld({ thresholdPence: 675_000 });
    const r = await saveRequisition(await viewerOf(w.raiser.id), form(w), { submit: true });
    expect(r.estimatedCostPence).toBe(675_000);
    expect(r.requiresSecondApproval).toBe(false);
  });

  it("the raiser cannot approve their own requisition, even as budget holder", async () => {
    const w = await managerWorld();
    const bh = await viewerOf(w.budgetHolder.id);
    const r = await saveRequisition(bh, form(w), { submit: true });
    await expect(decideRequisition(bh, { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toThrow(/segregation of duties/);
    expect((await getManagerRequisition(bh, r.id)).decisionRefusal).toMatch(/You raised this requisition/);
    expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
  });

  it("a declined requisition is amended and resubmitted, keeping the first decision in its history", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const bh = await viewerOf(w.budgetHolder.id);
    const r = await saveRequisition(raiser, form(w), { submit: true });
    await decideRequisition(bh, { requisitionId: r.id, decision: "DECLINED", reason: "Use the bank staff first" });
    expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("DECLINED");
    expect(await db().notification.count({ where: { userId: w.raiser.id, kind: "requisition.declined" } })).toBe(1);
    // a decision cannot be made twice
    await expect(decideRequisition(bh, { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toBeInstanceOf(DomainError);
    await saveRequisition(raiser, form(w, { hoursPerWeek: "30" }), { id: r.id, submit: true });
    const after = await getManagerRequisition(raiser, r.id);
    expect(after.status).toBe("SUBMITTED");
    expect(after.submissionCount).toBe(2);
    expect(after.hoursPerWeek).toBe("30");
    expect(after.approvals).toEqual([expect.objectContaining({ submissionNo: 1, decision: "DECLINED", reason: "Use the bank staff first" })]);
    expect(after.pendingStep).toBe("FIRST");
    await decideRequisition(bh, { requisitionId: r.id, decision: "APPROVED", reason: null });
    const done = await getManagerRequisition(raiser, r.id);
    expect(done.approvals.map((a) => [a.submissionNo, a.decision])).toEqual([[1, "DECLINED"], [2, "APPROVED"]]);
    expect(done.history.map((h) => h.toStatus)).toEqual(["DRAFT", "SUBMITTED", "DECLINED", "SUBMITTED", "APPROVED"]);
    // an approved requisition cannot be amended or resubmitted
    await expect(saveRequisition(raiser, form(w), { id: r.id, submit: false })).rejects.toBeInstanceOf(DomainError);
    await expect(submitRequisition(raiser, r.id)).rejects.toBeInstanceOf(DomainError);
  });

  it("a draft saved earlier is submitted from its page", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const r = await saveRequisition(raiser, form(w), { submit: false });
    await submitRequisition(raiser, r.id);
    expect((await db().requisition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
  });

  it("another service's manager cannot see, amend, submit or decide the requisition by id", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    const r = await saveRequisition(raiser, form(w), { submit: false });
    const housing = await viewerOf(w.housingManager.id);
    await expect(getManagerRequisition(housing, r.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitRequisition(housing, r.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveRequisition(housing, form(w, { serviceId: w.housing.service.id, costCentreId: w.housing.costCentre.id }), { id: r.id, submit: false })).rejects.toBeInstanceOf(NotFoundError);
    await submitRequisition(raiser, r.id);
    await expect(decideRequisition(housing, { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listManagerRequisitions(housing)).total).toBe(0);
    expect(await exportManagerRequisitions(housing)).toEqual([]);
    expect((await listApprovalQueue(housing)).total).toBe(0);
    // the Connect2 team cannot approve (role)
    await expect(decideRequisition(await viewerOf(w.agency.id), { requisitionId: r.id, decision: "APPROVED", reason: null })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists and exports the manager's requisitions filtered by state and search", async () => {
    const w = await managerWorld();
    const raiser = await viewerOf(w.raiser.id);
    await saveRequisition(raiser, form(w, { jobTitle: "Night Carer" }), { submit: true });
    await saveRequisition(raiser, form(w, { jobTitle: "Day Carer" }), { submit: false });
    expect((await listManagerRequisitions(raiser, { status: "SUBMITTED" })).rows.map((r) => r.jobTitle)).toEqual(["Night Carer"]);
    expect((await listManagerRequisitions(raiser, { q: "day" })).rows.map((r) => r.jobTitle)).toEqual(["Day Carer"]);
    expect((await exportManagerRequisitions(raiser, { q: "carer" })).length).toBe(2);
    expect((await listManagerRequisitions(raiser, { q: "%" })).total).toBe(0);
  });
});
