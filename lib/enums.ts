/**
 * The domain's enumerations (states, categories, roles) for pages and components, which must not reach into
 * the generated database client. Types only: the values are the strings in prisma/schema.prisma.
 */
export type {
  AbsenceType,
  ApplicationStage,
  ApprovalStep,
  ChangeRequestStatus,
  ChangeRequestType,
  ConversionStatus,
  DbsLevel,
  ErasureStatus,
  PlacementStatus,
  RequisitionReason,
  RequisitionStatus,
  Role,
  TimesheetStatus,
} from "@/lib/generated/prisma/enums";
