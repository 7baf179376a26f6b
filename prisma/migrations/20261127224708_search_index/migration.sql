-- Trigram matching for the applications search (Application.searchText LIKE '%term%').
-- Added by hand: the Prisma schema cannot declare extensions (postgresqlExtensions is deprecated).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Application_searchText_idx" ON "Application" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE INDEX "Application_jobId_submittedAt_idx" ON "Application"("jobId", "submittedAt");

-- CreateIndex
CREATE INDEX "Application_lastActivityAt_idx" ON "Application"("lastActivityAt");

-- CreateIndex
CREATE INDEX "Application_jobId_lastActivityAt_idx" ON "Application"("jobId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "ApplicationAnswer_questionId_idx" ON "ApplicationAnswer"("questionId");

-- CreateIndex
CREATE INDEX "Candidate_lastName_firstName_idx" ON "Candidate"("lastName", "firstName");
