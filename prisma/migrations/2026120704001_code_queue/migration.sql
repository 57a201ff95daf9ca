-- Sandbox runners (SANDBOX_MODE=queue): a custom run travels as a row like any other,
-- and a runner that dies mid-run is noticed by the time its lease ran out.
ALTER TABLE "CodeSubmission" ADD COLUMN "args" TEXT;
ALTER TABLE "CodeSubmission" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "CodeSubmission" ADD COLUMN "recoverAfter" DATETIME;
CREATE INDEX "CodeSubmission_status_recoverAfter_idx" ON "CodeSubmission"("status", "recoverAfter");
