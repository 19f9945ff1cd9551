import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/auth/errors";
import { registerCandidate } from "@/lib/candidates/register-candidate";
import { registerCandidateSchema } from "@/lib/candidates/schemas";
import { resolvePublicCouncil } from "@/lib/councils/queries";
import { getVacancy, searchVacancies } from "@/lib/vacancies/queries";
import { makeCouncil, makeRequisition, makeService, makeUser, resetDatabase } from "./helpers";

const form = (over: Record<string, string> = {}) =>
  registerCandidateSchema.parse({
    firstName: "Amira",
    lastName: "Begum",
    email: "Amira.Begum@Example.com",
    phone: "07700 900982",
    postcode: "lu1 1aa",
    password: "a long enough password",
    confirmPassword: "a long enough password",
    consent: "yes",
    ...over,
  });

describe("candidate registration", () => {
  beforeEach(resetDatabase);

  it.each([
    ["lu1 1aa", "LU1 1AA", true],
    ["LU4 9EN", "LU4 9EN", true],
    ["LU2 8DL", "LU2 8DL", false], // an excluded sector
    ["LU5 4QL", "LU5 4QL", false], // Dunstable
    ["AL5 2JX", "AL5 2JX", false],
  ])("postcode %s is stored as %s and local=%s, decided by the rule", async (raw, normalised, local) => {
    const council = await makeCouncil();
    const { user, profile } = await registerCandidate(council.id, form({ postcode: raw }));
    expect(user).toMatchObject({ role: "CANDIDATE", email: "amira.begum@example.com", councilId: council.id });
    expect(profile).toMatchObject({ postcode: normalised, isLocal: local, userId: user.id });
    expect(profile.privacyConsentAt).toBeInstanceOf(Date);
    const audit = await db().auditEvent.findFirst({ where: { entityId: profile.id, action: "candidate.register" } });
    expect(audit?.actorId).toBe(user.id);
  });

  it("an imported ONS lookup row overrides the districts", async () => {
    const council = await makeCouncil();
    const imp = await db().postcodeImport.create({
      data: { councilId: council.id, filename: "ons.csv", rowsTotal: 1, rowsImported: 1, rowsRejected: 0, errors: [], createdById: "admin" },
    });
    await db().postcodeLookup.create({
      data: { councilId: council.id, postcode: "LU5 4QL", localAuthorityCode: "E06000032", importId: imp.id },
    });
    const { profile } = await registerCandidate(council.id, form({ postcode: "LU5 4QL" }));
    expect(profile.isLocal).toBe(true);
  });

  it("refuses an email already in use, leaving nothing half-written", async () => {
    const council = await makeCouncil();
    await makeUser(council.id, "AGENCY", { email: "amira.begum@example.com" });
    const before = await db().candidateProfile.count();
    const err = await registerCandidate(council.id, form()).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.email).toMatch(/already uses this email/);
    expect(await db().candidateProfile.count()).toBe(before);
    expect(await db().user.count({ where: { email: "amira.begum@example.com" } })).toBe(1);
  });

  it.each([
    [{ postcode: "LU1" }, "postcode", "Enter a full UK postcode"],
    [{ postcode: "not a postcode" }, "postcode", "Enter a full UK postcode"],
    [{ email: "nope" }, "email", "correct format"],
    [{ password: "short", confirmPassword: "short" }, "password", "at least 10"],
    [{ confirmPassword: "something else" }, "confirmPassword", "do not match"],
    [{ consent: "" }, "consent", "privacy notice"],
    [{ firstName: "  " }, "firstName", "first name"],
  ])("rejects %o with a message for %s", (over, field, message) => {
    const result = registerCandidateSchema.safeParse({
      firstName: "A", lastName: "B", email: "a@b.com", postcode: "LU1 1AA",
      password: "a long enough password", confirmPassword: "a long enough password", consent: "yes", ...over,
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe("public vacancy board", () => {
  beforeEach(resetDatabase);

  async function world() {
    const luton = await makeCouncil("luton", { hostnames: ["jobs.connect2luton.example"] });
    const dudley = await makeCouncil("dudley", { hostnames: ["jobs.connect2dudley.example"] });
    const { service, costCentre } = await makeService(luton.id, "Adult Social Care");
    const d = await makeService(dudley.id, "Housing");
    const m = await makeUser(luton.id, "HIRING_MANAGER");
    const dm = await makeUser(dudley.id, "HIRING_MANAGER");
    const open = await makeRequisition(luton.id, service.id, costCentre.id, m.id, { status: "OPEN", jobTitle: "Reablement Worker" });
    const closedByDate = await makeRequisition(luton.id, service.id, costCentre.id, m.id, { status: "OPEN", jobTitle: "Cook", closingDate: new Date("2020-01-01") });
    const filled = await makeRequisition(luton.id, service.id, costCentre.id, m.id, { status: "FILLED", jobTitle: "Driver" });
    const draft = await makeRequisition(luton.id, service.id, costCentre.id, m.id, { status: "DRAFT", jobTitle: "Draft role" });
    const elsewhere = await makeRequisition(dudley.id, d.service.id, d.costCentre.id, dm.id, { status: "OPEN", jobTitle: "Housing Officer" });
    return { luton, dudley, open, closedByDate, filled, draft, elsewhere };
  }

  it("lists only live vacancies of the council, and searches safely", async () => {
    const w = await world();
    const all = await searchVacancies(w.luton.id);
    expect(all.rows.map((r) => r.id)).toEqual([w.open.id]);
    expect((await searchVacancies(w.luton.id, { q: "reablement" })).total).toBe(1);
    expect((await searchVacancies(w.luton.id, { q: "social care" })).total).toBe(1); // service name
    expect((await searchVacancies(w.luton.id, { q: "housing" })).total).toBe(0); // Dudley's
    expect((await searchVacancies(w.luton.id, { q: "%' or 1=1 --" })).total).toBe(0);
    expect((await searchVacancies(w.luton.id, { q: "_" })).total).toBe(0);
  });

  it("shows a filled or closed vacancy as such, hides drafts and other councils' vacancies", async () => {
    const w = await world();
    expect((await getVacancy(w.luton.id, w.open.id))?.availability).toBe("live");
    expect((await getVacancy(w.luton.id, w.filled.id))?.availability).toBe("filled");
    expect((await getVacancy(w.luton.id, w.closedByDate.id))?.availability).toBe("closed");
    expect(await getVacancy(w.luton.id, w.draft.id)).toBeNull();
    expect(await getVacancy(w.luton.id, w.elsewhere.id)).toBeNull();
  });

  it("serves each council's board on its own hostname", async () => {
    const w = await world();
    expect((await resolvePublicCouncil("jobs.connect2dudley.example:443"))?.id).toBe(w.dudley.id);
    expect((await resolvePublicCouncil("jobs.connect2luton.example"))?.id).toBe(w.luton.id);
    expect((await resolvePublicCouncil("unknown.example"))?.slug).toBe("luton"); // DEFAULT_COUNCIL
  });
});
