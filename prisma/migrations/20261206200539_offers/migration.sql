-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'RELEASED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OfferApprovalDecision" AS ENUM ('APPROVED', 'SENT_BACK');

-- CreateEnum
CREATE TYPE "ExportReviewOutcome" AS ENUM ('NO_LICENCE_NEEDED', 'CONDITIONAL_ON_LICENCE', 'LICENCE_OBTAINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FormKind" ADD VALUE 'OFFER_EXPORT_CONDITION';
ALTER TYPE "FormKind" ADD VALUE 'OFFER_ACCEPTANCE';

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "exportControlled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "JobOfferApprover" (
    "jobId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "JobOfferApprover_pkey" PRIMARY KEY ("jobId","position")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "baseAmount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "payPeriod" "SalaryUnit" NOT NULL,
    "bonus" TEXT,
    "equity" TEXT,
    "startDate" DATE NOT NULL,
    "workLocation" TEXT NOT NULL,
    "employmentType" "EmploymentType" NOT NULL,
    "expiresOn" DATE NOT NULL,
    "letterVersionId" TEXT NOT NULL,
    "approvalRound" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "releasedAt" TIMESTAMP(3),
    "conditionalClauseVersionId" TEXT,
    "answeredAt" TIMESTAMP(3),
    "acceptedName" TEXT,
    "acceptanceWordingVersionId" TEXT,
    "declineReason" TEXT,
    "expiryReminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferApproval" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "approverId" TEXT NOT NULL,
    "decision" "OfferApprovalDecision" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferExportReview" (
    "offerId" TEXT NOT NULL,
    "outcome" "ExportReviewOutcome" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferExportReview_pkey" PRIMARY KEY ("offerId")
);

-- CreateTable
CREATE TABLE "OfferLetterTemplate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferLetterTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferLetterTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferLetterTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobOfferApprover_jobId_userId_key" ON "JobOfferApprover"("jobId", "userId");

-- CreateIndex
CREATE INDEX "Offer_applicationId_createdAt_idx" ON "Offer"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "Offer_status_expiresOn_idx" ON "Offer"("status", "expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "OfferApproval_offerId_round_position_key" ON "OfferApproval"("offerId", "round", "position");

-- CreateIndex
CREATE UNIQUE INDEX "OfferLetterTemplate_name_key" ON "OfferLetterTemplate"("name");

-- CreateIndex
CREATE UNIQUE INDEX "OfferLetterTemplateVersion_templateId_version_key" ON "OfferLetterTemplateVersion"("templateId", "version");

-- AddForeignKey
ALTER TABLE "JobOfferApprover" ADD CONSTRAINT "JobOfferApprover_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOfferApprover" ADD CONSTRAINT "JobOfferApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_letterVersionId_fkey" FOREIGN KEY ("letterVersionId") REFERENCES "OfferLetterTemplateVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_conditionalClauseVersionId_fkey" FOREIGN KEY ("conditionalClauseVersionId") REFERENCES "FormVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_acceptanceWordingVersionId_fkey" FOREIGN KEY ("acceptanceWordingVersionId") REFERENCES "FormVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferApproval" ADD CONSTRAINT "OfferApproval_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferApproval" ADD CONSTRAINT "OfferApproval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferExportReview" ADD CONSTRAINT "OfferExportReview_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferExportReview" ADD CONSTRAINT "OfferExportReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLetterTemplateVersion" ADD CONSTRAINT "OfferLetterTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "OfferLetterTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLetterTemplateVersion" ADD CONSTRAINT "OfferLetterTemplateVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
