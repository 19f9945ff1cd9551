import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { recordCheck } from "@/lib/checks/record-check";
import { addCandidate } from "@/lib/candidates/add-candidate";
import { addCandidateNote } from "@/lib/candidates/add-note";
import { exportTalentPool, getCandidateRecord, searchTalentPool } from "@/lib/candidates/agency-queries";
import { findDuplicates, listDuplicatePairs } from "@/lib/duplicates/find-duplicates";
import { mergeCandidates } from "@/lib/duplicates/merge-candidates";
import { resetDatabase, viewerOf } from "./helpers";
import { agencyWorld, d, isoPlusDays, makeApplication, makeCandidate, makeCompliant, makeReq } from "./agency-fixtures";

describe("compliance checks recorded by the team", () => {
  beforeEach(resetDatabase);

  it("records each kind of check with its fields; a new right to work supersedes the old one, kept as history", async () => {
    const w = await agencyWorld();
    const c = await makeCandidate(w.council.id);
    const v = await viewerOf(w.recruiter.id);
    const today = isoPlusDays(0);
    const first = await recordCheck(v, { candidateId: c.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: today, rightToWorkRoute: "TIME_LIMITED", expiresOn: isoPlusDays(20) });
    await recordCheck(v, { candidateId: c.id, type: "DBS", status: "PASSED", checkedOn: today, dbsLevel: "ENHANCED_BARRED", dbsCertificateDate: "2026-09-01", dbsCertificateNo: "001234567890", dbsUpdateService: "yes" });
    await recordCheck(v, { candidateId: c.id, type: "REFERENCE", status: "PASSED", checkedOn: today, refereeName: "Pat Lee", refereeOrganisation: "Bedford Care" });
    const pending = await recordCheck(v, { candidateId: c.id, type: "REFERENCE", status: "PENDING", checkedOn: today, refereeName: "Sam Roe" });
    await recordCheck(v, { candidateId: c.id, type: "QUALIFICATION", status: "PASSED", checkedOn: today, qualificationName: "Level 3 Diploma in Adult Care" });
    await recordCheck(v, { candidateId: c.id, type: "PROFESSIONAL_REGISTRATION", status: "PASSED", checkedOn: today, registrationBody: "Social Work England", registrationNumber: "SW98765", expiresOn: "2027-11-30" });
    // the second reference comes back: it replaces the pending one
    await recordCheck(v, { candidateId: c.id, type: "REFERENCE", status: "PASSED", checkedOn: today, refereeName: "Sam Roe", supersedesId: pending.id });
    const renewed = await recordCheck(v, { candidateId: c.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: today, rightToWorkRoute: "TIME_LIMITED", expiresOn: isoPlusDays(400) });
    expect(renewed.superseded).toEqual([first.id]);

    const rec = await getCandidateRecord(v, c.id);
    expect(rec.compliance).toMatchObject({ dbsLevel: "ENHANCED_BARRED", referencesPassed: 2 });
    expect(rec.compliance.rightToWork.expiresAt).toBe(isoPlusDays(400));
    expect(rec.compliance.registrations).toEqual([{ body: "Social Work England", renewalDate: "2027-11-30", current: true }]);
    const dbs = rec.checks.find((k) => k.type === "DBS")!;
    expect(dbs).toMatchObject({ dbsUpdateService: true, dbsCertificateNo: "001234567890", checkedByName: "Test AGENCY" });
    expect(rec.checks.filter((k) => k.supersededAt !== null).map((k) => k.id).sort()).toEqual([first.id, pending.id].sort());
    expect(await db().auditEvent.count({ where: { entityId: c.id, action: "compliance-check.record" } })).toBe(8);
  });

  it("validates: time-limited permission needs an end date; a registration needs a renewal date; no future check dates", async () => {
    const w = await agencyWorld();
    const c = await makeCandidate(w.council.id);
    const v = await viewerOf(w.recruiter.id);
    await expect(recordCheck(v, { candidateId: c.id, type: "RIGHT_TO_WORK", status: "PASSED", checkedOn: isoPlusDays(0), rightToWorkRoute: "PRE_SETTLED" })).rejects.toThrow(/permission ends/);
    await expect(recordCheck(v, { candidateId: c.id, type: "PROFESSIONAL_REGISTRATION", status: "PASSED", checkedOn: isoPlusDays(0), registrationBody: "HCPC", registrationNumber: "1" })).rejects.toThrow(/renewal date/);
    await expect(recordCheck(v, { candidateId: c.id, type: "DBS", status: "PASSED", checkedOn: isoPlusDays(3), dbsLevel: "BASIC" })).rejects.toBeInstanceOf(DomainError);
  });

  it("is scoped to the council by id, and only for the team", async () => {
    const w = await agencyWorld();
    const other = await agencyWorld("dudley");
    const theirs = await makeCandidate(other.council.id);
    const v = await viewerOf(w.recruiter.id);
    await expect(recordCheck(v, { candidateId: theirs.id, type: "QUALIFICATION", status: "PASSED", checkedOn: isoPlusDays(0), qualificationName: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCandidateRecord(v, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findDuplicates(v, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addCandidateNote(v, { candidateId: theirs.id, body: "hello" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCandidateRecord(await viewerOf(w.manager.id), theirs.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().complianceCheck.count()).toBe(0);
    expect((await searchTalentPool(v)).rows.map((r) => r.id)).not.toContain(theirs.id);
  });
});

describe("talent pool", () => {
  beforeEach(resetDatabase);

  it("the compliance filters give exactly the candidates whose own compliance summary says so (edge cases)", async () => {
    const w = await agencyWorld();
    const today = isoPlusDays(0);
    const check = (candidateId: string, data: Record<string, unknown>) =>
      db().complianceCheck.create({ data: { councilId: w.council.id, candidateId, status: "PASSED", checkedOn: d("2026-10-01"), ...data } as never });
    const cases: Record<string, (id: string) => Promise<unknown>> = {
      british: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH" }),
      limitedNoExpiry: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: null }),
      limitedToday: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "TIME_LIMITED", expiresOn: d(today) }),
      limitedExpired: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "PRE_SETTLED", expiresOn: d(isoPlusDays(-1)) }),
      noRoute: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: null }),
      checkedTomorrow: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "SETTLED", checkedOn: d(isoPlusDays(1)) }),
      pending: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH", status: "PENDING" }),
      superseded: (id) => check(id, { type: "RIGHT_TO_WORK", rightToWorkRoute: "BRITISH_OR_IRISH", supersededAt: new Date() }),
      dbsEnhanced: (id) => check(id, { type: "DBS", dbsLevel: "ENHANCED_BARRED" }),
      dbsStandard: (id) => check(id, { type: "DBS", dbsLevel: "STANDARD" }),
      dbsExpired: (id) => check(id, { type: "DBS", dbsLevel: "ENHANCED", expiresOn: d(isoPlusDays(-1)) }),
      dbsFailed: (id) => check(id, { type: "DBS", dbsLevel: "ENHANCED", status: "FAILED" }),
    };
    for (const [name, add] of Object.entries(cases)) await add((await makeCandidate(w.council.id, { firstName: name })).id);
    const v = await viewerOf(w.recruiter.id);
    const all = (await searchTalentPool(v, {}, today)).rows;
    const names = async (compliance: "rtw" | "enhanced") => (await searchTalentPool(v, { compliance }, today)).rows.map((r) => r.name.split(" ")[0]).sort();
    const bySummary = (pass: (r: (typeof all)[number]) => boolean) => all.filter(pass).map((r) => r.name.split(" ")[0]).sort();
    expect(await names("rtw")).toEqual(bySummary((r) => r.compliance.rightToWork.valid));
    expect(await names("rtw")).toEqual(["british", "limitedToday"]);
    expect(await names("enhanced")).toEqual(bySummary((r) => r.compliance.dbsLevel === "ENHANCED" || r.compliance.dbsLevel === "ENHANCED_BARRED"));
    expect(await names("enhanced")).toEqual(["dbsEnhanced"]);
  });

  it("searches by skill, availability, local flag and compliance status; export matches the filter", async () => {
    const w = await agencyWorld();
    const ready = await makeCandidate(w.council.id, { firstName: "Ready", skills: ["Dementia care", "Manual handling"], isLocal: true });
    await makeCompliant(w.council.id, ready.id, { dbs: "ENHANCED" });
    const expired = await makeCandidate(w.council.id, { firstName: "Expired", skills: ["dementia CARE"], isLocal: false });
    await makeCompliant(w.council.id, expired.id, { rtwExpiry: isoPlusDays(-1) });
    const nothing = await makeCandidate(w.council.id, { firstName: "Nothing", skills: ["Driving"], isLocal: true });
    await db().candidateProfile.update({ where: { id: nothing.id }, data: { availability: "ONE_MONTH" } });
    const merged = await makeCandidate(w.council.id, { firstName: "Merged", skills: ["Dementia care"] });
    await db().candidateProfile.update({ where: { id: merged.id }, data: { mergedIntoId: ready.id } });
    const v = await viewerOf(w.recruiter.id);
    const names = async (f: Parameters<typeof searchTalentPool>[1]) => (await searchTalentPool(v, f)).rows.map((r) => r.name.split(" ")[0]).sort();
    expect(await names({})).toEqual(["Expired", "Nothing", "Ready"]);
    expect(await names({ skill: "dementia" })).toEqual(["Expired", "Ready"]);
    expect(await names({ local: "yes" })).toEqual(["Nothing", "Ready"]);
    expect(await names({ availability: "ONE_MONTH" })).toEqual(["Nothing"]);
    expect(await names({ compliance: "rtw" })).toEqual(["Ready"]);
    expect(await names({ compliance: "references" })).toEqual(["Expired", "Ready"]);
    expect(await names({ compliance: "ready" })).toEqual(["Ready"]);
    expect(await names({ compliance: "enhanced" })).toEqual(["Ready"]);
    expect((await exportTalentPool(v, { skill: "dementia", local: "no" })).map((r) => r.id)).toEqual([expired.id]);
    const req = await makeReq(w, { status: "OPEN" });
    await makeApplication(w.council.id, req.id, ready.id, "SCREENED");
    const marked = await searchTalentPool(v, { requisitionId: req.id, skill: "dementia" });
    expect(marked.rows.find((r) => r.id === ready.id)?.inPipeline).toBe(true);
    expect(marked.rows.find((r) => r.id === expired.id)?.inPipeline).toBe(false);
  });
});

describe("duplicates and merging", () => {
  beforeEach(resetDatabase);

  it("flags likely duplicates on create (same email, same phone, same name with date of birth or postcode)", async () => {
    const w = await agencyWorld();
    const jordan = await makeCandidate(w.council.id, { firstName: "Jordan", lastName: "Smith", email: "jordan.smith@example.com", phone: "07700 900123", dateOfBirth: "1994-05-02", postcode: "LU1 1AA" });
    await makeCandidate(w.council.id, { firstName: "Alex", lastName: "Jones", email: "alex@example.com", postcode: "LU4 9AA" });
    const v = await viewerOf(w.recruiter.id);
    const sameEmail = await addCandidate(v, { firstName: "J", lastName: "Smyth", email: "Jordan.Smith@example.com", postcode: "LU2 0AA" });
    expect(sameEmail.duplicates.map((d) => [d.id, d.reasons])).toEqual([[jordan.id, ["SAME_EMAIL"]]]);
    const samePhone = await addCandidate(v, { firstName: "Jo", lastName: "S", email: "other@example.com", phone: "+44 7700 900123", postcode: "LU2 0AA" });
    expect(samePhone.duplicates.map((d) => d.reasons)).toEqual([["SAME_PHONE"]]);
    const sameNameDob = await addCandidate(v, { firstName: "jordan", lastName: "SMITH", email: "js2@example.com", dateOfBirth: "1994-05-02", postcode: "LU3 1AA" });
    expect(sameNameDob.duplicates.find((d) => d.id === jordan.id)?.reasons).toEqual(["SAME_NAME_AND_DOB"]);
    const sameNamePostcode = await addCandidate(v, { firstName: "Jordan", lastName: "Smith", email: "js3@example.com", postcode: "lu11aa" });
    expect(sameNamePostcode.duplicates.find((d) => d.id === jordan.id)?.reasons).toEqual(["SAME_NAME_AND_POSTCODE"]);
    const fresh = await addCandidate(v, { firstName: "Brand", lastName: "New", email: "new@example.com", postcode: "LU4 9AA" });
    expect(fresh.duplicates).toEqual([]);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: fresh.id } })).isLocal).toBe(true);
    // on demand, and the council-wide sweep
    expect((await findDuplicates(v, jordan.id)).map((d) => d.id).sort()).toEqual([sameEmail.id, samePhone.id, sameNameDob.id, sameNamePostcode.id].sort());
    const pairs = await listDuplicatePairs(v);
    expect(pairs.rows.some((p) => p.a.id === jordan.id && p.b.id === sameEmail.id)).toBe(true);
    expect(pairs.rows.some((p) => [p.a.id, p.b.id].includes(fresh.id))).toBe(false);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: sameEmail.id, action: "candidate.create" } });
    expect(JSON.stringify(audit.changes)).toContain(jordan.id);
  });

  it("merges field by field, keeps both histories, moves the sign-in and leaves an audit event", async () => {
    const w = await agencyWorld();
    const keep = await makeCandidate(w.council.id, { firstName: "Jordan", lastName: "Smith", email: "jordan.smith@example.com", phone: null, postcode: "LU1 1AA", skills: ["Care"] });
    const dup = await makeCandidate(w.council.id, { firstName: "Jordan", lastName: "Smith", email: "j.smith@example.com", phone: "07700 900123", postcode: "MK1 1AA", skills: ["Driving"], withUser: true, priorityGroups: ["VETERAN"] });
    const reqA = await makeReq(w, { status: "OPEN" });
    const reqB = await makeReq(w, { status: "OPEN" });
    await makeApplication(w.council.id, reqA.id, keep.id, "SCREENED");
    const dupAppA = await makeApplication(w.council.id, reqA.id, dup.id, "APPLIED"); // same requisition: stays on the merged record
    const dupAppB = await makeApplication(w.council.id, reqB.id, dup.id, "SHORTLISTED");
    await makeCompliant(w.council.id, dup.id);
    const v = await viewerOf(w.recruiter.id);
    await addCandidateNote(v, { candidateId: dup.id, body: "Met at the jobs fair." });

    const out = await mergeCandidates(v, { keepId: keep.id, mergeId: dup.id, email: "keep", phone: "merge", postcode: "merge" });
    expect(out.moved).toMatchObject({ applications: 1, checks: 3, notes: 1 });
    expect(out.leftBehind).toEqual([dupAppA.id]);
    expect(out.account).toBe("moved");
    const k = await db().candidateProfile.findUniqueOrThrow({ where: { id: keep.id } });
    expect(k).toMatchObject({ email: "jordan.smith@example.com", phone: "07700 900123", postcode: "MK1 1AA", isLocal: false, userId: dup.userId, priorityGroups: ["VETERAN"] });
    expect(k.skills.sort()).toEqual(["Care", "Driving"]);
    const m = await db().candidateProfile.findUniqueOrThrow({ where: { id: dup.id } });
    expect(m).toMatchObject({ mergedIntoId: keep.id, userId: null });
    expect((await db().application.findUniqueOrThrow({ where: { id: dupAppB.id } })).candidateId).toBe(keep.id);
    const rec = await getCandidateRecord(v, keep.id);
    expect(rec.mergedFrom.map((x) => x.id)).toEqual([dup.id]);
    expect(rec.notes.map((n) => n.body).join(" ")).toMatch(/Met at the jobs fair.*|Merged with/);
    expect((await getCandidateRecord(v, dup.id)).mergedInto?.id).toBe(keep.id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: keep.id, action: "candidate.merge" } });
    expect(audit.actorId).toBe(w.recruiter.id);
    expect((audit.changes as { fields: Record<string, { chosen: string }> }).fields.phone.chosen).toBe("merge");
    expect(await db().auditEvent.count({ where: { entityId: dup.id, action: "candidate.merged-into" } })).toBe(1);
    // merged records leave the talent pool and cannot be merged again
    expect((await searchTalentPool(v)).rows.map((r) => r.id)).toEqual([keep.id]);
    await expect(mergeCandidates(v, { keepId: keep.id, mergeId: dup.id })).rejects.toThrow(/already been merged/);
  });

  it("two accounts: the merged one is switched off; another council's record cannot be merged", async () => {
    const w = await agencyWorld();
    const a = await makeCandidate(w.council.id, { withUser: true });
    const b = await makeCandidate(w.council.id, { withUser: true });
    const v = await viewerOf(w.recruiter.id);
    const out = await mergeCandidates(v, { keepId: a.id, mergeId: b.id });
    expect(out.account).toBe("deactivated");
    expect((await db().user.findUniqueOrThrow({ where: { id: b.userId! } })).active).toBe(false);
    const other = await agencyWorld("dudley");
    const theirs = await makeCandidate(other.council.id);
    await expect(mergeCandidates(v, { keepId: a.id, mergeId: theirs.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().candidateProfile.findUniqueOrThrow({ where: { id: theirs.id } })).mergedIntoId).toBeNull();
  });

  it("placement history follows the merge (one record per person)", async () => {
    const w = await agencyWorld();
    const keep = await makeCandidate(w.council.id);
    const dup = await makeCandidate(w.council.id);
    const req = await makeReq(w, { status: "FILLED" });
    const app = await makeApplication(w.council.id, req.id, dup.id, "PLACED");
    await db().placement.create({
      data: {
        councilId: w.council.id, reference: "LUT-PL-0009", candidateId: dup.id, requisitionId: req.id, applicationId: app.id, serviceId: req.serviceId,
        startDate: d("2026-06-01"), plannedEndDate: d("2026-09-01"), payRatePence: 1400, chargeRatePence: 1850, onCostRatePence: 196, hoursPerWeek: 37.5,
        status: "ENDED", isLocalAtPlacement: true, awrRoleKey: "k", feeFreeDate: d("2026-10-27"), confirmedById: w.recruiter.id,
      },
    });
    await mergeCandidates(await viewerOf(w.admin.id), { keepId: keep.id, mergeId: dup.id });
    const rec = await getCandidateRecord(await viewerOf(w.recruiter.id), keep.id);
    expect(rec.placements.map((p) => p.reference)).toEqual(["LUT-PL-0009"]);
    expect(rec.applications.map((p) => p.id)).toEqual([app.id]);
  });
});
