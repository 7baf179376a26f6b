-- DropIndex
DROP INDEX "FormVersion_kind_version_key";

-- AlterTable
ALTER TABLE "FormVersion" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- CreateIndex
CREATE UNIQUE INDEX "FormVersion_kind_language_version_key" ON "FormVersion"("kind", "language", "version");
