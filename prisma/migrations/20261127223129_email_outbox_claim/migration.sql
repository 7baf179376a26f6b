-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'SENDING';

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "claimedAt" TIMESTAMP(3);
