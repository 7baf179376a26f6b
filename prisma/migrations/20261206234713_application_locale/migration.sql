-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
