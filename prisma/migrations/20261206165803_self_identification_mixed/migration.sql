-- Self-identification keeps no job and no day, only the calendar quarter, under random ids
-- (decision 0026). The existing answers move to a new table in one statement, in the order of
-- their new random ids, so that neither their transaction id, their id nor their place in the
-- table tells which came when. Dropping the old table removes its file, old row versions included.
CREATE TABLE "SelfIdentificationResponse_mixed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "periodStart" DATE NOT NULL,
    "gender" TEXT,
    "genderVersionId" TEXT,
    "hispanicOrLatino" TEXT,
    "ethnicityVersionId" TEXT,
    "race" TEXT,
    "raceVersionId" TEXT,
    "veteranStatus" TEXT,
    "veteranVersionId" TEXT,
    "disabilityStatus" TEXT,
    "disabilityVersionId" TEXT,

    CONSTRAINT "SelfIdentificationResponse_mixed_pkey" PRIMARY KEY ("id")
);

INSERT INTO "SelfIdentificationResponse_mixed" ("id", "periodStart", "gender", "genderVersionId", "hispanicOrLatino", "ethnicityVersionId", "race", "raceVersionId", "veteranStatus", "veteranVersionId", "disabilityStatus", "disabilityVersionId")
SELECT gen_random_uuid() AS "id", date_trunc('quarter', "submittedOn")::date, "gender", "genderVersionId", "hispanicOrLatino", "ethnicityVersionId", "race", "raceVersionId", "veteranStatus", "veteranVersionId", "disabilityStatus", "disabilityVersionId"
  FROM "SelfIdentificationResponse"
 ORDER BY 1;

DROP TABLE "SelfIdentificationResponse";

ALTER TABLE "SelfIdentificationResponse_mixed" RENAME TO "SelfIdentificationResponse";

ALTER TABLE "SelfIdentificationResponse" RENAME CONSTRAINT "SelfIdentificationResponse_mixed_pkey" TO "SelfIdentificationResponse_pkey";

-- CreateIndex
CREATE INDEX "SelfIdentificationResponse_periodStart_idx" ON "SelfIdentificationResponse"("periodStart");

-- The pool the application's transaction writes to, emptied by every mix.
CREATE TABLE "SelfIdentificationPending" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "periodStart" DATE NOT NULL,
    "gender" TEXT,
    "genderVersionId" TEXT,
    "hispanicOrLatino" TEXT,
    "ethnicityVersionId" TEXT,
    "race" TEXT,
    "raceVersionId" TEXT,
    "veteranStatus" TEXT,
    "veteranVersionId" TEXT,
    "disabilityStatus" TEXT,
    "disabilityVersionId" TEXT,

    CONSTRAINT "SelfIdentificationPending_pkey" PRIMARY KEY ("id")
);
