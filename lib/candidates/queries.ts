import "server-only";
import { db } from "@/lib/db";
import { authorize, type Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/auth/errors";
import type { ApplicationStage, Availability, PlacementStatus, PriorityGroup, RightToWorkRoute } from "@/lib/generated/prisma/enums";

export type MyApplication = {
  id: string;
  requisitionId: string;
  jobTitle: string;
  serviceName: string;
  stage: ApplicationStage;
  appliedAt: Date;
  updatedAt: Date;
};

export type CandidateHome = {
  firstName: string;
  postcode: string;
  applications: MyApplication[];
  placements: { id: string; jobTitle: string; status: PlacementStatus; startDate: Date; plannedEndDate: Date }[];
};

/** A candidate's own applications and placements — never anyone else's. */
export async function getCandidateHome(viewer: Viewer | null): Promise<CandidateHome> {
  const v = authorize(viewer, "candidate.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const profile = await db().candidateProfile.findFirst({
    where: { id: v.candidateId, councilId: v.councilId, userId: v.userId },
    select: {
      firstName: true,
      postcode: true,
      applications: {
        orderBy: { appliedAt: "desc" },
        select: {
          id: true, requisitionId: true, stage: true, appliedAt: true, updatedAt: true,
          requisition: { select: { jobTitle: true, service: { select: { name: true } } } },
        },
      },
      placements: {
        orderBy: { startDate: "desc" },
        select: { id: true, status: true, startDate: true, plannedEndDate: true, requisition: { select: { jobTitle: true } } },
      },
    },
  });
  if (!profile) throw new NotFoundError("We could not find your candidate profile.");
  return {
    firstName: profile.firstName,
    postcode: profile.postcode,
    applications: profile.applications.map((a) => ({
      id: a.id, requisitionId: a.requisitionId, stage: a.stage, appliedAt: a.appliedAt, updatedAt: a.updatedAt,
      jobTitle: a.requisition.jobTitle, serviceName: a.requisition.service.name,
    })),
    placements: profile.placements.map((p) => ({
      id: p.id, status: p.status, startDate: p.startDate, plannedEndDate: p.plannedEndDate, jobTitle: p.requisition.jobTitle,
    })),
  };
}

export type MyProfile = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  addressLine1: string | null;
  town: string | null;
  postcode: string;
  isLocal: boolean;
  rightToWorkRoute: RightToWorkRoute | null;
  rightToWorkExpiry: Date | null;
  availability: Availability;
  skills: string[];
  experienceSummary: string | null;
  priorityGroups: PriorityGroup[];
  priorityGroupsDeclaredAt: Date | null;
  privacyConsentAt: Date | null;
  createdAt: Date;
};

/** The signed-in candidate's own profile. */
export async function getMyProfile(viewer: Viewer | null): Promise<MyProfile> {
  const v = authorize(viewer, "candidate.read.own");
  if (!v.candidateId) throw new NotFoundError("We could not find your candidate profile.");
  const p = await db().candidateProfile.findFirst({
    where: { id: v.candidateId, councilId: v.councilId, userId: v.userId },
    select: {
      id: true, firstName: true, lastName: true, email: true, phone: true, addressLine1: true, town: true, postcode: true,
      isLocal: true, rightToWorkRoute: true, rightToWorkExpiry: true, availability: true, skills: true, experienceSummary: true,
      priorityGroups: true, priorityGroupsDeclaredAt: true, privacyConsentAt: true, createdAt: true,
    },
  });
  if (!p) throw new NotFoundError("We could not find your candidate profile.");
  return p;
}
