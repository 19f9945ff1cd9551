import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { attachRequisition, detachRequisition } from "@/lib/campaigns/attach-requisition";
import { getCampaign, listCampaigns } from "@/lib/campaigns/queries";
import { saveUser } from "@/lib/admin/save-user";
import { createCostCentre, createService, setBudget } from "@/lib/admin/save-service";
import { saveRateCard } from "@/lib/admin/save-rate-card";
import { updateApprovalThreshold, updateLocalArea } from "@/lib/admin/update-settings";
import { exportUsers, getSettings, getUser, listRateCards, listServices, listUsers } from "@/lib/admin/queries";
import { importPostcodeLookup, MAX_LOOKUP_BYTES } from "@/lib/postcodes/import-lookup";
import { loadViewer } from "@/lib/auth/load-viewer";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, d, makeApplication, makeCandidate, makeReq } from "./agency-fixtures";

describe("campaigns", () => {
  beforeEach(resetDatabase);

  it("creates a campaign, attaches requisitions and shows the funnel with local share and priority-group hires", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.recruiter.id);
    const c = await createCampaign(v, { name: "Neighbourhood Services recruitment", description: "Street cleansing and parks", startDate: "2026-09-01" });
    await expect(createCampaign(v, { name: "Neighbourhood Services recruitment", startDate: "2026-09-01" })).rejects.toThrow(/already has that name/);
    const r1 = await makeReq(w, { status: "FILLED", jobTitle: "Street cleansing operative" });
    const r2 = await makeReq(w, { status: "OPEN", jobTitle: "Parks operative" });
    const outside = await makeReq(w, { status: "OPEN", jobTitle: "Not in the campaign" });
    await attachRequisition(v, { campaignId: c.id, requisitionId: r1.id });
    await attachRequisition(v, { campaignId: c.id, requisitionId: r2.id });
    // applications: 4 on the campaign (2 shortlisted at some point, 2 placed), 1 outside
    const people = await Promise.all([0, 1, 2, 3, 4].map((i) => makeCandidate(w.council.id, { firstName: `P${i}` })));
    const a0 = await makeApplication(w.council.id, r1.id, people[0].id, "PLACED");
    const a1 = await makeApplication(w.council.id, r2.id, people[1].id, "PLACED");
    await makeApplication(w.council.id, r2.id, people[2].id, "APPLIED");
    await makeApplication(w.council.id, r1.id, people[3].id, "REJECTED");
    await makeApplication(w.council.id, outside.id, people[4].id, "SHORTLISTED");
    const base = { councilId: w.council.id, payRatePence: 1300, chargeRatePence: 1700, onCostRatePence: 182, hoursPerWeek: 37, status: "ACTIVE" as const, awrRoleKey: "k", feeFreeDate: d("2027-01-01"), confirmedById: w.recruiter.id, plannedEndDate: d("2027-03-01") };
    await db().placement.create({ data: { ...base, reference: "LUT-PL-0001", candidateId: people[0].id, requisitionId: r1.id, applicationId: a0.id, serviceId: r1.serviceId, startDate: d("2026-10-05"), isLocalAtPlacement: true, priorityGroupAtPlacement: "CARE_LEAVER" } });
    await db().placement.create({ data: { ...base, reference: "LUT-PL-0002", candidateId: people[1].id, requisitionId: r2.id, applicationId: a1.id, serviceId: r2.serviceId, startDate: d("2026-10-12"), isLocalAtPlacement: false } });

    const detail = await getCampaign(v, c.id, "2026-11-24");
    expect(detail.funnel).toEqual({ requisitions: 2, positions: 2, applications: 4, shortlisted: 2, placed: 2 });
    expect(detail.localShare).toMatchObject({ started: 2, local: 1, share: 0.5 });
    expect(detail.priorityGroups.byGroup).toEqual([{ group: "CARE_LEAVER", people: 1 }]);
    expect(detail.requisitions.map((r) => r.jobTitle).sort()).toEqual(["Parks operative", "Street cleansing operative"]);
    expect((await listCampaigns(v))).toEqual([expect.objectContaining({ id: c.id, requisitions: 2, applications: 4, placed: 2 })]);
    await detachRequisition(v, { campaignId: c.id, requisitionId: r2.id });
    expect((await getCampaign(v, c.id, "2026-11-24")).funnel.requisitions).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "requisition.campaign" } })).toBe(3);
    expect(await db().auditEvent.count({ where: { action: "campaign.create", entityId: c.id } })).toBe(1);
  });

  it("is scoped by council: another council's campaign or requisition is not found", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const theirs = await createCampaign(await viewerOf(other.recruiter.id), { name: "Theirs", startDate: "2026-09-01" });
    const theirReq = await makeReq(other, { status: "OPEN" });
    const mine = await createCampaign(await viewerOf(w.recruiter.id), { name: "Mine", startDate: "2026-09-01" });
    const v = await viewerOf(w.recruiter.id);
    await expect(getCampaign(v, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachRequisition(v, { campaignId: mine.id, requisitionId: theirReq.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachRequisition(v, { campaignId: theirs.id, requisitionId: theirReq.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCampaigns(v)).map((c) => c.name)).toEqual(["Mine"]);
    await expect(createCampaign(await viewerOf(w.manager.id), { name: "No", startDate: "2026-09-01" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("settings (admin only)", () => {
  beforeEach(resetDatabase);

  it("adds and changes staff users with roles and services; cannot lock themselves out", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.admin.id);
    const created = await saveUser(v, { name: "Nadia Ali", email: "Nadia.Ali@luton.example", role: "HIRING_MANAGER", jobTitle: "Team manager", password: "a long first password", member: [w.asc.service.id], budgetHolder: [w.asc.service.id] });
    const nv = await loadViewer(created.id);
    expect(nv).toMatchObject({ email: "nadia.ali@luton.example", role: "HIRING_MANAGER", serviceIds: [w.asc.service.id], budgetHolderServiceIds: [w.asc.service.id], secondApproverServiceIds: [] });
    await expect(saveUser(v, { name: "X", email: "nadia.ali@luton.example", role: "AGENCY", password: "a long first password" })).rejects.toThrow(/in use/);
    await expect(saveUser(v, { name: "Y", email: "y@luton.example", role: "HIRING_MANAGER", password: "a long first password" })).rejects.toThrow(/at least one service/);
    await saveUser(v, { userId: created.id, name: "Nadia Ali", email: "nadia.ali@luton.example", role: "HIRING_MANAGER", active: "no", member: [w.housing.service.id], secondApprover: [w.housing.service.id] });
    expect(await loadViewer(created.id)).toBeNull(); // deactivated: no viewer
    expect(await db().serviceMembership.findMany({ where: { userId: created.id }, select: { serviceId: true, secondApprover: true } })).toEqual([{ serviceId: w.housing.service.id, secondApprover: true }]);
    expect(await db().auditEvent.count({ where: { entityId: created.id, action: { in: ["user.create", "user.update"] } } })).toBe(2);
    await expect(saveUser(v, { userId: w.admin.id, name: "Me", email: (await db().user.findUniqueOrThrow({ where: { id: w.admin.id } })).email, role: "AGENCY" })).rejects.toThrow(/own administrator access/);
    expect((await listUsers(v, { role: "HIRING_MANAGER" })).rows.map((u) => u.name)).toContain("Nadia Ali");
    expect((await exportUsers(v, { q: "nadia" })).map((u) => u.id)).toEqual([created.id]);
    expect((await getUser(v, created.id)).services).toEqual([{ id: w.housing.service.id, name: "Housing", budgetHolder: false, secondApprover: true }]);
  });

  it("services, cost centres and budgets; rate cards; the approval threshold", async () => {
    const w = await agencyWorld();
    const v = await viewerOf(w.admin.id);
    const s = await createService(v, { name: "Neighbourhood Services", code: "ns" });
    const cc = await createCostCentre(v, { serviceId: s.id, code: "ns-agency", name: "Neighbourhood agency staff" });
    await setBudget(v, { costCentreId: cc.id, financialYear: "2026", budget: "250,000" });
    await setBudget(v, { costCentreId: cc.id, financialYear: "2026", budget: "275000.50" });
    const services = await listServices(v);
    expect(services.find((x) => x.id === s.id)).toMatchObject({ code: "NS", costCentres: [{ code: "NS-AGENCY", budgets: [{ financialYear: 2026, budgetPence: 27500050 }] }] });
    await expect(createService(v, { name: "Neighbourhood Services", code: "NS2" })).rejects.toThrow(/already exists/);

    await saveRateCard(v, { roleCategory: "OPERATIONAL", grade: "Band 2", payMin: "12.60", payMax: "13.20", chargeMin: "16.50", chargeMax: "17.40", effectiveFrom: "2027-04-01" });
    await expect(saveRateCard(v, { roleCategory: "OPERATIONAL", grade: "Band 2", payMin: "12.60", payMax: "12.00", chargeMin: "16.50", chargeMax: "17.40", effectiveFrom: "2027-05-01" })).rejects.toThrow(/Highest pay rate/);
    await expect(saveRateCard(v, { roleCategory: "OPERATIONAL", grade: "Band 2", payMin: "12.60", payMax: "13.20", chargeMin: "16.50", chargeMax: "17.40", effectiveFrom: "2027-04-01" })).rejects.toThrow(/rate card line exists/);
    expect((await listRateCards(v))).toEqual([expect.objectContaining({ roleCategory: "OPERATIONAL", grade: "Band 2", payMinPence: 1260, chargeMaxPence: 1740 })]);

    await updateApprovalThreshold(v, { threshold: "30,000" });
    expect((await getSettings(v)).approvalThresholdPence).toBe(3_000_000);
    expect(await db().auditEvent.count({ where: { councilId: w.council.id, action: { in: ["service.create", "cost-centre.create", "cost-centre.budget", "rate-card.create", "council.approval-threshold"] } } })).toBe(6);
  });

  it("only administrators of the council: the team and other councils are refused", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    await expect(listUsers(await viewerOf(w.recruiter.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateApprovalThreshold(await viewerOf(w.recruiter.id), { threshold: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    const v = await viewerOf(w.admin.id);
    await expect(getUser(v, other.manager.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createCostCentre(v, { serviceId: other.asc.service.id, code: "X1", name: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveUser(v, { userId: other.manager.id, name: "x", email: "x@x.test", role: "AGENCY" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveUser(v, { name: "x", email: "x2@x.test", role: "HIRING_MANAGER", password: "a long first password", member: [other.asc.service.id] })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.manager.id } })).email).not.toBe("x@x.test");
  });

  it("the local-area definition decides who is local, and changing it recomputes every candidate", async () => {
    const w = await agencyWorld();
    const inLu5 = await makeCandidate(w.council.id, { postcode: "LU5 4AA", isLocal: false });
    const inLu1 = await makeCandidate(w.council.id, { postcode: "LU1 1AA", isLocal: true });
    const v = await viewerOf(w.admin.id);
    await expect(updateLocalArea(v, { postcodeDistricts: "LU1, XX99X" })).rejects.toThrow(/Check the districts/);
    await expect(updateLocalArea(v, { postcodeDistricts: "LU1", excludedSectors: "LU2" })).rejects.toBeInstanceOf(DomainError);
    const out = await updateLocalArea(v, { postcodeDistricts: "lu2, LU3\nLU4 ,LU5", excludedSectors: "LU2 8", localAuthorityCodes: "E06000032" });
    expect(out).toMatchObject({ nowLocal: 1, nowNotLocal: 1 });
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: inLu5.id } })).isLocal).toBe(true);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: inLu1.id } })).isLocal).toBe(false);
    expect((await getSettings(v)).localArea.postcodeDistricts).toEqual(["LU2", "LU3", "LU4", "LU5"]);
    expect(await db().auditEvent.count({ where: { action: "candidate.locality" } })).toBe(2);
  });

  it("imports an ONS-style postcode lookup: the bad row is reported with its line, good rows kept, and the lookup then decides who is local", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    // LU2 8AB is in an excluded sector, so not local by district; the lookup says it is in Luton (E06000032)
    const excluded = await makeCandidate(w.council.id, { postcode: "LU2 8AB", isLocal: false });
    // LU1 5ZZ is in a local district, but the lookup says Central Bedfordshire
    const border = await makeCandidate(w.council.id, { postcode: "LU1 5ZZ", isLocal: true });
    const theirs = await makeCandidate(other.council.id, { postcode: "LU2 8AB", isLocal: false });
    const csv = [
      "pcds,oslaua,osward,ward_name",
      "LU2 8AB,E06000032,E05008900,Stopsley",
      "LU1 5ZZ,E06000056,E05009999,Caddington",
      "this is not a postcode,E06000032,,",
      "LU3 1AA,E06000032,,",
    ].join("\n");
    const v = await viewerOf(w.admin.id);
    const out = await importPostcodeLookup(v, { filename: "ons-lookup.csv", text: csv });
    expect(out).toMatchObject({ rowsTotal: 4, rowsImported: 3, rowsRejected: 1, errors: [{ line: 4, message: '"this is not a postcode" is not a valid full UK postcode' }] });
    expect(out.locality).toMatchObject({ nowLocal: 1, nowNotLocal: 1 });
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: excluded.id } })).isLocal).toBe(true);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: border.id } })).isLocal).toBe(false);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: theirs.id } })).isLocal).toBe(false); // another council: untouched
    expect(await db().postcodeLookup.count({ where: { councilId: w.council.id } })).toBe(3);
    expect(await db().postcodeLookup.count({ where: { councilId: other.council.id } })).toBe(0);
    const settings = await getSettings(v);
    expect(settings.lookupRows).toBe(3);
    expect(settings.imports[0]).toMatchObject({ filename: "ons-lookup.csv", rowsImported: 3, rowsRejected: 1, errors: [{ line: 4 }] });
    expect(await db().auditEvent.count({ where: { action: "postcode-lookup.import", entityId: out.importId } })).toBe(1);
    // a second import updates a postcode in place
    await importPostcodeLookup(v, { filename: "fix.csv", text: "postcode,local_authority_code\nLU1 5ZZ,E06000032\n" });
    expect((await db().postcodeLookup.findFirstOrThrow({ where: { councilId: w.council.id, postcode: "LU1 5ZZ" } })).localAuthorityCode).toBe("E06000032");
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: border.id } })).isLocal).toBe(true);
    // a file that cannot be read is refused whole
    await expect(importPostcodeLookup(v, { filename: "bad.csv", text: "name,age\nx,1\n" })).rejects.toThrow(/postcode column/);
    // a file over 10 MB (what a server action may receive) is refused with a message for the file field
    const big = `postcode,local_authority_code\n${"LU1 5ZZ,E06000032\n".repeat(Math.ceil(MAX_LOOKUP_BYTES / 18) + 1)}`;
    await expect(importPostcodeLookup(v, { filename: "big.csv", text: big })).rejects.toMatchObject({ fieldErrors: { file: "The file must be smaller than 10 MB" } });
    await expect(importPostcodeLookup(await viewerOf(w.recruiter.id), { filename: "x.csv", text: csv })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
