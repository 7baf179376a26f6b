-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "termsSetById" TEXT;

-- Offers drafted before this column: their drafter is the best-known setter of their terms.
UPDATE "Offer" SET "termsSetById" = "createdById";

ALTER TABLE "Offer" ALTER COLUMN "termsSetById" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_termsSetById_fkey" FOREIGN KEY ("termsSetById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
