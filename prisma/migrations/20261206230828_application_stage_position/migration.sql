-- Sorting the applications table by stage (docs/decisions/0048-staff-queries-at-scale.md): the
-- order is the stage's position in its job's pipeline, which lives on Stage, so every sort by
-- stage joined Stage and sorted all matches (a 20,000-application job, or every application a
-- common search word finds). The position is copied onto the application, where an index can
-- give the page in order. Triggers keep the copy, so no code path that moves an application
-- (board, table, API, merge, bulk) or reorders stages (the job editor) can forget it.

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "stagePosition" INTEGER NOT NULL DEFAULT 0;

UPDATE "Application" a SET "stagePosition" = s."position" FROM "Stage" s WHERE s."id" = a."stageId";

-- An application takes its stage's position whenever it is written with a stage.
CREATE FUNCTION "application_stage_position"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "position" INTO NEW."stagePosition" FROM "Stage" WHERE "id" = NEW."stageId";
  RETURN NEW;
END
$$;

CREATE TRIGGER "application_stage_position" BEFORE INSERT OR UPDATE OF "stageId" ON "Application"
  FOR EACH ROW EXECUTE FUNCTION "application_stage_position"();

-- A stage that changes place passes its final position on at commit: the job editor parks every
-- stage at a temporary position before setting the new ones, and deferring reads the end result
-- once (the first firing for a stage copies it, the second finds nothing left to change).
CREATE FUNCTION "stage_position_to_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "stagePosition" = s."position"
    FROM "Stage" s
   WHERE s."id" = NEW."id" AND a."stageId" = s."id" AND a."stagePosition" <> s."position";
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "stage_position_to_applications" AFTER UPDATE OF "position" ON "Stage"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "stage_position_to_applications"();

-- CreateIndex
CREATE INDEX "Application_stage_asc_idx" ON "Application"("stagePosition", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_stage_desc_idx" ON "Application"("stagePosition" DESC, "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_jobId_stage_asc_idx" ON "Application"("jobId", "stagePosition", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_jobId_stage_desc_idx" ON "Application"("jobId", "stagePosition" DESC, "submittedAt" DESC, "id" DESC);
