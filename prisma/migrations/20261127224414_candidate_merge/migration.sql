-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "mergedIntoId" TEXT;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Candidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
