-- CreateEnum
CREATE TYPE "PostingStatement" AS ENUM ('EQUAL_OPPORTUNITY', 'ACCOMMODATION_CONTACT');

-- AlterTable
ALTER TABLE "JobSection" ADD COLUMN     "statements" "PostingStatement"[] DEFAULT ARRAY[]::"PostingStatement"[];

-- CreateTable
CREATE TABLE "JobPublishingOverride" (
    "id" TEXT NOT NULL,
    "jobId" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "missingItems" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobPublishingOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobPublishingOverride_jobId_createdAt_idx" ON "JobPublishingOverride"("jobId", "createdAt");

-- AddForeignKey
ALTER TABLE "JobPublishingOverride" ADD CONSTRAINT "JobPublishingOverride_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPublishingOverride" ADD CONSTRAINT "JobPublishingOverride_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
