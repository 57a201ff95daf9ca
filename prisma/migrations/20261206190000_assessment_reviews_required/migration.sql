-- How many reviewers must grade each design/behavioural answer of an assessment (1-3).
-- Added before the assessment builder and the review queue so both build on one column.
ALTER TABLE "Assessment" ADD COLUMN "reviewsRequired" INTEGER NOT NULL DEFAULT 2;
