import { getViewer } from "@/lib/auth/session";
import { csvResponse, toCsv } from "@/lib/csv";
import { listPipeline, PIPELINE_STAGES } from "@/lib/applications/agency-queries";
import { STAGE_LABEL } from "@/lib/requisitions/labels";
import { csvRoute, oneOf } from "../../../_lib/load";

type Ctx = { params: Promise<{ id: string }> };

export const GET = csvRoute<Ctx>(async (url, ctx) => {
  const { id } = await ctx.params;
  const rows = await listPipeline(await getViewer(), id, { stage: oneOf(url.searchParams.get("stage") ?? undefined, PIPELINE_STAGES) });
  return csvResponse(
    "pipeline.csv",
    toCsv(rows, [
      { header: "Candidate", value: (a) => a.name },
      { header: "Email", value: (a) => a.email },
      { header: "Stage", value: (a) => STAGE_LABEL[a.stage] },
      { header: "Applied", value: (a) => a.appliedAt.toISOString().slice(0, 10) },
      { header: "Shortlisted", value: (a) => a.shortlistedAt?.toISOString().slice(0, 10) ?? "" },
      { header: "Local resident", value: (a) => (a.isLocal ? "Yes" : "No") },
      { header: "Right to work valid", value: (a) => (a.compliance.rightToWork.valid ? "Yes" : "No") },
      { header: "References passed", value: (a) => a.compliance.referencesPassed },
      { header: "Manager's decision", value: (a) => a.managerDecision ?? "" },
      { header: "Reason", value: (a) => a.closedReason ?? a.managerDecisionReason ?? "" },
    ]),
  );
});
