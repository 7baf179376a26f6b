-- CreateEnum
CREATE TYPE "SlotOfferStatus" AS ENUM ('OPEN', 'BOOKED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "AccommodationRequest" ADD COLUMN     "extraMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "selfScheduleCutoffHours" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "InterviewerAvailability" (
    "userId" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterviewerAvailability_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "AvailabilityWindow" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "AvailabilityWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlotOffer" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "jobId" INTEGER NOT NULL,
    "planItemId" INTEGER,
    "title" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "location" TEXT,
    "videoUrl" TEXT,
    "status" "SlotOfferStatus" NOT NULL DEFAULT 'OPEN',
    "interviewId" TEXT,
    "offeredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlotOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlotOfferPanelist" (
    "offerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "SlotOfferPanelist_pkey" PRIMARY KEY ("offerId","userId")
);

-- CreateTable
CREATE TABLE "OfferedSlot" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferedSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AvailabilityWindow_userId_idx" ON "AvailabilityWindow"("userId");

-- CreateIndex
CREATE INDEX "AvailabilityException_userId_idx" ON "AvailabilityException"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SlotOffer_interviewId_key" ON "SlotOffer"("interviewId");

-- CreateIndex
CREATE INDEX "SlotOffer_applicationId_status_idx" ON "SlotOffer"("applicationId", "status");

-- CreateIndex
CREATE INDEX "SlotOfferPanelist_userId_idx" ON "SlotOfferPanelist"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferedSlot_offerId_startsAt_key" ON "OfferedSlot"("offerId", "startsAt");

-- AddForeignKey
ALTER TABLE "InterviewerAvailability" ADD CONSTRAINT "InterviewerAvailability_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "InterviewerAvailability"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_userId_fkey" FOREIGN KEY ("userId") REFERENCES "InterviewerAvailability"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "InterviewPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOffer" ADD CONSTRAINT "SlotOffer_offeredById_fkey" FOREIGN KEY ("offeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOfferPanelist" ADD CONSTRAINT "SlotOfferPanelist_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "SlotOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlotOfferPanelist" ADD CONSTRAINT "SlotOfferPanelist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferedSlot" ADD CONSTRAINT "OfferedSlot_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "SlotOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
