/**
 * `npm run seed:large -- --scale N`: a benchmark data set for Luton on top of the demo seed. At scale 1:
 * five years of 10,000 requisitions, 50,000 candidates, ~20,000 placements and ~1,000,000 timesheet lines,
 * consistent with the domain rules (statuses, timestamps, approvals, applications behind every placement,
 * timesheets with lines). Deterministic for a given scale and SEED_TODAY. Bulk inserts through `pg`
 * (multi-row INSERT … SELECT FROM unnest) in one transaction, then ANALYZE.
 * DATABASE_URL from the environment, else the embedded development database.
 */
import pg from "pg";
import { isIsoDate } from "../lib/compliance/dates";
import { Bulk, dayNumber } from "../prisma/seed/bulk";
import { loadLargeContext } from "../prisma/seed/large-context";
import { CANDIDATE_COLUMNS, CHECK_COLUMNS, generateCandidates, writeCandidates } from "../prisma/seed/large-people";
import { APPLICATION_COLUMNS, CONVERSION_COLUMNS, generatePipeline, PLACEMENT_COLUMNS, STAGE_CHANGE_COLUMNS } from "../prisma/seed/large-pipeline";
import { APPROVAL_COLUMNS, generateRequisitions, HISTORY_COLUMNS, REQUISITION_COLUMNS } from "../prisma/seed/large-requisitions";
import { LINE_COLUMNS, TIMESHEET_COLUMNS, writeTimesheets } from "../prisma/seed/large-time";
import { openDatabase, type Database } from "./lib/database";

function parseScale(argv: string[]): number {
  const i = argv.indexOf("--scale");
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--scale="))?.slice(8);
  const scale = raw === undefined ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20) throw new Error(`--scale must be a number above 0 and at most 20; got ${raw}`);
  return scale;
}

async function main(): Promise<number> {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to load benchmark data: NODE_ENV is production.");
    return 1;
  }
  const scale = parseScale(process.argv.slice(2));
  const today = process.env.SEED_TODAY ?? "2026-11-24";
  if (!isIsoDate(today)) throw new Error(`SEED_TODAY must be YYYY-MM-DD; got ${today}`);
  let database: Database | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    database = await openDatabase("dev");
    url = database.url;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const lap = (label: string, since: number) => console.log(`  ${label.padEnd(34)} ${((Date.now() - since) / 1000).toFixed(1)}s`);
  try {
    const loaded = await client.query(`select 1 from "Requisition" where id like 'lgreq\\_%' limit 1`);
    if (loaded.rowCount) {
      console.log("Benchmark data is already loaded (run `npm run seed -- --reset` first to start again).");
      return 0;
    }
    const ctx = await loadLargeContext(client, scale, dayNumber(today), 424242);
    console.log(`Loading benchmark data for Luton at scale ${scale} (SEED_TODAY ${today})…`);
    await client.query("begin");
    await client.query("set local synchronous_commit = off");

    let t = Date.now();
    const req = new Bulk(client, "Requisition", REQUISITION_COLUMNS);
    const approval = new Bulk(client, "RequisitionApproval", APPROVAL_COLUMNS, { parents: [req] });
    const history = new Bulk(client, "RequisitionStatusChange", HISTORY_COLUMNS, { parents: [req] });
    const reqs = await generateRequisitions(ctx, { req, approval, history });
    await req.flush();
    await approval.flush();
    await history.flush();
    lap("requisitions (generate + insert)", t);

    t = Date.now();
    const cands = generateCandidates(ctx);
    const pipeline = generatePipeline(ctx, reqs, cands);
    lap("candidates + pipeline (generate)", t);

    t = Date.now();
    const cand = new Bulk(client, "CandidateProfile", CANDIDATE_COLUMNS);
    const check = new Bulk(client, "ComplianceCheck", CHECK_COLUMNS, { parents: [cand] });
    await writeCandidates(ctx, cands, { cand, check });
    await cand.flush();
    await check.flush();
    lap("candidates + checks (insert)", t);

    t = Date.now();
    const app = new Bulk(client, "Application", APPLICATION_COLUMNS);
    const change = new Bulk(client, "ApplicationStageChange", STAGE_CHANGE_COLUMNS, { parents: [app] });
    const placement = new Bulk(client, "Placement", PLACEMENT_COLUMNS, { parents: [app] });
    const conversion = new Bulk(client, "Conversion", CONVERSION_COLUMNS, { parents: [placement] });
    for (const row of pipeline.apps) await app.push(row);
    await app.flush();
    for (const row of pipeline.changes) await change.push(row);
    for (const row of pipeline.placementRows) await placement.push(row);
    await change.flush();
    await placement.flush();
    for (const row of pipeline.conversions) await conversion.push(row);
    await conversion.flush();
    lap("applications + placements (insert)", t);

    t = Date.now();
    const ts = new Bulk(client, "Timesheet", TIMESHEET_COLUMNS);
    const line = new Bulk(client, "TimesheetLine", LINE_COLUMNS, { parents: [ts] });
    await writeTimesheets(ctx, pipeline.placements, { ts, line });
    await ts.flush();
    await line.flush();
    lap("timesheets + lines (generate + insert)", t);

    t = Date.now();
    await client.query("commit");
    lap("commit", t);
    t = Date.now();
    await client.query("analyze");
    lap("analyze", t);

    console.log("Rows and insert time per table:");
    for (const b of [req, approval, history, cand, check, app, change, placement, conversion, ts, line]) {
      console.log(`  ${b.table.padEnd(26)} ${String(b.rows).padStart(9)} rows  ${(b.ms / 1000).toFixed(1).padStart(6)}s`);
    }
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
    return 0;
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    await client.end();
    await database?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
