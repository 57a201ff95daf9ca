-- The assessment flow's shared columns, fixed before the builder/invite work and the
-- results work start in parallel so both build on one shape.

-- Each row is one version of an assessment. Versions of one assessment share familyId
-- (the first version's id). Publishing pins QuestionVersions; editing a published
-- version makes a new draft row, and invites keep pointing at the version they got.
ALTER TABLE "Assessment" ADD COLUMN "familyId" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Assessment" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE "Assessment" ADD COLUMN "publishedAt" DATETIME;
CREATE INDEX "Assessment_familyId_idx" ON "Assessment"("familyId");

ALTER TABLE "AssessmentInvite" ADD COLUMN "name" TEXT NOT NULL DEFAULT '';
ALTER TABLE "AssessmentInvite" ADD COLUMN "sentAt" DATETIME;
ALTER TABLE "AssessmentInvite" ADD COLUMN "openedAt" DATETIME;
-- accommodations set before the start: a multiplier of the duration, plus whole minutes
ALTER TABLE "AssessmentInvite" ADD COLUMN "timeMultiplier" REAL NOT NULL DEFAULT 1;
ALTER TABLE "AssessmentInvite" ADD COLUMN "extraMinutes" INTEGER NOT NULL DEFAULT 0;

-- The per-test results with hidden inputs, expected and actual values: for the
-- assessment's owner only. "result" stays the candidate's redacted view.
ALTER TABLE "CodeSubmission" ADD COLUMN "ownerResult" TEXT;
