-- CreateIndex
CREATE INDEX "Placement_councilId_actualEndDate_idx" ON "Placement"("councilId", "actualEndDate");

-- CreateIndex
CREATE INDEX "Placement_councilId_confirmedAt_idx" ON "Placement"("councilId", "confirmedAt");
