import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { actionErasure, listErasureRequests } from "@/lib/privacy/action-erasure";
import { requestErasure } from "@/lib/privacy/request-erasure";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { makeCouncil, makeRequisition, makeService, makeUser, resetDatabase, TEST_PASSWORD, viewerOf } from "./helpers";

describe("actioning a request to delete an account", () => {
  beforeEach(resetDatabase);

  async function world() {
    const council = await makeCouncil("luton");
    const other = await makeCouncil("dudley");
    const agency = await makeUser(council.id, "AGENCY");
    const otherAgency = await makeUser(other.id, "AGENCY");
    const manager = await makeUser(council.id, "HIRING_MANAGER");
    const candidate = await makeUser(council.id, "CANDIDATE", { email: "leaving@example.test" });
    const cv = await viewerOf(candidate.id);
    const req = await requestErasure(cv, { reason: "I have moved away", confirm: "yes" });
    return { council, agency, otherAgency, manager, candidate, cv, req };
  }

  it("deletes a never-placed candidate: anonymised, signed out for good, audited, told by email", async () => {
    const w = await world();
    expect((await listErasureRequests(await viewerOf(w.agency.id))).map((r) => r.id)).toEqual([w.req.id]);
    await actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "COMPLETE" });
    const profile = await db().candidateProfile.findUniqueOrThrow({ where: { id: w.cv.candidateId! } });
    expect(profile).toMatchObject({ firstName: "Anonymised", phone: null });
    expect(profile.anonymisedAt).toBeInstanceOf(Date);
    expect(profile.email).not.toContain("leaving");
    expect((await signInWithPassword({ email: "leaving@example.test", password: TEST_PASSWORD }, null)).ok).toBe(false);
    const request = await db().erasureRequest.findUniqueOrThrow({ where: { id: w.req.id } });
    expect(request).toMatchObject({ status: "COMPLETED", actionedById: w.agency.id });
    const actions = (await db().auditEvent.findMany({ where: { councilId: w.council.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["privacy.erasure.complete", "candidate.anonymise.erasure"]));
    const mail = await db().outboundEmail.findFirst({ where: { to: "leaving@example.test", subject: "Your account has been deleted" } });
    expect(mail).not.toBeNull();
  });

  it("refuses to delete someone who has worked through the agency, and changes nothing", async () => {
    const w = await world();
    const { service, costCentre } = await makeService(w.council.id);
    const r = await makeRequisition(w.council.id, service.id, costCentre.id, w.manager.id, { status: "FILLED" });
    const app = await db().application.create({ data: { councilId: w.council.id, candidateId: w.cv.candidateId!, requisitionId: r.id, stage: "PLACED" } });
    await db().placement.create({
      data: {
        councilId: w.council.id, reference: "PL-1", candidateId: w.cv.candidateId!, requisitionId: r.id, applicationId: app.id,
        serviceId: service.id, startDate: new Date("2026-01-05"), plannedEndDate: new Date("2026-03-27"), payRatePence: 1300,
        chargeRatePence: 1700, onCostRatePence: 182, hoursPerWeek: 37.5, status: "ENDED", isLocalAtPlacement: true,
        awrRoleKey: "SOCIAL_CARE:support worker", feeFreeDate: new Date("2026-05-23"), confirmedById: w.agency.id,
      },
    });
    const err = await actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "COMPLETE" }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: w.cv.candidateId! } })).anonymisedAt).toBeNull();
    expect((await db().erasureRequest.findUniqueOrThrow({ where: { id: w.req.id } })).status).toBe("REQUESTED");

    await actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "REFUSE", note: "We must keep your timesheets until 2032." });
    expect((await db().erasureRequest.findUniqueOrThrow({ where: { id: w.req.id } })).status).toBe("REFUSED");
    const told = await db().notification.findFirst({ where: { userId: w.candidate.id, kind: "privacy.erasure.refused" } });
    expect(told?.body).toContain("2032");
  });

  it("needs a reason to refuse, cannot be actioned twice, and is closed to other roles and councils", async () => {
    const w = await world();
    await expect(actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "REFUSE", note: "" })).rejects.toThrow();
    await expect(actionErasure(await viewerOf(w.manager.id), { requestId: w.req.id, decision: "COMPLETE" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(actionErasure(w.cv, { requestId: w.req.id, decision: "COMPLETE" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(actionErasure(await viewerOf(w.otherAgency.id), { requestId: w.req.id, decision: "COMPLETE" })).rejects.toBeInstanceOf(NotFoundError);
    const results = await Promise.allSettled([
      actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "COMPLETE" }),
      actionErasure(await viewerOf(w.agency.id), { requestId: w.req.id, decision: "COMPLETE" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { action: "privacy.erasure.complete" } })).toBe(1);
  });
});
