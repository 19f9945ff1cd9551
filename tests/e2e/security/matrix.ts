/**
 * The authorization matrix: every page, route handler and server action of the portal, and for each role
 * which records it may reach. `authorization-matrix.spec.ts` walks this table against the production build
 * (no mocks: real sessions, real HTTP, real server-action calls) and fails when
 *   - anything is allowed that the table denies (or an allowed cell does not work), or
 *   - a page, route handler or server action exists that has no row here (or a row matches nothing).
 *
 * Records are found by SQL in the end-to-end database at test time. Three kinds per row:
 *   own      the record belongs to the portal's demo persona's scope: Jordan Smith's (candidate pages),
 *            Sarah Khan's service, Adult Social Care (manager pages), a Luton record (Connect2 team pages);
 *            for rows marked `perRole` it is the tested role's own record (e.g. their own notification);
 *   other    another record of the same council (Luton) outside that scope: another candidate's, another
 *            service's;
 *   foreign  a record of another council (Dudley).
 *   none     rows with no record (a form, a dashboard, a static page).
 * In SQL, `:email` is the tested role's email (null when signed out) and, in `state`, `:id` the record's id and
 * `:<column>` any other column of the record. States are kept narrow (what a wrongly allowed call would write), so
 * other specs changing the same records in parallel do not look like a hole.
 *
 * Outcomes. Pages and route handlers: allow = 200 and the record's text shown (for `file` rows, the file
 * name in Content-Disposition); deny = 401/403/404 or a redirect to /sign-in — or, for `list` rows a role may
 * open, the record's text absent from every page of the list. Server actions are POSTed the way React sends
 * them (Next-Action header, the role's session, same origin): deny = refused (a redirect to sign-in, an
 * error status, or an error state whose message says sign in / no permission / not found) AND the row's
 * `state` SQL unchanged; allow = not refused, and either the state changed (`"changes"`) or the message
 * proves the record was reached and refused only by a business rule (a RegExp), with nothing changed.
 */

export type MatrixRole = "signedOut" | "candidate" | "manager" | "agency" | "board" | "admin";
export const MATRIX_ROLES: readonly MatrixRole[] = ["signedOut", "candidate", "manager", "agency", "board", "admin"];
export const ROLE_EMAIL: Record<MatrixRole, string | null> = {
  signedOut: null,
  candidate: "jordan.smith@example.com",
  manager: "sarah.khan@luton.example",
  agency: "priya.patel@connect2luton.example",
  board: "margaret.ellis@connect2luton.example",
  admin: "admin@connect2luton.example",
};

export type Kind = "own" | "other" | "foreign" | "none";
export type Rec = { id: string; text: string } & Record<string, string>;
export type RecordSpec = { what: string; sql: string };
export type Allow = Partial<Record<MatrixRole, readonly Kind[]>>;

type Common = {
  /** How to find each kind of record (columns: id, text, anything else the url/fields need). */
  records?: Partial<Record<Exclude<Kind, "none">, RecordSpec>>;
  /** Roles and the record kinds each may reach. Anything not listed is denied. */
  allow: Allow;
  /** Own records depend on the role (e.g. each user's own notifications); a role with none is skipped. */
  perRole?: boolean;
  note?: string;
};

export type PageRow = Common & {
  route: string;
  url?: (r: Rec | null) => string;
  /** For rows without records: text an allowed role sees. Without it, allowed = any status below 400 (not sign-in). */
  text?: string;
  /** A list or export: a role that may open it is denied a record by not seeing it. Follows rel="next" pages. */
  list?: boolean;
  /** A download: allowed = 200 with the record's text in Content-Disposition. */
  file?: boolean;
  /** Look for this in the raw HTML instead of the record's text in the visible text (e.g. a link to the record). */
  match?: (r: Rec) => string;
  /** Also allowed: a redirect to this path (e.g. the withdraw page of a placed application goes back to it). */
  allowedRedirect?: (r: Rec) => string;
};

export type ActionArgs = "state+form" | "form" | "none";
export type ActionRow = Common & {
  action: string;
  /** A second row for the same action (e.g. create vs amend). */
  variant?: string;
  /** The page the call is posted to (default: a page of the build that hosts the action, no dynamic segments). */
  host?: (r: Rec | null) => string;
  /** Form fields as the real form posts them (overrides and extras on top of `capture`). */
  fields: (r: Rec | null, kind: Kind) => Record<string, string | string[]>;
  /** Take the real form's fields from a page, as a role sees it (then `fields` is applied on top). */
  capture?: { role: MatrixRole; url: string; form?: string };
  upload?: { field: string; name: (role: MatrixRole) => string; mimeType: string; base64: string };
  /** SQL returning one row whose values must not change when a call is denied. */
  state: string;
  /** What an allowed call does: change the state, or be refused by a business rule with this message. */
  allowed: "changes" | RegExp | "not-exercised";
  /** Extra messages that count as a scope refusal for this action (e.g. a field error "Choose one of your own services"). */
  refusal?: RegExp;
  /** The action answers every caller the same way (redirects) and shows refusals only by changing nothing. */
  silent?: boolean;
};

export type Row = PageRow | ActionRow;
export const isAction = (r: Row): r is ActionRow => "action" in r;
export const rowName = (r: Row) => (isAction(r) ? `action: ${r.action}${r.variant ? ` (${r.variant})` : ""}` : r.route);

// ───────────────────────────── SQL building blocks ─────────────────────────────

const LUTON = `(select id from "Council" where slug = 'luton')`;
const DUDLEY = `(select id from "Council" where slug = 'dudley')`;
const SARAH_SERVICES = `(select m."serviceId" from "ServiceMembership" m join "User" u on u.id = m."userId" where u.email = 'sarah.khan@luton.example')`;
const JORDAN = `(select c.id from "CandidateProfile" c join "User" u on u.id = c."userId" where u.email = 'jordan.smith@example.com')`;
const ACTOR = `(select id from "User" where email = :email)`;

/** Audit events this role wrote with these actions: a denied call must not add one. */
const auditBy = (...actions: string[]) =>
  `select count(*)::int as n from "AuditEvent" where "actorId" is not distinct from ${ACTOR} and action in (${actions.map((a) => `'${a}'`).join(", ")})`;

const req = {
  own: (status?: string): RecordSpec => ({
    what: `a requisition of Sarah Khan's service${status ? ` (${status})` : ""}`,
    sql: `select r.id, r.reference as text, r."serviceId", r."costCentreId" from "Requisition" r where r."serviceId" in ${SARAH_SERVICES}${status ? ` and r.status in (${status})` : ""} order by r.reference limit 1`,
  }),
  other: (status?: string): RecordSpec => ({
    what: `a requisition of another Luton service${status ? ` (${status})` : ""}`,
    sql: `select r.id, r.reference as text, r."serviceId", r."costCentreId" from "Requisition" r where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES}${status ? ` and r.status in (${status})` : ""} order by r.reference limit 1`,
  }),
  foreign: (status?: string): RecordSpec => ({
    what: `a requisition of Dudley${status ? ` (${status})` : ""}`,
    sql: `select r.id, r.reference as text, r."serviceId", r."costCentreId" from "Requisition" r where r."councilId" = ${DUDLEY}${status ? ` and r.status in (${status})` : ""} order by r.reference limit 1`,
  }),
};

/** A seeded Luton off-contract spend entry (Dudley has none); not the probes that specs add and delete, which are dated before 2010. */
const offContractSpend = {
  own: { what: "a Luton off-contract spend entry", sql: `select o.id, o.supplier as text from "OffContractSpend" o where o."councilId" = ${LUTON} and o."periodStart" >= date '2010-01-01' order by o."periodEnd" desc, o."createdAt" desc, o.id limit 1` },
} satisfies Partial<Record<Exclude<Kind, "none">, RecordSpec>>;

/** A requisition of Sarah's service waiting for its first (budget holder) decision: in her approvals queue. */
const awaitingSarah: RecordSpec = {
  what: "a requisition of Sarah Khan's service waiting for the budget holder",
  sql: `select r.id, r.reference as text from "Requisition" r where r."serviceId" in ${SARAH_SERVICES} and r.status = 'SUBMITTED'
        and not exists (select 1 from "RequisitionApproval" a where a."requisitionId" = r.id and a."submissionNo" = r."submissionCount") order by r.reference limit 1`,
};

const placement = {
  own: (status = `'ACTIVE'`): RecordSpec => ({
    what: `a placement in Sarah Khan's service (${status})`,
    sql: `select p.id, p.reference as text from "Placement" p where p."serviceId" in ${SARAH_SERVICES} and p.status in (${status}) order by p.reference limit 1`,
  }),
  other: (status = `'ACTIVE'`): RecordSpec => ({
    what: `a placement in another Luton service (${status})`,
    sql: `select p.id, p.reference as text from "Placement" p where p."councilId" = ${LUTON} and p."serviceId" not in ${SARAH_SERVICES} and p.status in (${status}) order by p.reference limit 1`,
  }),
  foreign: (status = `'ACTIVE'`): RecordSpec => ({
    what: `a placement of Dudley (${status})`,
    sql: `select p.id, p.reference as text from "Placement" p where p."councilId" = ${DUDLEY} and p.status in (${status}) order by p.reference limit 1`,
  }),
};

const timesheet = {
  own: (status: string): RecordSpec => ({
    what: `a ${status} timesheet of a placement in Sarah Khan's service`,
    sql: `select t.id, p.reference as text from "Timesheet" t join "Placement" p on p.id = t."placementId" where p."serviceId" in ${SARAH_SERVICES} and t.status = '${status}' order by t."weekStart" desc, t.id limit 1`,
  }),
  other: (status: string): RecordSpec => ({
    what: `a ${status} timesheet of another Luton service`,
    sql: `select t.id, p.reference as text from "Timesheet" t join "Placement" p on p.id = t."placementId" where t."councilId" = ${LUTON} and p."serviceId" not in ${SARAH_SERVICES} and t.status = '${status}' order by t."weekStart" desc, t.id limit 1`,
  }),
  foreign: (status: string): RecordSpec => ({
    what: `a ${status} timesheet of Dudley`,
    sql: `select t.id, p.reference as text from "Timesheet" t join "Placement" p on p.id = t."placementId" where t."councilId" = ${DUDLEY} and t.status = '${status}' order by t."weekStart" desc, t.id limit 1`,
  }),
};

/** Adds Sarah Khan's first service and its cost centre (a valid form of hers) to a record. */
const withSarahsService = (spec: RecordSpec): RecordSpec => ({
  what: spec.what,
  sql: `select x.*, svc."sarahServiceId", svc."sarahCostCentreId" from (${spec.sql}) x cross join (
    select s.id as "sarahServiceId", (select cc.id from "CostCentre" cc where cc."serviceId" = s.id and cc.active order by cc.code limit 1) as "sarahCostCentreId"
    from "Service" s where s.id in ${SARAH_SERVICES} order by s.name limit 1) svc`,
});

/** Candidate-side records: Jordan Smith's, another Luton candidate's, a Dudley candidate's. */
const mine = {
  application: {
    own: { what: "Jordan Smith's application", sql: `select a.id, r."jobTitle" as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where a."candidateId" = ${JORDAN} order by a.id limit 1` },
    other: { what: "another Luton candidate's application", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where a."councilId" = ${LUTON} and a."candidateId" <> ${JORDAN} and a.stage = 'APPLIED' order by a.id limit 1` },
    foreign: { what: "a Dudley candidate's application", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where a."councilId" = ${DUDLEY} and a.stage = 'APPLIED' order by a.id limit 1` },
  },
  placement: {
    own: { what: "Jordan Smith's placement", sql: `select p.id, r."jobTitle" as text from "Placement" p join "Requisition" r on r.id = p."requisitionId" where p."candidateId" = ${JORDAN} and p.status = 'ACTIVE' order by p.id limit 1` },
    other: { what: "another Luton candidate's placement", sql: `select p.id, p.reference as text from "Placement" p where p."councilId" = ${LUTON} and p."candidateId" <> ${JORDAN} and p.status = 'ACTIVE' order by p.id limit 1` },
    foreign: { what: "a Dudley candidate's placement", sql: `select p.id, p.reference as text from "Placement" p where p."councilId" = ${DUDLEY} order by p.status, p.id limit 1` },
  },
  timesheet: (own: string, other: string, foreign: string) => ({
    own: { what: `Jordan Smith's ${own} timesheet`, sql: `select t.id, 'week beginning ' || to_char(t."weekStart", 'FMDD FMMonth YYYY') as text, to_char(t."weekStart", 'YYYY-MM-DD') as week, p.id as "placementId" from "Timesheet" t join "Placement" p on p.id = t."placementId" where p."candidateId" = ${JORDAN} and t.status = '${own}' order by t."weekStart" desc limit 1` },
    other: { what: `another Luton candidate's ${other} timesheet`, sql: `select t.id, p.reference as text, to_char(t."weekStart", 'YYYY-MM-DD') as week, p.id as "placementId" from "Timesheet" t join "Placement" p on p.id = t."placementId" where t."councilId" = ${LUTON} and p."candidateId" <> ${JORDAN} and t.status = '${other}' order by t."weekStart" desc, t.id limit 1` },
    foreign: { what: `a Dudley candidate's ${foreign} timesheet`, sql: `select t.id, p.reference as text, to_char(t."weekStart", 'YYYY-MM-DD') as week, p.id as "placementId" from "Timesheet" t join "Placement" p on p.id = t."placementId" where t."councilId" = ${DUDLEY} and t.status = '${foreign}' order by t."weekStart" desc, t.id limit 1` },
  }),
  /** Documents uploaded by the spec's setup (see MATRIX_DOCUMENTS). */
  document: (suffix: string) => ({
    own: { what: "a document Jordan Smith uploaded", sql: `select d.id, d.filename as text from "Document" d where d.filename = 'matrix-jordan-${suffix}.png' and d."deletedAt" is null order by d."uploadedAt" desc limit 1` },
    other: { what: "a document another Luton candidate uploaded", sql: `select d.id, d.filename as text from "Document" d where d.filename = 'matrix-luton-${suffix}.png' and d."deletedAt" is null order by d."uploadedAt" desc limit 1` },
    foreign: { what: "a document a Dudley candidate uploaded", sql: `select d.id, d.filename as text from "Document" d where d.filename = 'matrix-dudley-${suffix}.png' and d."deletedAt" is null order by d."uploadedAt" desc limit 1` },
  }),
};

/** Who uploads the documents the matrix probes (the spec's setup does it through the real upload action). */
export const MATRIX_DOCUMENTS = {
  luton: { email: `(select u.email from "User" u join "CandidateProfile" c on c."userId" = u.id where u."councilId" = ${LUTON} and u.email <> 'jordan.smith@example.com' and u.active order by u.email desc limit 1)` },
  dudley: { email: `(select u.email from "User" u join "CandidateProfile" c on c."userId" = u.id where u."councilId" = ${DUDLEY} and u.active order by u.email desc limit 1)` },
};

/** Connect2 team records: own = in Sarah Khan's service (or Jordan Smith's), other = elsewhere in Luton, foreign = Dudley. */
const teamApplication = (stage?: string) => ({
  own: { what: `an application to a requisition of Sarah Khan's service${stage ? ` (${stage})` : ""}`, sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."serviceId" in ${SARAH_SERVICES}${stage ? ` and a.stage in (${stage})` : ""} order by a.id limit 1` },
  other: { what: `an application to another Luton service's requisition${stage ? ` (${stage})` : ""}`, sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES}${stage ? ` and a.stage in (${stage})` : ""} order by a.id limit 1` },
  foreign: { what: "a Dudley application", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."councilId" = ${DUDLEY} order by a.id limit 1` },
});
const pipelineReq = {
  own: { what: "a requisition of Sarah Khan's service with a pipeline (text: an applicant's email)", sql: `select r.id, (select c.email from "Application" a join "CandidateProfile" c on c.id = a."candidateId" where a."requisitionId" = r.id order by a.id limit 1) as text from "Requisition" r where r."serviceId" in ${SARAH_SERVICES} and exists (select 1 from "Application" a where a."requisitionId" = r.id) order by r.reference limit 1` },
  other: { what: "another Luton service's requisition with a pipeline", sql: `select r.id, (select c.email from "Application" a join "CandidateProfile" c on c.id = a."candidateId" where a."requisitionId" = r.id order by a.id limit 1) as text from "Requisition" r where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES} and exists (select 1 from "Application" a where a."requisitionId" = r.id) order by r.reference limit 1` },
  foreign: { what: "a Dudley requisition with a pipeline", sql: `select r.id, (select c.email from "Application" a join "CandidateProfile" c on c.id = a."candidateId" where a."requisitionId" = r.id order by a.id limit 1) as text from "Requisition" r where r."councilId" = ${DUDLEY} and exists (select 1 from "Application" a where a."requisitionId" = r.id) order by r.reference limit 1` },
};
const teamCandidate = {
  own: { what: "Jordan Smith's candidate record", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, c.email from "CandidateProfile" c where c.id = ${JORDAN}` },
  other: { what: "another Luton candidate", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, c.email from "CandidateProfile" c where c."councilId" = ${LUTON} and c.id <> ${JORDAN} and c."mergedIntoId" is null order by c.email desc limit 1` },
  foreign: { what: "a Dudley candidate", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, c.email from "CandidateProfile" c where c."councilId" = ${DUDLEY} order by c.email limit 1` },
};
const changeRequests = {
  own: { what: "a Luton change request waiting for the team", sql: `select cr.id, p.reference as text from "PlacementChangeRequest" cr join "Placement" p on p.id = cr."placementId" where cr."councilId" = ${LUTON} and cr.status = 'REQUESTED' order by p.reference limit 1` },
  other: { what: "another Luton change request waiting for the team", sql: `select cr.id, p.reference as text from "PlacementChangeRequest" cr join "Placement" p on p.id = cr."placementId" where cr."councilId" = ${LUTON} and cr.status = 'REQUESTED' order by p.reference desc limit 1` },
};
const campaign = {
  own: { what: "a Luton campaign", sql: `select c.id, c.name as text from "Campaign" c where c."councilId" = ${LUTON} order by c."createdAt", c.id limit 1` },
  other: { what: "another Luton campaign", sql: `select c.id, c.name as text from "Campaign" c where c."councilId" = ${LUTON} order by c."createdAt", c.id offset 1 limit 1` },
};
/** Staff accounts: own = a Luton member of staff (Priya Patel), other = a Luton candidate's account, foreign = Dudley's Connect2 team. */
const staff = {
  own: { what: "a Luton member of staff", sql: `select u.id, u.name as text, u.email from "User" u where u.email = 'priya.patel@connect2luton.example'` },
  other: { what: "a Luton candidate's account (not staff)", sql: `select u.id, u.name as text, u.email from "User" u where u.email = 'jordan.smith@example.com'` },
  foreign: { what: "a Dudley member of staff", sql: `select u.id, u.name as text, u.email from "User" u where u."councilId" = ${DUDLEY} and u.role = 'AGENCY' order by u.email limit 1` },
};

/** A requisition's audit events: the search is by the requisition's id, the page shows its reference. */
const auditEvent = {
  own: { what: "a Luton requisition with audit events", sql: `select r.id, r.reference as text from "Requisition" r where r."councilId" = ${LUTON} and exists (select 1 from "AuditEvent" e where e."entityId" = r.id) order by r.reference limit 1` },
  foreign: { what: "a Dudley requisition with audit events", sql: `select r.id, r.reference as text from "Requisition" r where r."councilId" = ${DUDLEY} and exists (select 1 from "AuditEvent" e where e."entityId" = r.id) order by r.reference limit 1` },
};

/** Who asks to be erased, so the team's erasure page and action have requests to probe (the spec's setup asks, through the real form's action). */
export const MATRIX_ERASURE = {
  luton: { email: `(select u.email from "User" u join "CandidateProfile" c on c."userId" = u.id where u."councilId" = ${LUTON} and u.email <> 'jordan.smith@example.com' and u.active and c."anonymisedAt" is null and exists (select 1 from "Placement" p where p."candidateId" = c.id) order by u.email asc limit 1)` },
  dudley: MATRIX_DOCUMENTS.dudley,
};
const erasureRequest = {
  own: { what: "a Luton worker's request to be erased (they have placements, so it can only be refused)", sql: `select e.id, c.email as text from "ErasureRequest" e join "CandidateProfile" c on c.id = e."candidateId" where e."councilId" = ${LUTON} and e.status = 'REQUESTED' and exists (select 1 from "Placement" p where p."candidateId" = c.id) order by e."requestedAt" limit 1` },
  foreign: { what: "a Dudley candidate's request to be erased", sql: `select e.id, c.email as text from "ErasureRequest" e join "CandidateProfile" c on c.id = e."candidateId" where e."councilId" = ${DUDLEY} and e.status = 'REQUESTED' order by e."requestedAt" limit 1` },
};

const notification = {
  own: { what: "one of the role's own notifications", sql: `select n.id, n.title as text from "Notification" n where n."userId" = ${ACTOR} order by n."createdAt" desc limit 1` },
  other: { what: "another Luton user's notification (a title the role has none of)", sql: `select n.id, n.title as text from "Notification" n join "User" u on u.id = n."userId" where n."councilId" = ${LUTON} and u.email is distinct from :email and n.title not in (select title from "Notification" where "userId" is not distinct from ${ACTOR}) order by n."createdAt" desc limit 1` },
  foreign: { what: "a Dudley user's notification", sql: `select n.id, n.title as text from "Notification" n where n."councilId" = ${DUDLEY} order by n."createdAt" desc limit 1` },
};
const unreadNotification = {
  own: { what: "one of the role's own unread notifications", sql: `select n.id, n.title as text from "Notification" n where n."userId" = ${ACTOR} and n."readAt" is null order by n."createdAt" asc limit 1` },
  other: { what: "another Luton user's unread notification", sql: `select n.id, n.title as text from "Notification" n join "User" u on u.id = n."userId" where n."councilId" = ${LUTON} and u.email is distinct from :email and n."readAt" is null order by n."createdAt" asc limit 1` },
  foreign: { what: "a Dudley user's unread notification", sql: `select n.id, n.title as text from "Notification" n where n."councilId" = ${DUDLEY} and n."readAt" is null order by n."createdAt" asc limit 1` },
};

// ───────────────────────────── who may do what ─────────────────────────────

const EVERYONE: Allow = { signedOut: ["none"], candidate: ["none"], manager: ["none"], agency: ["none"], board: ["none"], admin: ["none"] };
const SIGNED_IN: Allow = { candidate: ["none"], manager: ["none"], agency: ["none"], board: ["none"], admin: ["none"] };
const CANDIDATE_OWN: Allow = { candidate: ["own"] };
const CANDIDATE_ONLY: Allow = { candidate: ["none"] };
const MANAGER_OWN: Allow = { manager: ["own"] };
const MANAGER_ONLY: Allow = { manager: ["none"] };
const TEAM_ONLY: Allow = { agency: ["none"], admin: ["none"] };
const TEAM: Allow = { agency: ["own", "other"], admin: ["own", "other"] };
const ADMIN_ONLY: Allow = { admin: ["none"] };
const BOARD_ONLY: Allow = { board: ["none"], admin: ["none"] };

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
export const MATRIX_PNG = PNG;

/** Dates for forms: a date part of a GOV.UK date input. */
const dateParts = (name: string, iso: string) => {
  const [y, m, d] = iso.split("-");
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y };
};
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// ───────────────────────────── the table ─────────────────────────────

const PORTAL_ROWS: Row[] = [
  // ── public pages ──
  { route: "/", allow: EVERYONE, note: "redirects each role to its home, signed-out visitors to the job board" },
  { route: "/accessibility", allow: EVERYONE, text: "Accessibility" },
  { route: "/privacy", allow: EVERYONE, text: "Privacy" },
  { route: "/register", allow: EVERYONE },
  { route: "/sign-in", allow: EVERYONE },
  { route: "/sign-in/check-email", allow: EVERYONE },
  { route: "/dev/outbox", allow: EVERYONE, note: "the development outbox: DEV_OUTBOX=true on the end-to-end server only; a 404 in production" },
  { route: "/api/auth/[...nextauth]", url: () => "/api/auth/providers", allow: EVERYONE, note: "next-auth's own endpoints (sign-in links); no portal data" },
  { route: "/api/bench/query-count", allow: {}, note: "exists only when the server runs with DB_QUERY_LOG=1 (npm run bench); a 404 otherwise" },
  {
    route: "/jobs",
    list: true,
    match: (r) => `href="/jobs/${r.id}"`,
    records: {
      own: { what: "an open Luton vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'OPEN' and (r."closingDate" is null or r."closingDate" >= current_date) order by r.reference limit 1` },
      other: { what: "a Luton requisition never released to the board", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r."openedAt" is null order by r.reference limit 1` },
      foreign: { what: "an open Dudley vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${DUDLEY} and r.status = 'OPEN' order by r.reference limit 1` },
    },
    allow: { signedOut: ["own"], candidate: ["own"], manager: ["own"], agency: ["own"], board: ["own"], admin: ["own"] },
  },
  {
    route: "/jobs/[id]",
    records: {
      own: { what: "an open Luton vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'OPEN' order by r.reference limit 1` },
      other: { what: "a Luton requisition never released to the board", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r."openedAt" is null order by r.reference limit 1` },
      foreign: { what: "an open Dudley vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${DUDLEY} and r.status = 'OPEN' order by r.reference limit 1` },
    },
    allow: { signedOut: ["own"], candidate: ["own"], manager: ["own"], agency: ["own"], board: ["own"], admin: ["own"] },
  },
  {
    route: "/jobs/[id]/apply",
    records: {
      own: { what: "an open Luton vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'OPEN' order by r.reference limit 1` },
      other: { what: "a Luton requisition never released to the board", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r."openedAt" is null order by r.reference limit 1` },
      foreign: { what: "an open Dudley vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${DUDLEY} and r.status = 'OPEN' order by r.reference limit 1` },
    },
    allow: CANDIDATE_OWN,
  },

  // ── candidate portal ──
  { route: "/candidate", allow: CANDIDATE_ONLY, text: "Jordan" },
  { route: "/candidate/profile", allow: CANDIDATE_ONLY, text: "jordan.smith@example.com" },
  { route: "/candidate/documents", allow: CANDIDATE_ONLY, text: "matrix-jordan-read.png" },
  { route: "/candidate/my-data", allow: CANDIDATE_ONLY, text: "Download your data" },
  { route: "/candidate/my-data/csv", allow: CANDIDATE_ONLY, text: "jordan.smith@example.com" },
  { route: "/candidate/my-data/json", allow: CANDIDATE_ONLY, text: "jordan.smith@example.com" },
  { route: "/candidate/applications/[id]", records: mine.application, allow: CANDIDATE_OWN },
  {
    route: "/candidate/applications/[id]/withdraw",
    records: mine.application,
    allow: CANDIDATE_OWN,
    allowedRedirect: (r) => `/candidate/applications/${r.id}`,
    note: "Jordan's only application is placed, so its withdraw page sends him back to the application",
  },
  { route: "/candidate/placements", list: true, match: (r) => `href="/candidate/placements/${r.id}"`, records: mine.placement, allow: CANDIDATE_OWN },
  { route: "/candidate/placements/[id]", records: mine.placement, allow: CANDIDATE_OWN },
  { route: "/candidate/timesheets/[id]", records: mine.timesheet("APPROVED", "APPROVED", "APPROVED"), allow: CANDIDATE_OWN },
  {
    route: "/candidate/timesheets/new",
    url: (r) => `/candidate/timesheets/new?placement=${r!.id}&week=2026-11-16`,
    records: mine.placement,
    allow: CANDIDATE_OWN,
  },
  {
    route: "/documents/[id]",
    file: true,
    records: mine.document("read"),
    allow: { candidate: ["own"], agency: ["own", "other"], admin: ["own", "other"] },
    note: "the Connect2 team of the same council may open any candidate's document (checks); managers never",
  },

  // ── hiring manager portal ──
  { route: "/manager", allow: MANAGER_ONLY, text: "What needs your action" },
  { route: "/manager/requisitions/new", allow: MANAGER_ONLY, text: "Adult Social Care" },
  {
    route: "/manager/requisitions",
    list: true,
    match: (r) => `href="/manager/requisitions/${r.id}"`,
    records: { own: req.own(), other: req.other(), foreign: req.foreign() },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/requisitions/export",
    list: true,
    url: (r) => `/manager/requisitions/export?q=${encodeURIComponent(r!.text)}`,
    records: { own: req.own(), other: req.other(), foreign: req.foreign() },
    allow: MANAGER_OWN,
  },
  { route: "/manager/requisitions/[id]", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: MANAGER_OWN },
  {
    route: "/manager/requisitions/[id]/edit",
    records: { own: req.own(`'DRAFT', 'DECLINED'`), other: req.other(`'DRAFT', 'DECLINED'`), foreign: req.foreign(`'DRAFT', 'DECLINED'`) },
    allow: MANAGER_OWN,
  },
  { route: "/manager/requisitions/[id]/shortlist", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: MANAGER_OWN },
  { route: "/manager/requisitions/[id]/cancel", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: MANAGER_OWN },
  {
    route: "/manager/approvals",
    list: true,
    records: { own: awaitingSarah, other: req.other(`'SUBMITTED'`), foreign: req.foreign(`'SUBMITTED'`) },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/approvals/export",
    list: true,
    records: { own: awaitingSarah, other: req.other(`'SUBMITTED'`), foreign: req.foreign(`'SUBMITTED'`) },
    allow: MANAGER_OWN,
  },
  { route: "/manager/approvals/[id]", records: { own: req.own(`'SUBMITTED'`), other: req.other(`'SUBMITTED'`), foreign: req.foreign(`'SUBMITTED'`) }, allow: MANAGER_OWN },
  {
    route: "/manager/shortlists",
    list: true,
    records: {
      own: { what: "a requisition of Sarah Khan's service with candidates to review", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."serviceId" in ${SARAH_SERVICES} and a.stage in ('SHORTLISTED', 'INTERVIEW') limit 1` },
      other: { what: "a requisition of another Luton service with candidates to review", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES} and a.stage in ('SHORTLISTED', 'INTERVIEW') limit 1` },
      foreign: { what: "a Dudley requisition with candidates to review", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."councilId" = ${DUDLEY} and a.stage in ('SHORTLISTED', 'INTERVIEW', 'SCREENED', 'APPLIED') limit 1` },
    },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/shortlists/export",
    list: true,
    records: {
      own: { what: "a requisition of Sarah Khan's service with candidates to review", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."serviceId" in ${SARAH_SERVICES} and a.stage in ('SHORTLISTED', 'INTERVIEW') limit 1` },
      other: { what: "a requisition of another Luton service with candidates to review", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES} and a.stage in ('SHORTLISTED', 'INTERVIEW') limit 1` },
      foreign: { what: "a Dudley requisition with candidates", sql: `select distinct r.id, r.reference as text from "Requisition" r join "Application" a on a."requisitionId" = r.id where r."councilId" = ${DUDLEY} limit 1` },
    },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/placements",
    list: true,
    url: () => "/manager/placements?view=all",
    records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/placements/export",
    list: true,
    url: () => "/manager/placements/export?view=all",
    records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() },
    allow: MANAGER_OWN,
  },
  { route: "/manager/placements/[id]", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: MANAGER_OWN },
  { route: "/manager/placements/[id]/extend", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: MANAGER_OWN },
  { route: "/manager/placements/[id]/end", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: MANAGER_OWN },
  { route: "/manager/placements/[id]/convert", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: MANAGER_OWN },
  {
    route: "/manager/timesheets",
    list: true,
    url: () => "/manager/timesheets?status=SUBMITTED",
    records: { own: timesheet.own("SUBMITTED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") },
    allow: MANAGER_OWN,
  },
  {
    route: "/manager/timesheets/export",
    list: true,
    url: () => "/manager/timesheets/export?status=SUBMITTED",
    records: { own: timesheet.own("SUBMITTED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") },
    allow: MANAGER_OWN,
  },
  { route: "/manager/timesheets/[id]", records: { own: timesheet.own("SUBMITTED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") }, allow: MANAGER_OWN },

  // ── board (aggregates only) ──
  { route: "/board", allow: BOARD_ONLY, text: "Luton" },
  { route: "/board/pack", allow: BOARD_ONLY, text: "Luton" },
  { route: "/board/export/[metric]", url: () => "/board/export/summary", allow: BOARD_ONLY, text: "Period" },

  // ── Connect2 team console: the whole council, never another council ──
  {
    route: "/agency",
    list: true,
    url: (r) => `/agency?q=${encodeURIComponent(r!.text)}`,
    match: (r) => `href="/agency/requisitions/${r.id}"`,
    records: { own: req.own(`'OPEN'`), other: req.other(`'OPEN'`), foreign: req.foreign(`'OPEN'`) },
    allow: TEAM,
  },
  { route: "/agency/export", list: true, url: (r) => `/agency/export?q=${encodeURIComponent(r!.text)}`, records: { own: req.own(`'OPEN'`), other: req.other(`'OPEN'`), foreign: req.foreign(`'OPEN'`) }, allow: TEAM },
  { route: "/agency/requisitions/[id]", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: TEAM },
  { route: "/agency/requisitions/[id]/export", list: true, records: { own: pipelineReq.own, other: pipelineReq.other, foreign: pipelineReq.foreign }, allow: TEAM },
  {
    route: "/agency/requisitions/[id]/release",
    records: { own: req.own(`'APPROVED', 'OPEN'`), other: req.other(`'APPROVED', 'OPEN'`), foreign: req.foreign(`'APPROVED', 'OPEN'`) },
    allow: TEAM,
  },
  { route: "/agency/requisitions/[id]/source", records: { own: req.own(`'OPEN'`), other: req.other(`'OPEN'`), foreign: req.foreign(`'OPEN'`) }, allow: TEAM },
  { route: "/agency/requisitions/[id]/cancel", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: TEAM },
  { route: "/agency/requisitions/[id]/close", records: { own: req.own(), other: req.other(), foreign: req.foreign() }, allow: TEAM },
  { route: "/agency/applications/[id]", records: teamApplication(), allow: TEAM },
  { route: "/agency/applications/[id]/ir35", records: teamApplication(), allow: TEAM },
  { route: "/agency/applications/[id]/disagreement", records: teamApplication(), allow: TEAM },
  { route: "/agency/applications/[id]/place", records: { ...teamApplication(), own: teamApplication(`'OFFERED'`).own }, allow: TEAM, allowedRedirect: (r) => `/agency/applications/${r.id}` },
  {
    route: "/agency/candidates",
    list: true,
    url: (r) => `/agency/candidates?q=${encodeURIComponent(r!.email)}`,
    match: (r) => `href="/agency/candidates/${r.id}"`,
    records: teamCandidate,
    allow: TEAM,
  },
  { route: "/agency/candidates/export", list: true, url: (r) => `/agency/candidates/export?q=${encodeURIComponent(r!.email)}`, records: teamCandidate, allow: TEAM },
  { route: "/agency/candidates/new", allow: TEAM_ONLY },
  { route: "/agency/candidates/[id]", records: teamCandidate, allow: TEAM },
  { route: "/agency/candidates/[id]/checks/new", records: teamCandidate, allow: TEAM },
  { route: "/agency/candidates/[id]/notes/new", records: teamCandidate, allow: TEAM },
  { route: "/agency/candidates/[id]/duplicates", records: teamCandidate, allow: TEAM },
  {
    route: "/agency/candidates/[id]/merge/[otherId]",
    url: (r) => `/agency/candidates/${r!.id}/merge/${r!.otherId}`,
    records: {
      own: { what: "two Luton candidates", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, o.id as "otherId" from "CandidateProfile" c cross join lateral (select id from "CandidateProfile" x where x."councilId" = c."councilId" and x.id <> c.id and x."mergedIntoId" is null order by x.email limit 1) o where c.id = ${JORDAN}` },
      foreign: { what: "a Luton candidate and a Dudley candidate", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, (select id from "CandidateProfile" where "councilId" = ${DUDLEY} order by email limit 1) as "otherId" from "CandidateProfile" c where c.id = ${JORDAN}` },
    },
    allow: TEAM,
  },
  { route: "/agency/candidates/duplicates", allow: TEAM_ONLY },
  { route: "/agency/candidates/duplicates/export", allow: TEAM_ONLY },
  {
    route: "/agency/placements",
    list: true,
    url: (r) => `/agency/placements?view=all&q=${encodeURIComponent(r!.text)}`,
    match: (r) => `href="/agency/placements/${r.id}"`,
    records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() },
    allow: TEAM,
  },
  { route: "/agency/placements/export", list: true, url: (r) => `/agency/placements/export?view=all&q=${encodeURIComponent(r!.text)}`, records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: TEAM },
  { route: "/agency/placements/[id]", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: TEAM },
  { route: "/agency/placements/[id]/absences/new", records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() }, allow: TEAM },
  {
    route: "/agency/placements/[id]/absences/[absenceId]/remove",
    url: (r) => `/agency/placements/${r!.placementId}/absences/${r!.id}/remove`,
    records: {
      own: { what: "a Luton absence", sql: `select ab.id, p.reference as text, p.id as "placementId" from "Absence" ab join "Placement" p on p.id = ab."placementId" where ab."councilId" = ${LUTON} order by ab.id limit 1` },
      foreign: { what: "a Luton absence addressed through a Dudley placement", sql: `select ab.id, p.reference as text, (select id from "Placement" where "councilId" = ${DUDLEY} order by id limit 1) as "placementId" from "Absence" ab join "Placement" p on p.id = ab."placementId" where ab."councilId" = ${LUTON} order by ab.id limit 1` },
    },
    allow: TEAM,
    note: "the demo data has absences only in Luton, so 'foreign' pairs a Luton absence with a Dudley placement",
  },
  {
    route: "/agency/placements/[id]/convert",
    records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() },
    allow: TEAM,
    allowedRedirect: (r) => `/agency/placements/${r.id}`,
  },
  {
    route: "/agency/placements/[id]/requests/[requestId]",
    url: (r) => `/agency/placements/${r!.placementId}/requests/${r!.id}`,
    records: {
      own: { what: "a Luton extension or early-end request", sql: `select cr.id, p.reference as text, p.id as "placementId" from "PlacementChangeRequest" cr join "Placement" p on p.id = cr."placementId" where cr."councilId" = ${LUTON} order by p.reference limit 1` },
      foreign: { what: "a Luton request addressed through a Dudley placement", sql: `select cr.id, p.reference as text, (select id from "Placement" where "councilId" = ${DUDLEY} order by id limit 1) as "placementId" from "PlacementChangeRequest" cr join "Placement" p on p.id = cr."placementId" where cr."councilId" = ${LUTON} order by p.reference limit 1` },
    },
    allow: TEAM,
    note: "the demo data has no Dudley change requests, so 'foreign' pairs a Luton request with a Dudley placement",
  },
  { route: "/agency/placements/requests", list: true, records: changeRequests, allow: TEAM, note: "no Dudley change requests in the demo data" },
  { route: "/agency/placements/requests/export", list: true, records: changeRequests, allow: TEAM },
  { route: "/agency/campaigns", list: true, match: (r) => `href="/agency/campaigns/${r.id}"`, records: campaign, allow: TEAM, note: "the demo data has no Dudley campaigns" },
  { route: "/agency/campaigns/export", list: true, records: campaign, allow: TEAM },
  { route: "/agency/campaigns/new", allow: TEAM_ONLY },
  { route: "/agency/campaigns/[id]", records: campaign, allow: TEAM },
  { route: "/agency/timesheets", allow: TEAM_ONLY },
  { route: "/agency/timesheets/export", allow: TEAM_ONLY },
  { route: "/agency/reports", allow: TEAM_ONLY },
  { route: "/agency/reports/export", allow: TEAM_ONLY },
  { route: "/agency/erasure", list: true, match: (r) => `value="${r.id}"`, records: erasureRequest, allow: { agency: ["own"], admin: ["own"] } },
  { route: "/agency/dfe-return", allow: TEAM_ONLY, text: "DfE" },
  { route: "/agency/dfe-return/export", allow: TEAM_ONLY, text: "," },

  // ── administration (administrators only) ──
  { route: "/agency/admin", allow: ADMIN_ONLY },
  { route: "/agency/admin/threshold", allow: ADMIN_ONLY },
  { route: "/agency/admin/local-area", allow: ADMIN_ONLY },
  { route: "/agency/admin/postcodes", allow: ADMIN_ONLY },
  { route: "/agency/admin/rate-cards", allow: ADMIN_ONLY },
  { route: "/agency/admin/rate-cards/new", allow: ADMIN_ONLY },
  { route: "/agency/admin/rate-cards/export", allow: ADMIN_ONLY },
  { route: "/agency/admin/pay-caps", allow: ADMIN_ONLY, text: "DfE regional pay caps" },
  { route: "/agency/admin/pay-caps/new", allow: ADMIN_ONLY },
  { route: "/agency/admin/retention", allow: ADMIN_ONLY, text: "Months after last activity" },
  // Off-contract spend: the Connect2 team enters the figures services send in, as well as administrators ("offcontract.spend.manage").
  { route: "/agency/admin/off-contract-spend", list: true, match: (r) => `href="/agency/admin/off-contract-spend/${r.id}/delete"`, records: offContractSpend, allow: { agency: ["own"], admin: ["own"] } },
  { route: "/agency/admin/off-contract-spend/new", allow: TEAM_ONLY },
  { route: "/agency/admin/off-contract-spend/[id]/delete", records: offContractSpend, allow: { agency: ["own"], admin: ["own"] } },
  { route: "/agency/admin/off-contract-spend/export", list: true, records: offContractSpend, allow: { agency: ["own"], admin: ["own"] } },
  { route: "/agency/admin/services", allow: ADMIN_ONLY },
  { route: "/agency/admin/services/new", allow: ADMIN_ONLY },
  { route: "/agency/admin/services/cost-centre", allow: ADMIN_ONLY },
  { route: "/agency/admin/services/budget", allow: ADMIN_ONLY },
  { route: "/agency/admin/services/export", allow: ADMIN_ONLY },
  { route: "/agency/admin/users/new", allow: ADMIN_ONLY },
  {
    route: "/agency/admin/users",
    list: true,
    url: (r) => `/agency/admin/users?q=${encodeURIComponent(r!.email)}`,
    match: (r) => `href="/agency/admin/users/${r.id}"`,
    records: staff,
    allow: { admin: ["own"] },
    note: "staff accounts only: a candidate's account is not listed",
  },
  { route: "/agency/admin/users/export", list: true, url: (r) => `/agency/admin/users/export?q=${encodeURIComponent(r!.email)}`, records: staff, allow: { admin: ["own"] } },
  { route: "/agency/admin/users/[id]", records: staff, allow: { admin: ["own"] } },

  {
    route: "/agency/admin/audit",
    url: (r) => `/agency/admin/audit?record=${encodeURIComponent(r!.id)}`,
    list: true,
    records: auditEvent,
    allow: { admin: ["own"] },
    note: "read-only; the Connect2 team cannot see the audit trail, only administrators (audit.read)",
  },
  {
    route: "/agency/admin/audit/export",
    url: (r) => `/agency/admin/audit/export?record=${encodeURIComponent(r!.id)}`,
    list: true,
    records: auditEvent,
    allow: { admin: ["own"] },
  },

  // ── everyone signed in ──
  { route: "/notifications", list: true, url: () => "/notifications?show=all", perRole: true, records: notification, allow: { candidate: ["own"], manager: ["own"], agency: ["own"], board: ["own"], admin: ["own"] } },

  // ───────────── server actions ─────────────
  { action: "app/(public)/sign-in/actions.ts#signInAction", allow: EVERYONE, fields: () => ({ email: "", password: "" }), state: "select 1 as n", allowed: /Enter your email address/, note: "public: sign-in itself (throttling: abuse.spec.ts)" },
  { action: "app/(public)/sign-in/actions.ts#signInLinkAction", allow: EVERYONE, fields: () => ({ linkEmail: "" }), state: "select 1 as n", allowed: /Enter your email address/, note: "public" },
  { action: "app/(public)/sign-in/actions.ts#signOutAction", allow: EVERYONE, fields: () => ({}), state: "select 1 as n", allowed: "not-exercised", silent: true, note: "ends the caller's own session only" },
  { action: "app/(public)/register/actions.ts#registerAction", allow: EVERYONE, capture: { role: "signedOut", url: "/register" }, fields: () => ({}), state: "select 1 as n", allowed: /Enter your first name/, note: "public: creates a new candidate account" },
  {
    action: "app/(public)/jobs/[id]/apply/actions.ts#applyAction",
    records: {
      own: { what: "a filled Luton vacancy Jordan Smith has not applied for", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'FILLED' and r."openedAt" is not null and not exists (select 1 from "Application" a where a."requisitionId" = r.id and a."candidateId" = ${JORDAN}) order by r.reference limit 1` },
      other: { what: "a Luton requisition never released to the board", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${LUTON} and r."openedAt" is null order by r.reference limit 1` },
      foreign: { what: "an open Dudley vacancy", sql: `select r.id, r."jobTitle" as text from "Requisition" r where r."councilId" = ${DUDLEY} and r.status = 'OPEN' order by r.reference limit 1` },
    },
    allow: CANDIDATE_OWN,
    host: (r) => `/jobs/${r?.id ?? "x"}/apply`,
    fields: (r) => ({ requisitionId: r!.id, coverNote: "", availabilityConfirmed: "yes" }),
    state: `select count(*)::int as n from "Application" where "requisitionId" = :id`,
    allowed: /This job has been filled/,
  },
  {
    action: "app/candidate/applications/actions.ts#withdrawAction",
    records: {
      own: { what: "Jordan Smith's placed application", sql: `select a.id, r."jobTitle" as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where a."candidateId" = ${JORDAN} and a.stage = 'PLACED' order by a.id limit 1` },
      other: mine.application.other,
      foreign: mine.application.foreign,
    },
    allow: CANDIDATE_OWN,
    host: (r) => `/candidate/applications/${r?.id ?? "x"}/withdraw`,
    fields: (r) => ({ applicationId: r!.id, reason: "My circumstances have changed", otherReason: "" }),
    state: `select (stage = 'WITHDRAWN')::text as withdrawn, coalesce("closedReason", '-') as reason from "Application" where id = :id`,
    allowed: /placed|cannot|no longer/i,
  },
  {
    action: "app/candidate/documents/actions.ts#uploadDocumentAction",
    allow: CANDIDATE_ONLY,
    fields: () => ({ kind: "QUALIFICATION" }),
    upload: { field: "file", name: (role) => `matrix-upload-by-${role}.png`, mimeType: "image/png", base64: PNG },
    state: auditBy("document.upload"),
    allowed: "not-exercised",
    note: "the candidate's own upload is exercised by tests/e2e/candidate (and by this spec's setup)",
  },
  {
    action: "app/candidate/documents/actions.ts#deleteDocumentAction",
    records: mine.document("delete"),
    allow: CANDIDATE_OWN,
    fields: (r) => ({ documentId: r!.id }),
    state: `select ("deletedAt" is null)::text as live from "Document" where id = :id`,
    allowed: "changes",
  },
  {
    action: "app/candidate/profile/actions.ts#saveProfileAction",
    allow: CANDIDATE_ONLY,
    capture: { role: "candidate", url: "/candidate/profile" },
    fields: () => ({}),
    state: auditBy("candidate.profile.update"),
    allowed: "not-exercised",
    note: "the candidate's own profile form is exercised by tests/e2e/candidate/account.spec.ts; other roles post Jordan's real form",
  },
  {
    action: "app/candidate/my-data/actions.ts#requestErasureAction",
    allow: CANDIDATE_ONLY,
    fields: () => ({ confirm: "yes", reason: "" }),
    state: auditBy("privacy.erasure.request"),
    allowed: "not-exercised",
    note: "asking for erasure is exercised by tests/e2e/candidate/account.spec.ts with a candidate made for it",
  },
  {
    action: "app/candidate/timesheets/actions.ts#submitTimesheetAction",
    records: {
      own: { what: "Jordan Smith's placement, a week he has already sent", sql: `select p.id, p.reference as text, to_char(t."weekStart", 'YYYY-MM-DD') as week from "Timesheet" t join "Placement" p on p.id = t."placementId" where p."candidateId" = ${JORDAN} order by t."weekStart" desc limit 1` },
      other: { what: "another Luton candidate's active placement", sql: `select p.id, p.reference as text, to_char(greatest(p."startDate", current_date - 14) - (extract(isodow from greatest(p."startDate", current_date - 14))::int - 1), 'YYYY-MM-DD') as week from "Placement" p where p."councilId" = ${LUTON} and p."candidateId" <> ${JORDAN} and p.status = 'ACTIVE' order by p.id limit 1` },
      foreign: { what: "a Dudley candidate's placement", sql: `select p.id, p.reference as text, to_char(p."startDate" - (extract(isodow from p."startDate")::int - 1), 'YYYY-MM-DD') as week from "Placement" p where p."councilId" = ${DUDLEY} order by p.status, p.id limit 1` },
    },
    allow: CANDIDATE_OWN,
    host: () => "/candidate/timesheets/new",
    fields: (r) => ({ placementId: r!.id, weekStart: r!.week, mon: "7.5", tue: "", wed: "", thu: "", fri: "", sat: "", sun: "" }),
    state: `select count(*)::int as n from "Timesheet" where "placementId" = :id and "weekStart" = :week::date`,
    allowed: /already sent a timesheet/,
  },
  {
    action: "app/candidate/timesheets/actions.ts#respondToQueryAction",
    records: mine.timesheet("APPROVED", "SUBMITTED", "SUBMITTED"),
    allow: CANDIDATE_OWN,
    host: () => "/candidate/timesheets/new",
    fields: (r) => ({ timesheetId: r!.id, response: "Corrected", mon: "7.5", tue: "", wed: "", thu: "", fri: "", sat: "", sun: "" }),
    state: `select coalesce("queryResponse", '-') as response from "Timesheet" where id = :id`,
    allowed: /has been approved, so it cannot be changed/,
  },
  {
    action: "app/manager/requisitions/actions.ts#saveRequisitionAction",
    variant: "amend",
    records: { own: withSarahsService(req.own(`'OPEN'`)), other: withSarahsService(req.other(`'DRAFT', 'DECLINED'`)), foreign: withSarahsService(req.foreign(`'DRAFT', 'DECLINED'`)) },
    allow: MANAGER_OWN,
    fields: (r) => ({ id: r!.id, intent: "draft", jobTitle: "Matrix probe", ...matrixRequisitionFields(), serviceId: r!.sarahServiceId, costCentreId: r!.sarahCostCentreId }),
    state: `select status::text, "jobTitle", duties from "Requisition" where id = :id`,
    allowed: /Only a draft or a declined requisition can be changed/,
  },
  {
    action: "app/manager/requisitions/actions.ts#saveRequisitionAction",
    variant: "raise in a service",
    records: {
      own: { what: "Sarah Khan's service", sql: `select s.id as "serviceId", s.id, s.name as text, (select cc.id from "CostCentre" cc where cc."serviceId" = s.id and cc.active order by cc.code limit 1) as "costCentreId" from "Service" s where s.id in ${SARAH_SERVICES} order by s.name limit 1` },
      other: { what: "another Luton service", sql: `select s.id as "serviceId", s.id, s.name as text, (select cc.id from "CostCentre" cc where cc."serviceId" = s.id and cc.active order by cc.code limit 1) as "costCentreId" from "Service" s where s."councilId" = ${LUTON} and s.id not in ${SARAH_SERVICES} order by s.name limit 1` },
      foreign: { what: "a Dudley service", sql: `select s.id as "serviceId", s.id, s.name as text, (select cc.id from "CostCentre" cc where cc."serviceId" = s.id and cc.active order by cc.code limit 1) as "costCentreId" from "Service" s where s."councilId" = ${DUDLEY} order by s.name limit 1` },
    },
    allow: MANAGER_OWN,
    // The own service only asks for the estimate (nothing saved); everywhere else a draft is attempted.
    fields: (r, kind) => ({ intent: kind === "own" ? "estimate" : "draft", jobTitle: "Matrix probe", ...matrixRequisitionFields(), serviceId: r!.serviceId, costCentreId: r!.costCentreId ?? "" }),
    state: `select count(*)::int as n from "Requisition" where "serviceId" = :id and "jobTitle" = 'Matrix probe'`,
    allowed: /Estimated cost/,
    refusal: /Choose one of your own services/,
  },
  {
    action: "app/manager/requisitions/actions.ts#submitDraftAction",
    records: { own: req.own(`'OPEN'`), other: req.other(`'DRAFT', 'DECLINED'`), foreign: req.foreign(`'DRAFT', 'DECLINED'`) },
    allow: MANAGER_OWN,
    host: () => "/manager/requisitions",
    fields: (r) => ({ id: r!.id }),
    state: `select status::text, "submissionCount"::text from "Requisition" where id = :id`,
    allowed: /cannot be submitted again/,
  },
  {
    action: "app/manager/requisitions/actions.ts#cancelRequisitionAction",
    records: { own: req.own(`'FILLED'`), other: req.other(`'DRAFT', 'SUBMITTED', 'APPROVED', 'OPEN'`), foreign: req.foreign(`'OPEN', 'APPROVED'`) },
    allow: MANAGER_OWN,
    host: () => "/manager/requisitions",
    fields: (r) => ({ requisitionId: r!.id, reason: "Matrix probe", confirm: "yes" }),
    state: `select status::text, (select count(*) from "RequisitionStatusChange" h where h."requisitionId" = r.id)::text as n from "Requisition" r where id = :id`,
    allowed: /can be cancelled; .* is filled/,
  },
  {
    action: "app/manager/requisitions/actions.ts#decideRequisitionAction",
    records: { own: req.own(`'OPEN'`), other: req.other(`'SUBMITTED'`), foreign: req.foreign(`'SUBMITTED'`) },
    allow: MANAGER_OWN,
    host: () => "/manager/approvals",
    fields: (r) => ({ requisitionId: r!.id, decision: "APPROVED", reason: "" }),
    state: `select status::text, (select count(*) from "RequisitionApproval" a where a."requisitionId" = r.id)::text as n from "Requisition" r where id = :id`,
    allowed: /not waiting for an approval decision/,
  },
  {
    action: "app/manager/requisitions/actions.ts#decideCandidateAction",
    records: {
      own: { what: "a placed candidate on a requisition of Sarah Khan's service", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."serviceId" in ${SARAH_SERVICES} and a.stage = 'PLACED' order by a.id limit 1` },
      other: { what: "a shortlisted candidate of another Luton service", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES} and a.stage in ('SHORTLISTED', 'INTERVIEW') order by a.id limit 1` },
      foreign: { what: "a Dudley candidate's application", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."councilId" = ${DUDLEY} order by a.stage, a.id limit 1` },
    },
    allow: MANAGER_OWN,
    host: () => "/manager/shortlists",
    fields: (r) => ({ applicationId: r!.id, decision: "INTERVIEW", reason: "" }),
    state: `select coalesce("managerDecision"::text, '-') as d, coalesce("managerDecidedById", '-') as by from "Application" where id = :id`,
    allowed: /A decision has already been made/,
  },
  {
    action: "app/manager/placements/actions.ts#requestChangeAction",
    records: { own: placement.own(`'ENDED'`), other: placement.other(), foreign: placement.foreign(`'ACTIVE', 'PENDING_START'`) },
    allow: MANAGER_OWN,
    host: () => "/manager/placements",
    fields: (r) => ({ placementId: r!.id, type: "EXTENSION", reason: "", ...dateParts("newEndDate", future(800)) }),
    state: `select count(*)::int as n from "PlacementChangeRequest" where "placementId" = :id`,
    allowed: /Only an active or upcoming placement/,
  },
  {
    action: "app/manager/placements/actions.ts#proposeConversionAction",
    records: { own: placement.own(`'CONVERTED'`), other: placement.other(), foreign: placement.foreign() },
    allow: MANAGER_OWN,
    host: () => "/manager/placements",
    fields: (r) => ({ placementId: r!.id, postTitle: "Matrix probe", salaryBand: "Grade 5", ...dateParts("startDate", future(60)) }),
    state: `select count(*)::int as n from "Conversion" where "placementId" = :id`,
    allowed: /already been converted|already been proposed|Only an active placement/,
  },
  {
    action: "app/manager/timesheets/actions.ts#approveTimesheetAction",
    records: { own: timesheet.own("APPROVED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") },
    allow: MANAGER_OWN,
    host: () => "/manager/timesheets",
    fields: (r) => ({ timesheetId: r!.id }),
    state: `select coalesce("approvedById", '-') as approved, coalesce("queriedById", '-') as queried from "Timesheet" where id = :id`,
    allowed: /already approved/,
  },
  {
    action: "app/manager/timesheets/actions.ts#queryTimesheetAction",
    records: { own: timesheet.own("APPROVED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") },
    allow: MANAGER_OWN,
    host: () => "/manager/timesheets",
    fields: (r) => ({ timesheetId: r!.id, comment: "Matrix probe" }),
    state: `select coalesce("approvedById", '-') as approved, coalesce("queriedById", '-') as queried from "Timesheet" where id = :id`,
    allowed: /already approved/,
  },
  {
    action: "app/manager/timesheets/actions.ts#approveSelectedAction",
    records: { own: timesheet.own("APPROVED"), other: timesheet.other("SUBMITTED"), foreign: timesheet.foreign("SUBMITTED") },
    allow: MANAGER_OWN,
    host: () => "/manager/timesheets",
    fields: (r) => ({ timesheetId: [r!.id] }),
    state: `select coalesce("approvedById", '-') as approved, coalesce("queriedById", '-') as queried from "Timesheet" where id = :id`,
    allowed: /already approved/,
  },
  {
    action: "app/notifications/actions.ts#markReadAction",
    perRole: true,
    records: unreadNotification,
    allow: { candidate: ["own"], manager: ["own"], agency: ["own"], board: ["own"], admin: ["own"] },
    host: () => "/notifications",
    fields: (r) => ({ id: r!.id, returnTo: "/notifications" }),
    state: `select ("readAt" is null)::text as unread from "Notification" where id = :id`,
    allowed: "changes",
    silent: true,
    note: "answers everyone with a redirect back to the list; a refusal shows only as nothing changing",
  },
  {
    action: "app/notifications/actions.ts#markAllReadAction",
    allow: SIGNED_IN,
    host: () => "/notifications",
    fields: () => ({ returnTo: "/notifications" }),
    state: "select 1 as n",
    allowed: "not-exercised",
    note: "only ever touches the caller's own notifications (lib/notifications/mark-read.ts); not exercised so other specs' unread counts stay as seeded",
  },
];


// ───────────────────────────── the Connect2 team's and administrators' server actions ─────────────────────────────

const LUTON_OPEN_WITH_PIPELINE = (inSarahs: boolean) =>
  `select r.id, r.reference as text, (select a."candidateId" from "Application" a where a."requisitionId" = r.id order by a.id limit 1) as "candidateId"
   from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'OPEN' and r."serviceId" ${inSarahs ? "in" : "not in"} ${SARAH_SERVICES}
   and exists (select 1 from "Application" a where a."requisitionId" = r.id) order by r.reference limit 1`;

const TEAM_ACTIONS: ActionRow[] = [
  {
    action: "app/agency/requisitions/actions.ts#releaseAction",
    records: { own: req.own(`'FILLED'`), other: req.other(`'FILLED', 'CLOSED'`), foreign: req.foreign(`'OPEN', 'FILLED'`) },
    allow: TEAM,
    host: (r) => `/agency/requisitions/${r?.id ?? "x"}/release`,
    fields: (r) => ({ requisitionId: r!.id, advertText: "Matrix probe advert", location: "", ...dateParts("closingDate", future(20)) }),
    state: `select status::text, coalesce("advertText", '-') as advert from "Requisition" where id = :id`,
    allowed: /Only an approved requisition can be released/,
  },
  {
    action: "app/agency/requisitions/actions.ts#cancelRequisitionAction",
    records: { own: req.own(`'FILLED'`), other: req.other(`'FILLED'`), foreign: req.foreign(`'OPEN', 'APPROVED'`) },
    allow: TEAM,
    host: (r) => `/agency/requisitions/${r?.id ?? "x"}/cancel`,
    fields: (r) => ({ requisitionId: r!.id, reason: "Matrix probe", confirm: "yes" }),
    state: `select status::text, (select count(*) from "RequisitionStatusChange" h where h."requisitionId" = r.id)::text as n from "Requisition" r where id = :id`,
    allowed: /can be cancelled; .* is filled/,
  },
  {
    action: "app/agency/requisitions/actions.ts#closeRequisitionAction",
    records: { own: req.own(`'FILLED'`), other: req.other(`'FILLED'`), foreign: req.foreign(`'OPEN'`) },
    allow: TEAM,
    host: (r) => `/agency/requisitions/${r?.id ?? "x"}/close`,
    fields: (r) => ({ requisitionId: r!.id, reason: "Matrix probe", confirm: "yes" }),
    state: `select status::text, (select count(*) from "RequisitionStatusChange" h where h."requisitionId" = r.id)::text as n from "Requisition" r where id = :id`,
    allowed: /can be closed; .* is filled/,
  },
  {
    action: "app/agency/requisitions/actions.ts#addToPipelineAction",
    records: {
      own: { what: "an open requisition of Sarah Khan's service and a candidate already in its pipeline", sql: LUTON_OPEN_WITH_PIPELINE(true) },
      other: { what: "an open requisition of another Luton service and a candidate already in its pipeline", sql: LUTON_OPEN_WITH_PIPELINE(false) },
      foreign: { what: "a Luton open requisition and a Dudley candidate", sql: `select r.id, r.reference as text, (select id from "CandidateProfile" where "councilId" = ${DUDLEY} order by email limit 1) as "candidateId" from "Requisition" r where r."councilId" = ${LUTON} and r.status = 'OPEN' order by r.reference limit 1` },
    },
    allow: TEAM,
    host: (r) => `/agency/requisitions/${r?.id ?? "x"}/source`,
    fields: (r) => ({ requisitionId: r!.id, candidateId: r!.candidateId, stage: "SCREENED" }),
    state: `select count(*)::int as n from "Application" where "requisitionId" = :id and "candidateId" = :candidateId`,
    allowed: /already in this pipeline|only be added to an open requisition/,
  },
  ...(["app/agency/requisitions/actions.ts#quickMoveAction", "app/agency/applications/actions.ts#moveAction"] as const).map(
    (action): ActionRow => ({
      action,
      records: teamApplication(`'PLACED'`),
      allow: TEAM,
      host: (r) => (action.includes("quickMove") ? "/agency" : `/agency/applications/${r?.id ?? "x"}`),
      fields: (r) => ({ applicationId: r!.id, to: "SCREENED", reason: "" }),
      state: `select stage::text, "updatedAt"::text from "Application" where id = :id`,
      allowed: /cannot move to screened/,
    }),
  ),
  {
    action: "app/agency/applications/actions.ts#determinationAction",
    records: teamApplication(),
    allow: TEAM,
    host: (r) => `/agency/applications/${r?.id ?? "x"}/ir35`,
    fields: (r) => ({ applicationId: r!.id, status: "OUTSIDE", reasons: "Matrix probe", ...dateParts("determinedOn", future(-1)), "disagreementReceivedOn-day": "", "disagreementReceivedOn-month": "", "disagreementReceivedOn-year": "" }),
    state: `select count(*)::int as n from "StatusDetermination" where "applicationId" = :id`,
    allowed: "not-exercised",
    note: "recording a determination always writes (it replaces the earlier one); exercised by the team's journeys",
  },
  {
    action: "app/agency/applications/actions.ts#respondToDisagreementAction",
    records: {
      own: { what: "an application to a requisition of Sarah Khan's service with no IR35 disagreement waiting", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."serviceId" in ${SARAH_SERVICES} and not exists (select 1 from "StatusDetermination" s where s."applicationId" = a.id and s."disagreementReceivedOn" is not null and s."disagreementRespondedOn" is null) order by a.id limit 1` },
      other: { what: "an application to another Luton service's requisition with no IR35 disagreement waiting", sql: `select a.id, r.reference as text from "Application" a join "Requisition" r on r.id = a."requisitionId" where r."councilId" = ${LUTON} and r."serviceId" not in ${SARAH_SERVICES} and not exists (select 1 from "StatusDetermination" s where s."applicationId" = a.id and s."disagreementReceivedOn" is not null and s."disagreementRespondedOn" is null) order by a.id limit 1` },
      foreign: teamApplication().foreign,
    },
    allow: TEAM,
    host: (r) => `/agency/applications/${r?.id ?? "x"}/disagreement`,
    fields: (r) => ({ applicationId: r!.id, outcome: "UPHELD", response: "Matrix probe", newReasons: "", ...dateParts("respondedOn", future(-1)) }),
    state: `select (select count(*) from "AuditEvent" where "entityId" = :id and action = 'application.ir35-disagreement-response')::int as n, coalesce((select "disagreementResponse" from "StatusDetermination" where "applicationId" = :id), '-') as response`,
    allowed: /no disagreement to answer|No disagreement has been recorded|already been answered/,
  },
  {
    action: "app/agency/applications/actions.ts#confirmPlacementAction",
    records: teamApplication(`'PLACED'`),
    allow: TEAM,
    host: (r) => `/agency/applications/${r?.id ?? "x"}/place`,
    fields: (r) => ({
      applicationId: r!.id, ...dateParts("startDate", future(14)), ...dateParts("plannedEndDate", future(120)), hoursPerWeek: "37.5",
      payRatePence: "13.00", chargeRatePence: "18.00", rateCapSignOffById: "", rateCapSignOffNote: "",
    }),
    state: `select count(*)::int as n from "Placement" where "applicationId" = :id`,
    allowed: /already (been placed|filled)|is (filled|closed|cancelled)/,
    note: "the race of 20 confirmations on one seat: tests/integration/concurrency.test.ts",
  },
  {
    action: "app/agency/campaigns/actions.ts#createCampaignAction",
    allow: TEAM_ONLY,
    fields: () => ({ name: "Care at home winter drive 2026", description: "", ...dateParts("startDate", future(1)), "endDate-day": "", "endDate-month": "", "endDate-year": "" }),
    state: `select count(*)::int as n from "Campaign" where name = 'Care at home winter drive 2026'`,
    allowed: /already has that name|already exists/,
  },
  {
    action: "app/agency/campaigns/actions.ts#attachAction",
    records: {
      own: { what: "a Luton campaign and one of its requisitions", sql: `select c.id, c.name as text, r.id as "requisitionId" from "Campaign" c join "Requisition" r on r."campaignId" = c.id where c."councilId" = ${LUTON} order by c.name, r.reference limit 1` },
      foreign: { what: "a Luton campaign and a Dudley requisition", sql: `select c.id, c.name as text, (select id from "Requisition" where "councilId" = ${DUDLEY} order by reference limit 1) as "requisitionId" from "Campaign" c where c."councilId" = ${LUTON} order by c.name limit 1` },
    },
    allow: TEAM,
    host: (r) => `/agency/campaigns/${r?.id ?? "x"}`,
    fields: (r) => ({ campaignId: r!.id, requisitionId: r!.requisitionId }),
    state: `select coalesce("campaignId", '-') as campaign from "Requisition" where id = :requisitionId`,
    allowed: /already in this campaign/,
  },
  {
    action: "app/agency/campaigns/actions.ts#detachAction",
    records: {
      own: { what: "a Luton campaign and one of its requisitions", sql: `select c.id, c.name as text, r.id as "requisitionId" from "Campaign" c join "Requisition" r on r."campaignId" = c.id where c."councilId" = ${LUTON} order by c.name, r.reference limit 1` },
      foreign: { what: "a Luton campaign and a Dudley requisition", sql: `select c.id, c.name as text, (select id from "Requisition" where "councilId" = ${DUDLEY} order by reference limit 1) as "requisitionId" from "Campaign" c where c."councilId" = ${LUTON} order by c.name limit 1` },
    },
    allow: TEAM,
    host: (r) => `/agency/campaigns/${r?.id ?? "x"}`,
    fields: (r) => ({ campaignId: r!.id, requisitionId: r!.requisitionId }),
    state: `select coalesce("campaignId", '-') as campaign from "Requisition" where id = :requisitionId`,
    allowed: "not-exercised",
    refusal: /not in this campaign/,
    note: "detaching always writes; refused for another council's requisition with 'not in this campaign'",
  },
  {
    action: "app/agency/candidates/actions.ts#addCandidateAction",
    allow: TEAM_ONLY,
    fields: () => ({ firstName: "Matrix", lastName: "Probe", email: "matrix.probe@example.test", phone: "", "dateOfBirth-day": "", "dateOfBirth-month": "", "dateOfBirth-year": "", postcode: "LU1 1AA", skills: "", availability: "IMMEDIATE", engagementType: "PAYE" }),
    state: `select count(*)::int as n from "CandidateProfile" where email = 'matrix.probe@example.test'`,
    allowed: "not-exercised",
    note: "adding always creates a record; exercised by the team's journeys",
  },
  {
    action: "app/agency/candidates/actions.ts#recordCheckAction",
    records: teamCandidate,
    allow: TEAM,
    host: (r) => `/agency/candidates/${r?.id ?? "x"}/checks/new`,
    fields: (r) => ({ candidateId: r!.id, type: "REFERENCE", status: "PASSED", ...dateParts("checkedOn", future(-1)), refereeName: "Matrix Probe", refereeOrganisation: "", notes: "", documentId: "", supersedesId: "" }),
    state: `select count(*)::int as n from "ComplianceCheck" where "candidateId" = :id and "refereeName" = 'Matrix Probe'`,
    allowed: "not-exercised",
    note: "recording a check always writes; exercised by the team's journeys and tests/integration/agency-*.test.ts",
  },
  {
    action: "app/agency/candidates/actions.ts#noteAction",
    records: teamCandidate,
    allow: TEAM,
    host: (r) => `/agency/candidates/${r?.id ?? "x"}/notes/new`,
    fields: (r) => ({ candidateId: r!.id, body: "Matrix probe note" }),
    state: `select count(*)::int as n from "CandidateNote" where "candidateId" = :id and body = 'Matrix probe note'`,
    allowed: "not-exercised",
    note: "adding a note always writes; exercised by the team's journeys",
  },
  {
    action: "app/agency/candidates/actions.ts#mergeAction",
    records: {
      own: { what: "two Luton candidates", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, o.id as "otherId" from "CandidateProfile" c cross join lateral (select id from "CandidateProfile" x where x."councilId" = c."councilId" and x.id <> c.id and x."mergedIntoId" is null order by x.email limit 1) o where c.id = ${JORDAN}` },
      foreign: { what: "a Luton candidate kept, a Dudley candidate merged into it", sql: `select c.id, c."firstName" || ' ' || c."lastName" as text, (select id from "CandidateProfile" where "councilId" = ${DUDLEY} order by email limit 1) as "otherId" from "CandidateProfile" c where c.id = ${JORDAN}` },
    },
    allow: TEAM,
    host: (r) => `/agency/candidates/${r?.id ?? "x"}/merge/${r?.otherId ?? "x"}`,
    fields: (r) => ({ keepId: r!.id, mergeId: r!.otherId }),
    state: `select string_agg(id || '=' || coalesce("mergedIntoId", '-'), ',' order by id) as s from "CandidateProfile" where id in (select id from "CandidateProfile" where "councilId" = ${DUDLEY}) or id = :id`,
    allowed: "not-exercised",
    note: "a merge always writes; two recruiters merging at once: tests/integration/concurrency.test.ts",
  },
  {
    action: "app/agency/placements/actions.ts#actionChangeAction",
    records: {
      own: { what: "a Luton change request already dealt with", sql: `select cr.id, p.reference as text, p.id as "placementId" from "PlacementChangeRequest" cr join "Placement" p on p.id = cr."placementId" where cr."councilId" = ${LUTON} and cr.status <> 'REQUESTED' order by cr.id limit 1` },
    },
    allow: TEAM,
    host: (r) => `/agency/placements/${r?.placementId ?? "x"}/requests/${r?.id ?? "x"}`,
    fields: (r) => ({ changeRequestId: r!.id, placementId: r!.placementId, decision: "ACTION", declineReason: "" }),
    state: `select status::text, coalesce("actionedAt"::text, '-') as at from "PlacementChangeRequest" where id = :id`,
    allowed: /already been dealt with/,
    note: "the demo data has no change requests outside Luton",
  },
  {
    action: "app/agency/placements/actions.ts#completeConversionAction",
    records: {
      own: { what: "a Luton placement already converted", sql: `select p.id, p.reference as text from "Placement" p join "Conversion" v on v."placementId" = p.id where p."councilId" = ${LUTON} and v.status = 'COMPLETED' order by p.reference limit 1` },
      foreign: placement.foreign(),
    },
    allow: TEAM,
    host: (r) => `/agency/placements/${r?.id ?? "x"}/convert`,
    fields: (r) => ({ placementId: r!.id, postTitle: "Matrix probe", salaryBand: "Grade 5", ...dateParts("startDate", future(60)), feeCharged: "0" }),
    state: `select count(*)::int as n, coalesce(max(status::text), '-') as s from "Conversion" where "placementId" = :id`,
    allowed: /already been converted/,
  },
  {
    action: "app/agency/placements/actions.ts#recordAbsenceAction",
    records: { own: placement.own(), other: placement.other(), foreign: placement.foreign() },
    allow: TEAM,
    host: (r) => `/agency/placements/${r?.id ?? "x"}/absences/new`,
    fields: (r) => ({ placementId: r!.id, type: "SICKNESS", ...dateParts("startDate", "2001-01-08"), ...dateParts("endDate", "2001-01-09") }),
    state: `select count(*)::int as n from "Absence" where "placementId" = :id`,
    allowed: /must be on or after the placement's start date/,
  },
  {
    action: "app/agency/placements/actions.ts#removeAbsenceAction",
    records: {
      own: { what: "a Luton absence", sql: `select ab.id, p.reference as text, p.id as "placementId" from "Absence" ab join "Placement" p on p.id = ab."placementId" where ab."councilId" = ${LUTON} order by ab.id limit 1` },
      foreign: { what: "a Luton absence addressed through a Dudley placement", sql: `select ab.id, p.reference as text, (select id from "Placement" where "councilId" = ${DUDLEY} order by id limit 1) as "placementId" from "Absence" ab join "Placement" p on p.id = ab."placementId" where ab."councilId" = ${LUTON} order by ab.id limit 1` },
    },
    allow: TEAM,
    host: (r) => `/agency/placements/${r?.placementId ?? "x"}/absences/${r?.id ?? "x"}/remove`,
    fields: (r) => ({ placementId: r!.placementId, absenceId: r!.id }),
    state: `select count(*)::int as n from "Absence" where id = :id`,
    allowed: "not-exercised",
    note: "removing always writes; exercised by tests/e2e/agency/ir35-absences.spec.ts and tests/integration/absences.test.ts; the demo data has absences only in Luton",
  },

  {
    action: "app/agency/erasure/actions.ts#actionErasureAction",
    records: erasureRequest,
    allow: { agency: ["own"], admin: ["own"] },
    host: () => "/agency/erasure",
    fields: (r) => ({ requestId: r!.id, decision: "COMPLETE", note: "" }),
    state: `select status::text, coalesce("actionedAt"::text, '-') as at from "ErasureRequest" where id = :id`,
    allowed: /has worked through the agency/,
  },

  // administrators only
  {
    action: "app/agency/admin/actions.ts#saveUserAction",
    records: {
      own: { what: "the administrator's own account", sql: `select u.id, u.name as text, u.email, u.name from "User" u where u.email = 'admin@connect2luton.example'` },
      other: { what: "a Luton member of staff (given an email already in use)", sql: `select u.id, u.name as text, 'admin@connect2luton.example' as email, u.name from "User" u where u.email = 'priya.patel@connect2luton.example'` },
      foreign: { what: "a Dudley member of staff", sql: `select u.id, u.name as text, u.email, u.name from "User" u where u."councilId" = ${DUDLEY} and u.role = 'AGENCY' order by u.email limit 1` },
    },
    allow: { admin: ["own", "other"] },
    host: (r) => `/agency/admin/users/${r?.id ?? "x"}`,
    // The own account is asked to become a team member (refused: no removing your own access).
    fields: (r, kind) => ({ userId: r!.id, name: r!.name, email: r!.email, role: kind === "own" ? "AGENCY" : "ADMIN", jobTitle: "", active: "yes", password: "" }),
    state: `select role::text, active::text, email, name, coalesce("jobTitle", '-') as title from "User" where id = :id`,
    allowed: /cannot remove your own administrator access|already uses this email address/,
  },
  {
    action: "app/agency/admin/actions.ts#createServiceAction",
    allow: ADMIN_ONLY,
    fields: () => ({ name: "Adult Social Care", code: "ASC" }),
    state: `select count(*)::int as n from "Service" where name = 'Adult Social Care'`,
    allowed: /already exists/,
  },
  {
    action: "app/agency/admin/actions.ts#createCostCentreAction",
    records: {
      own: { what: "a Luton service (with a cost centre code already used)", sql: `select s.id, s.name as text, (select code from "CostCentre" where "councilId" = ${LUTON} order by code limit 1) as code from "Service" s where s."councilId" = ${LUTON} order by s.name limit 1` },
      foreign: { what: "a Dudley service", sql: `select s.id, s.name as text, 'MATRIXPROBE' as code from "Service" s where s."councilId" = ${DUDLEY} order by s.name limit 1` },
    },
    allow: { admin: ["own"] },
    host: () => "/agency/admin/services/cost-centre",
    fields: (r) => ({ serviceId: r!.id, code: r!.code, name: "Matrix probe" }),
    state: `select count(*)::int as n from "CostCentre" where "serviceId" = :id and name = 'Matrix probe'`,
    allowed: /already exists/,
  },
  {
    action: "app/agency/admin/actions.ts#setBudgetAction",
    records: {
      own: { what: "a Luton cost centre", sql: `select cc.id, cc.code as text from "CostCentre" cc where cc."councilId" = ${LUTON} order by cc.code limit 1` },
      foreign: { what: "a Dudley cost centre", sql: `select cc.id, cc.code as text from "CostCentre" cc where cc."councilId" = ${DUDLEY} order by cc.code limit 1` },
    },
    allow: { admin: ["own"] },
    host: () => "/agency/admin/services/budget",
    fields: (r) => ({ costCentreId: r!.id, financialYear: "2026", budget: "1" }),
    state: `select count(*)::int as n from "CostCentreBudget" where "costCentreId" = :id and "budgetPence" = 100`,
    allowed: "not-exercised",
    note: "setting a budget always writes; exercised by the administrators' journeys",
  },
  {
    action: "app/agency/admin/actions.ts#saveRateCardAction",
    records: {
      own: { what: "an existing Luton rate card line", sql: `select rc.id, rc.grade as text, rc."roleCategory"::text as "roleCategory", rc.grade, to_char(rc."effectiveFrom", 'YYYY-MM-DD') as "effectiveFrom" from "RateCard" rc where rc."councilId" = ${LUTON} order by rc."effectiveFrom", rc.grade limit 1` },
    },
    allow: { admin: ["own"] },
    host: () => "/agency/admin/rate-cards/new",
    fields: (r) => ({ roleCategory: r!.roleCategory, grade: r!.grade, payMin: "12.00", payMax: "13.00", chargeMin: "16.00", chargeMax: "17.00", ...dateParts("effectiveFrom", r!.effectiveFrom) }),
    state: `select count(*)::int as n from "RateCard" where "councilId" = ${LUTON} and "roleCategory"::text = :roleCategory and grade = :grade and "effectiveFrom" = :effectiveFrom::date`,
    allowed: /already has rates from that date/,
  },
  {
    action: "app/agency/admin/pay-caps/actions.ts#addPayCapAction",
    records: {
      own: { what: "the latest Luton cap for the East of England (all grades)", sql: `select c.id, c.region as text, to_char(c."effectiveFrom", 'YYYY-MM-DD') as "effectiveFrom" from "SocialWorkRateCap" c where c."councilId" = ${LUTON} and c.region = 'East of England' and c."roleCategory" = 'CHILD_FAMILY_SOCIAL_WORK' and c.grade is null order by c."effectiveFrom" desc limit 1` },
    },
    allow: { admin: ["own"] },
    host: () => "/agency/admin/pay-caps/new",
    // A cap from the latest cap's own date: refused by the rule (history is only added to, later); a refused role never gets that far.
    fields: (r) => ({ region: "East of England", roleCategory: "CHILD_FAMILY_SOCIAL_WORK", grade: "", maxPay: "44.99", ...dateParts("effectiveFrom", r!.effectiveFrom) }),
    state: `select count(*)::int as n from "SocialWorkRateCap" where "maxPayPence" = 4499`,
    allowed: /a new cap must start after that date/,
  },
  {
    action: "app/agency/admin/retention/actions.ts#retentionAction",
    records: {
      own: { what: "Luton's retention period (saved unchanged)", sql: `select c.id, c.name as text, c."retentionMonthsUnsuccessful"::text as months from "Council" c where c.slug = 'luton'` },
    },
    allow: { admin: ["own"] },
    host: () => "/agency/admin/retention",
    fields: (r) => ({ retentionMonths: r!.months }),
    state: auditBy("council.retention-months"),
    allowed: "changes",
  },
  {
    action: "app/agency/admin/off-contract-spend/actions.ts#addOffContractSpendAction",
    records: {
      own: { what: "a Luton service", sql: `select s.id, s.name as text from "Service" s where s."councilId" = ${LUTON} order by s.name limit 1` },
      foreign: { what: "a Dudley service", sql: `select s.id, s.name as text from "Service" s where s."councilId" = ${DUDLEY} order by s.name limit 1` },
    },
    allow: { agency: ["own"], admin: ["own"] },
    host: () => "/agency/admin/off-contract-spend/new",
    // 1p over one day in 2001: written, but inside no period any dashboard or other spec looks at.
    fields: (r) => ({ serviceId: r!.id, supplier: "Matrix probe", amount: "0.01", ...dateParts("periodStart", "2001-01-01"), ...dateParts("periodEnd", "2001-01-01") }),
    state: `select count(*)::int as n from "OffContractSpend" where "serviceId" = :id and supplier = 'Matrix probe'`,
    allowed: "changes",
    refusal: /Choose one of the council's services/,
  },
  {
    action: "app/agency/admin/off-contract-spend/actions.ts#deleteOffContractSpendAction",
    records: { own: offContractSpend.own },
    allow: { agency: ["own"], admin: ["own"] },
    host: (r) => `/agency/admin/off-contract-spend/${r?.id ?? "x"}/delete`,
    fields: (r) => ({ spendId: r!.id }),
    state: `select count(*)::int as n from "OffContractSpend" where id = :id`,
    allowed: "not-exercised",
    note: "deleting always removes the seeded figure other rows list; exercised by tests/e2e/agency/admin-settings.spec.ts on its own entry",
  },
  {
    action: "app/agency/admin/actions.ts#thresholdAction",
    allow: ADMIN_ONLY,
    host: () => "/agency/admin/threshold",
    fields: () => ({ threshold: "1" }),
    state: `select ("approvalThresholdPence" = 100)::text as probe from "Council" where slug = 'luton'`,
    allowed: "not-exercised",
    note: "changing the threshold would change other journeys' approvals; exercised by the administrators' journeys",
  },
  {
    action: "app/agency/admin/actions.ts#localAreaAction",
    allow: ADMIN_ONLY,
    host: () => "/agency/admin/local-area",
    // An allowed call is refused by the rule (not a postcode district); a refused role never gets that far.
    fields: () => ({ postcodeDistricts: "NOT A DISTRICT", excludedSectors: "", localAuthorityCodes: "" }),
    state: `select "postcodeDistricts"::text as districts from "LocalArea" where "councilId" = ${LUTON}`,
    allowed: /is not a postcode district/,
  },
  {
    action: "app/agency/admin/actions.ts#importPostcodesAction",
    allow: ADMIN_ONLY,
    host: () => "/agency/admin/postcodes",
    fields: () => ({}),
    upload: { field: "file", name: () => "matrix-lookup.csv", mimeType: "text/csv", base64: Buffer.from("postcode,local_authority_code\n").toString("base64") },
    state: `select count(*)::int as n from "PostcodeImport" where filename = 'matrix-lookup.csv'`,
    allowed: /no postcodes/,
  },
];

/** Valid requisition fields for Sarah Khan's form, on the council's social care Band 3 rate card. */
function matrixRequisitionFields(): Record<string, string> {
  return {
    roleCategory: "SOCIAL_CARE",
    grade: "Band 3",
    reason: "VACANCY_COVER",
    payRate: "13.00",
    payRateMax: "",
    dbsLevel: "NONE",
    registrationRequired: "",
    limitedCompanyAllowed: "no",
    headcount: "1",
    hoursPerWeek: "37.5",
    ...dateParts("startDate", future(30)),
    ...dateParts("expectedEndDate", future(120)),
    duties: "Matrix probe duties",
  };
}

export const MATRIX: Row[] = [...PORTAL_ROWS, ...TEAM_ACTIONS];
