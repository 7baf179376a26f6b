-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "statusLinkIssuedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "mergeFilledFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "privateLink" TEXT;
