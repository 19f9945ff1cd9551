import type { DfeReturnRow } from "@/lib/compliance/dfe-return";
import { penceToPoundsInput } from "@/lib/format";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const ENGAGEMENT_LABEL = { PAYE: "PAYE", UMBRELLA: "Umbrella", LIMITED_COMPANY: "Limited company" } as const;
export const STATUS_LABEL = { PENDING_START: "Pending start", ACTIVE: "Active", ENDED: "Ended", CONVERTED: "Converted to permanent" } as const;

/** The return's columns: dates as YYYY-MM-DD and money as pounds per hour, for loading into the DfE template. */
export const DFE_RETURN_COLUMNS: { header: string; value: (r: DfeReturnRow) => string | number | null }[] = [
  { header: "Placement reference", value: (r) => r.reference },
  { header: "Role category", value: () => "Child and family social work" },
  { header: "Grade", value: (r) => r.grade },
  { header: "Region", value: (r) => r.region },
  { header: "Engagement type", value: (r) => ENGAGEMENT_LABEL[r.engagementType] },
  { header: "Hours per week", value: (r) => r.hoursPerWeek },
  { header: "Pay rate (£ per hour)", value: (r) => penceToPoundsInput(r.payRatePence) },
  { header: "Charge rate (£ per hour)", value: (r) => penceToPoundsInput(r.chargeRatePence) },
  { header: "Regional pay cap (£ per hour)", value: (r) => (r.capPence === null ? "" : penceToPoundsInput(r.capPence)) },
  { header: "Cap exceeded", value: (r) => (r.capExceeded ? "Yes" : "No") },
  { header: "Cap exceeded: signed off by", value: (r) => r.signedOffBy ?? "" },
  { header: "Cap exceeded: signed off on", value: (r) => iso(r.signedOffAt) },
  { header: "Start date", value: (r) => iso(r.startDate) },
  { header: "Planned end date", value: (r) => iso(r.plannedEndDate) },
  { header: "Actual end date", value: (r) => iso(r.actualEndDate) },
  { header: "Status", value: (r) => STATUS_LABEL[r.status] },
];
