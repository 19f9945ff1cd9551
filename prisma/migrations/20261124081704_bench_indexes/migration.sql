-- CreateIndex
CREATE INDEX "Requisition_councilId_serviceId_createdAt_idx" ON "Requisition"("councilId", "serviceId", "createdAt");
