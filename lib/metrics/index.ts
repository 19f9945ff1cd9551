/**
 * The metrics engine (definitions: ../shared/design/domain.md "Metrics"). Every function takes
 * (viewer, period, filters), authorizes "metrics.read", scopes to the viewer's council and aggregates in PostgreSQL.
 * Figures are raw; the board's display (with the fewer-than-5 rule) is `boardDashboard`.
 */
export { fillRate, headcountWeightedFillRate, timeToFill, timeToFirstShortlist } from "./requisitions";
export { localShare, localShareByQuarter, localFte, priorityGroupHires, conversions, conversionsByQuarter, conversionRate } from "./social-value";
export { retention, activeWorkers, awrExposure, complianceRate } from "./workforce";
export { spend, spendVsBudget, agencyMargin, onContractShare } from "./spend";
export { boardDashboard } from "./dashboard";
export type { MetricFilters, WithServices, ServiceRow } from "./scope";
export type { Period } from "./period";
