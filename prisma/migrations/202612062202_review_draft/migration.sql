-- A reviewer's unsubmitted grading as they left it (JSON: points per criterion, which
-- may still be blank, notes and comment). Submitting writes ReviewCriterionScore rows.
ALTER TABLE "Review" ADD COLUMN "draft" TEXT;
