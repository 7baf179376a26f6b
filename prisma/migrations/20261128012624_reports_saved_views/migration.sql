-- CreateTable
CREATE TABLE "JobStatusChange" (
    "id" TEXT NOT NULL,
    "jobId" INTEGER NOT NULL,
    "fromStatus" "JobStatus" NOT NULL,
    "toStatus" "JobStatus" NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "jobId" INTEGER,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobStatusChange_jobId_createdAt_idx" ON "JobStatusChange"("jobId", "createdAt");

-- CreateIndex
CREATE INDEX "SavedView_jobId_shared_idx" ON "SavedView"("jobId", "shared");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_ownerId_jobId_name_key" ON "SavedView"("ownerId", "jobId", "name");

-- AddForeignKey
ALTER TABLE "JobStatusChange" ADD CONSTRAINT "JobStatusChange_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobStatusChange" ADD CONSTRAINT "JobStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Jobs published before this history existed: their opening is their publication
INSERT INTO "JobStatusChange" ("id", "jobId", "fromStatus", "toStatus", "createdAt")
SELECT 'backfill-open-' || "id", "id", 'DRAFT', 'PUBLISHED', "publishedAt" FROM "Job" WHERE "publishedAt" IS NOT NULL;
INSERT INTO "JobStatusChange" ("id", "jobId", "fromStatus", "toStatus", "createdAt")
SELECT 'backfill-close-' || "id", "id", 'PUBLISHED', 'CLOSED', "closedAt" FROM "Job" WHERE "closedAt" IS NOT NULL AND "publishedAt" IS NOT NULL;
