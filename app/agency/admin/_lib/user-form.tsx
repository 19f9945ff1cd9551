import { AgencyForm, type FieldSpec } from "@/components/agency/agency-form";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import { STAFF_ROLES } from "@/lib/admin/schemas";
import type { UserRow } from "@/lib/admin/queries";
import { saveUserAction } from "../actions";

/** Add or change a staff user: role, job title, active, and a hiring manager's services and approval rights. */
export function UserForm({ user, services }: { user: UserRow | null; services: { id: string; name: string }[] }) {
  const opts = services.map((s) => ({ value: s.id, label: s.name }));
  const fields: FieldSpec[] = [
    ...(user ? [{ kind: "hidden" as const, name: "userId", value: user.id }] : []),
    { kind: "text", name: "name", label: "Full name", defaultValue: user?.name, width: 30 },
    { kind: "text", name: "email", label: "Email address", type: "email", defaultValue: user?.email, width: 30 },
    { kind: "text", name: "jobTitle", label: "Job title", optional: true, defaultValue: user?.jobTitle, width: 30 },
    { kind: "radios", name: "role", label: "Role", defaultValue: user?.role ?? null, options: STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] })) },
    { kind: "checkboxes", name: "member", label: "Services (hiring managers)", optional: true, hint: "The services whose requisitions, shortlists and timesheets they see", options: opts, defaultValue: user?.services.map((s) => s.id) ?? [] },
    { kind: "checkboxes", name: "budgetHolder", label: "Budget holder for", optional: true, hint: "Makes the first approval of requisitions", options: opts, defaultValue: user?.services.filter((s) => s.budgetHolder).map((s) => s.id) ?? [] },
    { kind: "checkboxes", name: "secondApprover", label: "Second approver for", optional: true, hint: "Head of service or finance: approves requisitions above the threshold", options: opts, defaultValue: user?.services.filter((s) => s.secondApprover).map((s) => s.id) ?? [] },
    { kind: "radios", name: "active", label: "Can sign in", inline: true, defaultValue: user ? (user.active ? "yes" : "no") : "yes", options: [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }] },
    { kind: "text", name: "password", label: user ? "New password" : "First password", type: "password", optional: Boolean(user), hint: user ? "Leave empty to keep their password" : "At least 10 characters. Tell them in person; they can change it later.", autoComplete: "new-password", width: 20 },
  ];
  return (
    <AgencyForm
      action={saveUserAction}
      title={user ? `Change ${user.name}` : "Add a user"}
      heading={user ? `Change ${user.name}` : "Add a user"}
      fields={fields}
      submitLabel={user ? "Save the changes" : "Add the user"}
    />
  );
}
