-- CreateEnum
CREATE TYPE "FeedbackVisibility" AS ENUM ('ALWAYS', 'AFTER_SUBMITTING', 'NEVER');

-- CreateEnum
CREATE TYPE "InterviewStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ScorecardStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES');

-- CreateEnum
CREATE TYPE "Recommendation" AS ENUM ('STRONG_NO', 'NO', 'YES', 'STRONG_YES', 'NO_DECISION');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('ADVANCE', 'REJECT', 'MAKE_OFFER');

-- CreateEnum
CREATE TYPE "ErasureSource" AS ENUM ('CANDIDATE', 'RETENTION', 'STAFF');

-- CreateEnum
CREATE TYPE "ErasureStatus" AS ENUM ('PENDING', 'COMPLETED', 'ON_HOLD');

-- AlterTable
ALTER TABLE "AccommodationRequest" ADD COLUMN     "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "calendarContent" TEXT,
ADD COLUMN     "calendarMethod" TEXT,
ADD COLUMN     "userId" TEXT;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "feedbackVisibility" "FeedbackVisibility" NOT NULL DEFAULT 'AFTER_SUBMITTING',
ADD COLUMN     "scorecardDueHours" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "retentionInactiveMonths" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "AccommodationNote" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccommodationNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewPlanItem" (
    "id" SERIAL NOT NULL,
    "jobId" INTEGER NOT NULL,
    "stageId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "instructions" TEXT,

    CONSTRAINT "InterviewPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewFocus" (
    "planItemId" INTEGER NOT NULL,
    "attributeId" INTEGER NOT NULL,

    CONSTRAINT "InterviewFocus_pkey" PRIMARY KEY ("planItemId","attributeId")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "planItemId" INTEGER,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "location" TEXT,
    "videoUrl" TEXT,
    "status" "InterviewStatus" NOT NULL DEFAULT 'SCHEDULED',
    "calendarUid" TEXT NOT NULL,
    "calendarSequence" INTEGER NOT NULL DEFAULT 0,
    "scheduledById" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewPanelist" (
    "interviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reminderSentAt" TIMESTAMP(3),

    CONSTRAINT "InterviewPanelist_pkey" PRIMARY KEY ("interviewId","userId")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "status" "ScorecardStatus" NOT NULL DEFAULT 'DRAFT',
    "recommendation" "Recommendation",
    "keyTakeaways" TEXT NOT NULL DEFAULT '',
    "privateNotes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardRating" (
    "scorecardId" TEXT NOT NULL,
    "attributeId" INTEGER NOT NULL,
    "rating" "Rating",
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScorecardRating_pkey" PRIMARY KEY ("scorecardId","attributeId")
);

-- CreateTable
CREATE TABLE "ScorecardRevision" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "editorId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HiringDecision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HiringDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErasureRequest" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "applicationId" TEXT,
    "source" "ErasureSource" NOT NULL,
    "status" "ErasureStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AccommodationNote_requestId_createdAt_idx" ON "AccommodationNote"("requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewPlanItem_jobId_position_key" ON "InterviewPlanItem"("jobId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Interview_calendarUid_key" ON "Interview"("calendarUid");

-- CreateIndex
CREATE INDEX "Interview_applicationId_idx" ON "Interview"("applicationId");

-- CreateIndex
CREATE INDEX "Interview_startsAt_idx" ON "Interview"("startsAt");

-- CreateIndex
CREATE INDEX "InterviewPanelist_userId_idx" ON "InterviewPanelist"("userId");

-- CreateIndex
CREATE INDEX "Scorecard_applicationId_idx" ON "Scorecard"("applicationId");

-- CreateIndex
CREATE INDEX "Scorecard_authorId_status_idx" ON "Scorecard"("authorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_interviewId_authorId_key" ON "Scorecard"("interviewId", "authorId");

-- CreateIndex
CREATE INDEX "ScorecardRevision_scorecardId_createdAt_idx" ON "ScorecardRevision"("scorecardId", "createdAt");

-- CreateIndex
CREATE INDEX "HiringDecision_applicationId_createdAt_idx" ON "HiringDecision"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ErasureRequest_status_requestedAt_idx" ON "ErasureRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "ErasureRequest_candidateId_idx" ON "ErasureRequest"("candidateId");

-- CreateIndex
CREATE INDEX "AccommodationRequest_status_lastActivityAt_idx" ON "AccommodationRequest"("status", "lastActivityAt");

-- AddForeignKey
ALTER TABLE "AccommodationNote" ADD CONSTRAINT "AccommodationNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AccommodationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccommodationNote" ADD CONSTRAINT "AccommodationNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutbox" ADD CONSTRAINT "EmailOutbox_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlanItem" ADD CONSTRAINT "InterviewPlanItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPlanItem" ADD CONSTRAINT "InterviewPlanItem_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewFocus" ADD CONSTRAINT "InterviewFocus_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "InterviewPlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewFocus" ADD CONSTRAINT "InterviewFocus_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "ScorecardAttribute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "InterviewPlanItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_scheduledById_fkey" FOREIGN KEY ("scheduledById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPanelist" ADD CONSTRAINT "InterviewPanelist_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPanelist" ADD CONSTRAINT "InterviewPanelist_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRating" ADD CONSTRAINT "ScorecardRating_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRating" ADD CONSTRAINT "ScorecardRating_attributeId_fkey" FOREIGN KEY ("attributeId") REFERENCES "ScorecardAttribute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRevision" ADD CONSTRAINT "ScorecardRevision_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRevision" ADD CONSTRAINT "ScorecardRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HiringDecision" ADD CONSTRAINT "HiringDecision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HiringDecision" ADD CONSTRAINT "HiringDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit log is append-only: no UPDATE or DELETE reaches it, whatever the client
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
