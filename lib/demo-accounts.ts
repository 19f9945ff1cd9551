/**
 * The demo sign-ins created by `npm run seed`, listed on the sign-in page in development.
 * Never created in production (the seed refuses to run there).
 */
export const DEMO_PASSWORD = "Connect2-demo";

export const DEMO_ACCOUNTS = [
  { role: "HIRING_MANAGER", email: "sarah.khan@luton.example", name: "Sarah Khan", note: "Adult Social Care manager and budget holder" },
  { role: "HIRING_MANAGER", email: "david.okafor@luton.example", name: "David Okafor", note: "Head of Adult Social Care: second approver" },
  { role: "CANDIDATE", email: "jordan.smith@example.com", name: "Jordan Smith", note: "Luton resident, placed as a support worker" },
  { role: "AGENCY", email: "priya.patel@connect2luton.example", name: "Priya Patel", note: "Connect2Luton recruiter" },
  { role: "BOARD", email: "margaret.ellis@connect2luton.example", name: "Margaret Ellis", note: "Board member" },
  { role: "ADMIN", email: "admin@connect2luton.example", name: "Tom Reid", note: "Connect2Luton administrator" },
  { role: "HIRING_MANAGER", email: "gareth.jones@dudley.example", name: "Gareth Jones", note: "Second council (Dudley): proves isolation" },
] as const;
