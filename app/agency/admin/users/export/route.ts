import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { exportUsers } from "@/lib/admin/queries";
import { STAFF_ROLES } from "@/lib/admin/schemas";
import { csvRoute, oneOf } from "../../../_lib/load";

export const GET = csvRoute(async (url) => {
  const rows = await exportUsers(await getViewer(), { q: url.searchParams.get("q") || undefined, role: oneOf(url.searchParams.get("role") ?? undefined, STAFF_ROLES) });
  return csvResponse(
    "users.csv",
    toCsv(rows, [
      { header: "Name", value: (u) => u.name },
      { header: "Email", value: (u) => u.email },
      { header: "Role", value: (u) => ROLE_LABEL[u.role] },
      { header: "Job title", value: (u) => u.jobTitle ?? "" },
      { header: "Can sign in", value: (u) => (u.active ? "Yes" : "No") },
      { header: "Services", value: (u) => u.services.map((s) => s.name).join("; ") },
      { header: "Budget holder for", value: (u) => u.services.filter((s) => s.budgetHolder).map((s) => s.name).join("; ") },
      { header: "Second approver for", value: (u) => u.services.filter((s) => s.secondApprover).map((s) => s.name).join("; ") },
    ]),
  );
});
