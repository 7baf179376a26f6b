-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "sortName" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Application_sortName_idx" ON "Application"("sortName");

-- CreateIndex
CREATE INDEX "Application_jobId_sortName_idx" ON "Application"("jobId", "sortName");
