import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import { writeAudit } from "@/lib/audit/write";
import { toCsv } from "@/lib/csv";

/**
 * Everything held about the signed-in candidate (subject access): account, profile, applications and their
 * timelines, notes the team wrote about them, checks, documents (details, not the files: those download
 * one by one), placements, timesheets, notifications and deletion requests. Only the candidate's own
 * records; nothing commercial (charge rates and margins are between the agency and the council).
 * Each download is audited.
 */
export async function exportMyData(viewer: Viewer | null) {
  const v = authorize(viewer, "candidate.write.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const scope = { councilId: v.councilId, candidateId: v.candidateId };
  const profile = await db().candidateProfile.findFirst({
    where: { id: v.candidateId, councilId: v.councilId, userId: v.userId },
    omit: { mergedIntoId: true },
  });
  if (!profile) throw new NotFoundError("We could not find your candidate profile.");
  const [user, applications, notes, checks, documents, placements, timesheets, notifications, erasureRequests] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: v.userId }, select: { email: true, name: true, role: true, createdAt: true, lastSignInAt: true, emailVerified: true } }),
    db().application.findMany({
      where: scope,
      orderBy: { appliedAt: "asc" },
      select: {
        id: true, stage: true, coverNote: true, availabilityConfirmed: true, proposedPayRatePence: true, managerDecision: true,
        managerDecisionReason: true, managerDecidedAt: true, closedReason: true, appliedAt: true, shortlistedAt: true, updatedAt: true,
        requisition: { select: { reference: true, jobTitle: true } },
        history: { orderBy: { changedAt: "asc" }, select: { fromStage: true, toStage: true, reason: true, changedAt: true } },
      },
    }),
    db().candidateNote.findMany({ where: scope, orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } }),
    db().complianceCheck.findMany({
      where: scope,
      orderBy: { createdAt: "asc" },
      omit: { councilId: true, candidateId: true, checkedById: true },
    }),
    db().document.findMany({
      where: scope,
      orderBy: { uploadedAt: "asc" },
      select: { id: true, kind: true, filename: true, mimeType: true, sizeBytes: true, sha256: true, uploadedAt: true, deletedAt: true },
    }),
    db().placement.findMany({
      where: scope,
      orderBy: { startDate: "asc" },
      select: {
        id: true, reference: true, startDate: true, plannedEndDate: true, actualEndDate: true, payRatePence: true, hoursPerWeek: true,
        status: true, engagementType: true, isLocalAtPlacement: true, priorityGroupAtPlacement: true, endReason: true, createdAt: true,
        requisition: { select: { jobTitle: true } },
      },
    }),
    db().timesheet.findMany({
      where: { councilId: v.councilId, placement: { candidateId: v.candidateId } },
      orderBy: { weekStart: "asc" },
      select: {
        id: true, placementId: true, weekStart: true, status: true, totalHours: true, payRatePence: true, submittedAt: true, approvedAt: true,
        queriedAt: true, queryComment: true, queryResponse: true,
        lines: { orderBy: { workDate: "asc" }, select: { workDate: true, hours: true } },
      },
    }),
    db().notification.findMany({ where: { userId: v.userId }, orderBy: { createdAt: "asc" }, select: { title: true, body: true, createdAt: true, readAt: true } }),
    db().erasureRequest.findMany({ where: scope, orderBy: { requestedAt: "asc" }, select: { id: true, status: true, reason: true, requestedAt: true, actionedAt: true, outcomeNote: true } }),
  ]);
  await writeAudit(db(), {
    councilId: v.councilId, actorId: v.userId, actorRole: v.role, action: "privacy.export", entityType: "CandidateProfile", entityId: profile.id,
  });
  const { councilId: _c, userId: _u, ...profileData } = profile;
  return {
    exportedAt: new Date().toISOString(),
    organisation: v.agencyName,
    account: user,
    profile: profileData,
    applications: applications.map(({ requisition, ...a }) => ({ ...a, jobTitle: requisition.jobTitle, vacancyReference: requisition.reference })),
    notesByTheTeam: notes,
    checks,
    documents,
    placements: placements.map(({ requisition, ...p }) => ({ ...p, jobTitle: requisition.jobTitle })),
    timesheets,
    notifications,
    erasureRequests,
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;

/** JSON with Dates as ISO strings and Decimals as plain numbers' strings. */
export function myDataJson(data: MyDataExport): string {
  return JSON.stringify(data, (_k, value) => (value !== null && typeof value === "object" && "toFixed" in value && "d" in value ? value.toString() : value), 2);
}

type Flat = { section: string; record: string; field: string; value: string };

function flatten(section: string, record: string, prefix: string, value: unknown, out: Flat[]) {
  if (value === null || value === undefined) {
    out.push({ section, record, field: prefix, value: "" });
  } else if (value instanceof Date) {
    out.push({ section, record, field: prefix, value: value.toISOString() });
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.push({ section, record, field: prefix, value: "" });
    value.forEach((item, i) => flatten(section, record, `${prefix}[${i + 1}]`, item, out));
  } else if (typeof value === "object" && !("toFixed" in value && "d" in value)) {
    for (const [k, v] of Object.entries(value)) flatten(section, record, prefix ? `${prefix}.${k}` : k, v, out);
  } else {
    out.push({ section, record, field: prefix, value: String(value) });
  }
}

/** The same data as one long CSV: section, record, field, value. */
export function myDataCsv(data: MyDataExport): string {
  const rows: Flat[] = [];
  for (const [section, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      if (value.length === 0) rows.push({ section, record: "", field: "", value: "(none)" });
      value.forEach((item, i) => {
        const rec = item as Record<string, unknown>;
        const record = typeof rec.id === "string" ? rec.id : String(i + 1);
        flatten(section, record, "", rec, rows);
      });
    } else {
      flatten(section, "", "", value, rows);
    }
  }
  return toCsv(rows, [
    { header: "Section", value: (r) => r.section },
    { header: "Record", value: (r) => r.record },
    { header: "Field", value: (r) => r.field },
    { header: "Value", value: (r) => r.value },
  ]);
}
