-- AlterTable
ALTER TABLE "Scorecard" ADD COLUMN     "editedAfterRevealAt" TIMESTAMP(3);
