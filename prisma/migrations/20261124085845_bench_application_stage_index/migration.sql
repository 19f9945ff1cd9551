-- CreateIndex
CREATE INDEX "Application_councilId_stage_requisitionId_idx" ON "Application"("councilId", "stage", "requisitionId");
