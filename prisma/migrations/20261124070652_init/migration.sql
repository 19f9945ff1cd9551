-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CANDIDATE', 'HIRING_MANAGER', 'AGENCY', 'BOARD', 'ADMIN');

-- CreateEnum
CREATE TYPE "RequisitionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'DECLINED', 'APPROVED', 'OPEN', 'FILLED', 'CANCELLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RequisitionReason" AS ENUM ('VACANCY_COVER', 'SICKNESS_MATERNITY_COVER', 'PROJECT', 'PEAK_DEMAND', 'CAMPAIGN');

-- CreateEnum
CREATE TYPE "RoleCategory" AS ENUM ('CHILD_FAMILY_SOCIAL_WORK', 'ADULT_SOCIAL_WORK', 'SOCIAL_CARE', 'PROFESSIONAL', 'ADMIN', 'OPERATIONAL', 'MANAGEMENT');

-- CreateEnum
CREATE TYPE "DbsLevel" AS ENUM ('NONE', 'BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_BARRED');

-- CreateEnum
CREATE TYPE "ApprovalStep" AS ENUM ('FIRST', 'SECOND');

-- CreateEnum
CREATE TYPE "ApprovalDecision" AS ENUM ('APPROVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ApplicationStage" AS ENUM ('APPLIED', 'SCREENED', 'SHORTLISTED', 'INTERVIEW', 'OFFERED', 'PLACED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ManagerDecision" AS ENUM ('INTERVIEW', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PriorityGroup" AS ENUM ('CARE_LEAVER', 'LONG_TERM_UNEMPLOYED', 'NEET_16_24', 'VETERAN', 'DISABLED');

-- CreateEnum
CREATE TYPE "RightToWorkRoute" AS ENUM ('BRITISH_OR_IRISH', 'SETTLED', 'PRE_SETTLED', 'TIME_LIMITED');

-- CreateEnum
CREATE TYPE "EngagementType" AS ENUM ('PAYE', 'UMBRELLA', 'LIMITED_COMPANY');

-- CreateEnum
CREATE TYPE "Availability" AS ENUM ('IMMEDIATE', 'ONE_WEEK', 'TWO_WEEKS', 'ONE_MONTH', 'NOT_AVAILABLE');

-- CreateEnum
CREATE TYPE "ComplianceCheckType" AS ENUM ('RIGHT_TO_WORK', 'DBS', 'REFERENCE', 'QUALIFICATION', 'PROFESSIONAL_REGISTRATION');

-- CreateEnum
CREATE TYPE "ComplianceCheckStatus" AS ENUM ('PENDING', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('RIGHT_TO_WORK', 'DBS_CERTIFICATE', 'QUALIFICATION', 'REGISTRATION', 'REFERENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "Ir35Status" AS ENUM ('INSIDE', 'OUTSIDE');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PENDING_START', 'ACTIVE', 'ENDED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "ChangeRequestType" AS ENUM ('EXTENSION', 'EARLY_END');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('REQUESTED', 'ACTIONED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AbsenceType" AS ENUM ('SICKNESS', 'JURY_SERVICE', 'PREGNANCY_MATERNITY', 'ANNUAL_LEAVE', 'OTHER');

-- CreateEnum
CREATE TYPE "TimesheetStatus" AS ENUM ('SUBMITTED', 'APPROVED', 'QUERIED');

-- CreateEnum
CREATE TYPE "ConversionStatus" AS ENUM ('PROPOSED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ErasureStatus" AS ENUM ('REQUESTED', 'COMPLETED', 'REFUSED');

-- CreateTable
CREATE TABLE "Council" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "agencyName" TEXT NOT NULL,
    "localAuthorityCode" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "hostnames" TEXT[],
    "approvalThresholdPence" INTEGER NOT NULL DEFAULT 2500000,
    "onCostPercent" DECIMAL(5,2) NOT NULL DEFAULT 14.00,
    "retentionMonthsUnsuccessful" INTEGER NOT NULL DEFAULT 12,
    "rightToWorkRetentionMonths" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostCentre" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CostCentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostCentreBudget" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "costCentreId" TEXT NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "budgetPence" BIGINT NOT NULL,

    CONSTRAINT "CostCentreBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateCard" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "roleCategory" "RoleCategory" NOT NULL,
    "grade" TEXT NOT NULL,
    "payMinPence" INTEGER NOT NULL,
    "payMaxPence" INTEGER NOT NULL,
    "chargeMinPence" INTEGER NOT NULL,
    "chargeMaxPence" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SocialWorkRateCap" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "roleCategory" "RoleCategory" NOT NULL,
    "grade" TEXT,
    "maxPayPence" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,

    CONSTRAINT "SocialWorkRateCap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalArea" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "postcodeDistricts" TEXT[],
    "excludedSectors" TEXT[],
    "localAuthorityCodes" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "LocalArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostcodeLookup" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "localAuthorityCode" TEXT NOT NULL,
    "wardCode" TEXT,
    "wardName" TEXT,
    "importId" TEXT NOT NULL,

    CONSTRAINT "PostcodeLookup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostcodeImport" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "rowsTotal" INTEGER NOT NULL,
    "rowsImported" INTEGER NOT NULL,
    "rowsRejected" INTEGER NOT NULL,
    "errors" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostcodeImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "jobTitle" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMembership" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "budgetHolder" BOOLEAN NOT NULL DEFAULT false,
    "secondApprover" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requisition" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "costCentreId" TEXT NOT NULL,
    "campaignId" TEXT,
    "grade" TEXT NOT NULL,
    "roleCategory" "RoleCategory" NOT NULL,
    "reason" "RequisitionReason" NOT NULL,
    "headcount" INTEGER NOT NULL,
    "hoursPerWeek" DECIMAL(5,2) NOT NULL,
    "startDate" DATE NOT NULL,
    "expectedEndDate" DATE NOT NULL,
    "payRateMinPence" INTEGER NOT NULL,
    "payRateMaxPence" INTEGER NOT NULL,
    "chargeRatePence" INTEGER NOT NULL,
    "estimatedCostPence" INTEGER NOT NULL,
    "dbsLevel" "DbsLevel" NOT NULL DEFAULT 'NONE',
    "registrationRequired" TEXT,
    "limitedCompanyAllowed" BOOLEAN NOT NULL DEFAULT false,
    "duties" TEXT NOT NULL,
    "advertText" TEXT,
    "location" TEXT,
    "closingDate" DATE,
    "status" "RequisitionStatus" NOT NULL DEFAULT 'DRAFT',
    "requiresSecondApproval" BOOLEAN NOT NULL DEFAULT false,
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "raisedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "filledAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Requisition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequisitionApproval" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "requisitionId" TEXT NOT NULL,
    "submissionNo" INTEGER NOT NULL,
    "step" "ApprovalStep" NOT NULL,
    "decision" "ApprovalDecision" NOT NULL,
    "reason" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequisitionApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequisitionStatusChange" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "requisitionId" TEXT NOT NULL,
    "fromStatus" "RequisitionStatus",
    "toStatus" "RequisitionStatus" NOT NULL,
    "note" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequisitionStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateProfile" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "dateOfBirth" DATE,
    "addressLine1" TEXT,
    "town" TEXT,
    "postcode" TEXT NOT NULL,
    "isLocal" BOOLEAN NOT NULL,
    "rightToWorkRoute" "RightToWorkRoute",
    "rightToWorkExpiry" DATE,
    "availability" "Availability" NOT NULL DEFAULT 'IMMEDIATE',
    "availableFrom" DATE,
    "skills" TEXT[],
    "experienceSummary" TEXT,
    "engagementType" "EngagementType" NOT NULL DEFAULT 'PAYE',
    "limitedCompanyName" TEXT,
    "socialWorkQualifiedOn" DATE,
    "lastPermanentPostEndedOn" DATE,
    "lastPermanentPostRegion" TEXT,
    "priorityGroups" "PriorityGroup"[],
    "priorityGroupsDeclaredAt" TIMESTAMP(3),
    "privacyConsentAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "anonymisedAt" TIMESTAMP(3),
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateNote" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplianceCheck" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "type" "ComplianceCheckType" NOT NULL,
    "status" "ComplianceCheckStatus" NOT NULL DEFAULT 'PENDING',
    "checkedOn" DATE,
    "checkedById" TEXT,
    "expiresOn" DATE,
    "rightToWorkRoute" "RightToWorkRoute",
    "dbsLevel" "DbsLevel",
    "dbsCertificateDate" DATE,
    "dbsCertificateNo" TEXT,
    "dbsUpdateService" BOOLEAN,
    "refereeName" TEXT,
    "refereeOrganisation" TEXT,
    "qualificationName" TEXT,
    "registrationBody" TEXT,
    "registrationNumber" TEXT,
    "notes" TEXT,
    "documentId" TEXT,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplianceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "requisitionId" TEXT NOT NULL,
    "stage" "ApplicationStage" NOT NULL DEFAULT 'APPLIED',
    "coverNote" TEXT,
    "availabilityConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "proposedPayRatePence" INTEGER,
    "managerDecision" "ManagerDecision",
    "managerDecisionReason" TEXT,
    "managerDecidedById" TEXT,
    "managerDecidedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shortlistedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStageChange" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStage" "ApplicationStage",
    "toStage" "ApplicationStage" NOT NULL,
    "reason" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusDetermination" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "Ir35Status" NOT NULL,
    "reasons" TEXT NOT NULL,
    "determinedOn" DATE NOT NULL,
    "determinedById" TEXT NOT NULL,
    "disagreementReceivedOn" DATE,
    "disagreementRespondBy" DATE,
    "disagreementRespondedOn" DATE,
    "disagreementResponse" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusDetermination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "requisitionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE NOT NULL,
    "actualEndDate" DATE,
    "payRatePence" INTEGER NOT NULL,
    "chargeRatePence" INTEGER NOT NULL,
    "onCostRatePence" INTEGER NOT NULL,
    "hoursPerWeek" DECIMAL(5,2) NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PENDING_START',
    "engagementType" "EngagementType" NOT NULL DEFAULT 'PAYE',
    "isLocalAtPlacement" BOOLEAN NOT NULL,
    "priorityGroupAtPlacement" "PriorityGroup",
    "awrRoleKey" TEXT NOT NULL,
    "feeFreeDate" DATE NOT NULL,
    "rateCapExceeded" BOOLEAN NOT NULL DEFAULT false,
    "rateCapSignOffById" TEXT,
    "rateCapSignOffNote" TEXT,
    "rateCapSignOffAt" TIMESTAMP(3),
    "endReason" TEXT,
    "confirmedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementChangeRequest" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "type" "ChangeRequestType" NOT NULL,
    "previousEndDate" DATE NOT NULL,
    "newEndDate" DATE NOT NULL,
    "reason" TEXT,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actionedById" TEXT,
    "actionedAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "PlacementChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "type" "AbsenceType" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Timesheet" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "status" "TimesheetStatus" NOT NULL DEFAULT 'SUBMITTED',
    "totalHours" DECIMAL(6,2) NOT NULL,
    "payRatePence" INTEGER NOT NULL,
    "chargeRatePence" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "queriedAt" TIMESTAMP(3),
    "queriedById" TEXT,
    "queryComment" TEXT,
    "queryResponse" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Timesheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimesheetLine" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "timesheetId" TEXT NOT NULL,
    "workDate" DATE NOT NULL,
    "hours" DECIMAL(4,2) NOT NULL,

    CONSTRAINT "TimesheetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversion" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "postTitle" TEXT NOT NULL,
    "salaryBand" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "feeFreeDate" DATE NOT NULL,
    "withinFeeWindow" BOOLEAN NOT NULL,
    "feeChargedPence" INTEGER,
    "status" "ConversionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedById" TEXT,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Conversion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffContractSpend" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "supplier" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "amountPence" INTEGER NOT NULL,
    "enteredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OffContractSpend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" TEXT NOT NULL,
    "councilId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "transport" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "status" "ErasureStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actionedById" TEXT,
    "actionedAt" TIMESTAMP(3),
    "outcomeNote" TEXT,

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_slug_key" ON "Council"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Service_councilId_code_key" ON "Service"("councilId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Service_councilId_name_key" ON "Service"("councilId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Service_id_councilId_key" ON "Service"("id", "councilId");

-- CreateIndex
CREATE INDEX "CostCentre_serviceId_idx" ON "CostCentre"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "CostCentre_councilId_code_key" ON "CostCentre"("councilId", "code");

-- CreateIndex
CREATE INDEX "CostCentreBudget_councilId_financialYear_idx" ON "CostCentreBudget"("councilId", "financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "CostCentreBudget_costCentreId_financialYear_key" ON "CostCentreBudget"("costCentreId", "financialYear");

-- CreateIndex
CREATE UNIQUE INDEX "RateCard_councilId_roleCategory_grade_effectiveFrom_key" ON "RateCard"("councilId", "roleCategory", "grade", "effectiveFrom");

-- CreateIndex
CREATE INDEX "SocialWorkRateCap_councilId_region_roleCategory_idx" ON "SocialWorkRateCap"("councilId", "region", "roleCategory");

-- CreateIndex
CREATE UNIQUE INDEX "LocalArea_councilId_key" ON "LocalArea"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "PostcodeLookup_councilId_postcode_key" ON "PostcodeLookup"("councilId", "postcode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_councilId_role_idx" ON "User"("councilId", "role");

-- CreateIndex
CREATE INDEX "ServiceMembership_serviceId_idx" ON "ServiceMembership"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMembership_userId_serviceId_key" ON "ServiceMembership"("userId", "serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_councilId_name_key" ON "Campaign"("councilId", "name");

-- CreateIndex
CREATE INDEX "Requisition_councilId_status_idx" ON "Requisition"("councilId", "status");

-- CreateIndex
CREATE INDEX "Requisition_councilId_serviceId_status_idx" ON "Requisition"("councilId", "serviceId", "status");

-- CreateIndex
CREATE INDEX "Requisition_councilId_openedAt_idx" ON "Requisition"("councilId", "openedAt");

-- CreateIndex
CREATE INDEX "Requisition_councilId_filledAt_idx" ON "Requisition"("councilId", "filledAt");

-- CreateIndex
CREATE INDEX "Requisition_campaignId_idx" ON "Requisition"("campaignId");

-- CreateIndex
CREATE INDEX "Requisition_status_closingDate_idx" ON "Requisition"("status", "closingDate");

-- CreateIndex
CREATE UNIQUE INDEX "Requisition_councilId_reference_key" ON "Requisition"("councilId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "RequisitionApproval_requisitionId_submissionNo_step_key" ON "RequisitionApproval"("requisitionId", "submissionNo", "step");

-- CreateIndex
CREATE INDEX "RequisitionStatusChange_requisitionId_changedAt_idx" ON "RequisitionStatusChange"("requisitionId", "changedAt");

-- CreateIndex
CREATE INDEX "RequisitionStatusChange_councilId_toStatus_changedAt_idx" ON "RequisitionStatusChange"("councilId", "toStatus", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateProfile_userId_key" ON "CandidateProfile"("userId");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_email_idx" ON "CandidateProfile"("councilId", "email");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_phone_idx" ON "CandidateProfile"("councilId", "phone");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_lastName_firstName_idx" ON "CandidateProfile"("councilId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_postcode_idx" ON "CandidateProfile"("councilId", "postcode");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_isLocal_idx" ON "CandidateProfile"("councilId", "isLocal");

-- CreateIndex
CREATE INDEX "CandidateProfile_councilId_lastActivityAt_idx" ON "CandidateProfile"("councilId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "CandidateNote_candidateId_idx" ON "CandidateNote"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_candidateId_kind_idx" ON "Document"("candidateId", "kind");

-- CreateIndex
CREATE INDEX "ComplianceCheck_candidateId_type_idx" ON "ComplianceCheck"("candidateId", "type");

-- CreateIndex
CREATE INDEX "ComplianceCheck_councilId_type_expiresOn_idx" ON "ComplianceCheck"("councilId", "type", "expiresOn");

-- CreateIndex
CREATE INDEX "Application_councilId_requisitionId_stage_idx" ON "Application"("councilId", "requisitionId", "stage");

-- CreateIndex
CREATE INDEX "Application_councilId_shortlistedAt_idx" ON "Application"("councilId", "shortlistedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Application_candidateId_requisitionId_key" ON "Application"("candidateId", "requisitionId");

-- CreateIndex
CREATE INDEX "ApplicationStageChange_applicationId_changedAt_idx" ON "ApplicationStageChange"("applicationId", "changedAt");

-- CreateIndex
CREATE INDEX "ApplicationStageChange_councilId_toStage_changedAt_idx" ON "ApplicationStageChange"("councilId", "toStage", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StatusDetermination_applicationId_key" ON "StatusDetermination"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_applicationId_key" ON "Placement"("applicationId");

-- CreateIndex
CREATE INDEX "Placement_councilId_status_idx" ON "Placement"("councilId", "status");

-- CreateIndex
CREATE INDEX "Placement_councilId_serviceId_status_idx" ON "Placement"("councilId", "serviceId", "status");

-- CreateIndex
CREATE INDEX "Placement_councilId_startDate_idx" ON "Placement"("councilId", "startDate");

-- CreateIndex
CREATE INDEX "Placement_councilId_plannedEndDate_idx" ON "Placement"("councilId", "plannedEndDate");

-- CreateIndex
CREATE INDEX "Placement_candidateId_idx" ON "Placement"("candidateId");

-- CreateIndex
CREATE INDEX "Placement_requisitionId_idx" ON "Placement"("requisitionId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_councilId_reference_key" ON "Placement"("councilId", "reference");

-- CreateIndex
CREATE INDEX "PlacementChangeRequest_councilId_status_idx" ON "PlacementChangeRequest"("councilId", "status");

-- CreateIndex
CREATE INDEX "PlacementChangeRequest_placementId_idx" ON "PlacementChangeRequest"("placementId");

-- CreateIndex
CREATE INDEX "Absence_placementId_idx" ON "Absence"("placementId");

-- CreateIndex
CREATE INDEX "Timesheet_councilId_status_weekStart_idx" ON "Timesheet"("councilId", "status", "weekStart");

-- CreateIndex
CREATE INDEX "Timesheet_councilId_approvedAt_idx" ON "Timesheet"("councilId", "approvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Timesheet_placementId_weekStart_key" ON "Timesheet"("placementId", "weekStart");

-- CreateIndex
CREATE UNIQUE INDEX "TimesheetLine_timesheetId_workDate_key" ON "TimesheetLine"("timesheetId", "workDate");

-- CreateIndex
CREATE UNIQUE INDEX "Conversion_placementId_key" ON "Conversion"("placementId");

-- CreateIndex
CREATE INDEX "Conversion_councilId_status_completedAt_idx" ON "Conversion"("councilId", "status", "completedAt");

-- CreateIndex
CREATE INDEX "OffContractSpend_councilId_periodStart_idx" ON "OffContractSpend"("councilId", "periodStart");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_entityType_entityId_idx" ON "AuditEvent"("councilId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_createdAt_idx" ON "AuditEvent"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_actorId_createdAt_idx" ON "AuditEvent"("councilId", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundEmail_createdAt_idx" ON "OutboundEmail"("createdAt");

-- CreateIndex
CREATE INDEX "ErasureRequest_councilId_status_idx" ON "ErasureRequest"("councilId", "status");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostCentre" ADD CONSTRAINT "CostCentre_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostCentre" ADD CONSTRAINT "CostCentre_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostCentreBudget" ADD CONSTRAINT "CostCentreBudget_costCentreId_fkey" FOREIGN KEY ("costCentreId") REFERENCES "CostCentre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RateCard" ADD CONSTRAINT "RateCard_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialWorkRateCap" ADD CONSTRAINT "SocialWorkRateCap_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalArea" ADD CONSTRAINT "LocalArea_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostcodeLookup" ADD CONSTRAINT "PostcodeLookup_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostcodeLookup" ADD CONSTRAINT "PostcodeLookup_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PostcodeImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostcodeImport" ADD CONSTRAINT "PostcodeImport_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMembership" ADD CONSTRAINT "ServiceMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMembership" ADD CONSTRAINT "ServiceMembership_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requisition" ADD CONSTRAINT "Requisition_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requisition" ADD CONSTRAINT "Requisition_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requisition" ADD CONSTRAINT "Requisition_costCentreId_fkey" FOREIGN KEY ("costCentreId") REFERENCES "CostCentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requisition" ADD CONSTRAINT "Requisition_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requisition" ADD CONSTRAINT "Requisition_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequisitionApproval" ADD CONSTRAINT "RequisitionApproval_requisitionId_fkey" FOREIGN KEY ("requisitionId") REFERENCES "Requisition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequisitionStatusChange" ADD CONSTRAINT "RequisitionStatusChange_requisitionId_fkey" FOREIGN KEY ("requisitionId") REFERENCES "Requisition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "CandidateProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateNote" ADD CONSTRAINT "CandidateNote_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCheck" ADD CONSTRAINT "ComplianceCheck_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplianceCheck" ADD CONSTRAINT "ComplianceCheck_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_requisitionId_fkey" FOREIGN KEY ("requisitionId") REFERENCES "Requisition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStageChange" ADD CONSTRAINT "ApplicationStageChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusDetermination" ADD CONSTRAINT "StatusDetermination_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_requisitionId_fkey" FOREIGN KEY ("requisitionId") REFERENCES "Requisition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementChangeRequest" ADD CONSTRAINT "PlacementChangeRequest_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Absence" ADD CONSTRAINT "Absence_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Timesheet" ADD CONSTRAINT "Timesheet_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimesheetLine" ADD CONSTRAINT "TimesheetLine_timesheetId_fkey" FOREIGN KEY ("timesheetId") REFERENCES "Timesheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversion" ADD CONSTRAINT "Conversion_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffContractSpend" ADD CONSTRAINT "OffContractSpend_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffContractSpend" ADD CONSTRAINT "OffContractSpend_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CandidateProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
