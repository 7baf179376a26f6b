-- The pipeline board reads each column newest first (lib/pipeline): with this index a stage of
-- thousands gives its first cards without reading every row of the stage.

-- CreateIndex
CREATE INDEX "Application_jobId_stageId_submittedAt_id_idx" ON "Application"("jobId", "stageId", "submittedAt" DESC, "id" DESC);
