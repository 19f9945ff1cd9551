// Public API of the pure compliance rules. No database, no React: plain typed inputs → typed outputs with reasons.
export * from "./types";
export {
  addDays, addMonths, addWeeks, addYears, compareIsoDates, daysBetween, formatLongDate, formatLongDateWithDay,
  isIsoDate, mondayOf, sundayOf,
} from "./dates";
export * from "./awr";
export * from "./fee-window";
export * from "./ir35";
export * from "./right-to-work";
export * from "./dbs";
export * from "./placement-gate";
export * from "./retention";
export * from "./dfe";
