-- Reviewing: holds on claimed answers, adjudication thresholds, the history of final
-- grades, regrade requests, calibration grades and waivers, and the admin's
-- permission to manage all of it.

ALTER TABLE "Review" ADD COLUMN "purpose" TEXT NOT NULL DEFAULT 'initial';

CREATE TABLE "ReviewHold" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewHold_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewHold_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "ReviewHold_answerId_reviewerId_key" ON "ReviewHold"("answerId", "reviewerId");
CREATE INDEX "ReviewHold_expiresAt_idx" ON "ReviewHold"("expiresAt");

CREATE TABLE "ReviewSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'global',
    "totalThreshold" REAL NOT NULL DEFAULT 0.2,
    "criterionThreshold" REAL NOT NULL DEFAULT 0.5,
    "calibrationAnswers" INTEGER NOT NULL DEFAULT 3,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);
INSERT INTO "ReviewSettings" ("id", "totalThreshold", "criterionThreshold", "calibrationAnswers", "updatedAt")
VALUES ('global', 0.2, 0.5, 3, CURRENT_TIMESTAMP);

CREATE TABLE "GradeHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "points" REAL NOT NULL,
    "maxPoints" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewIds" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GradeHistory_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "GradeHistory_answerId_createdAt_idx" ON "GradeHistory"("answerId", "createdAt");

CREATE TABLE "RegradeRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "RegradeRequest_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegradeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "RegradeRequest_answerId_key" ON "RegradeRequest"("answerId");

CREATE TABLE "CalibrationGrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "grades" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "maxPoints" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalibrationGrade_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "CalibrationGrade_reviewerId_questionId_level_key" ON "CalibrationGrade"("reviewerId", "questionId", "level");

CREATE TABLE "ReviewerStatus" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "calibrationWaivedAt" DATETIME,
    "waivedById" TEXT,
    CONSTRAINT "ReviewerStatus_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO "Permission" ("id", "action", "entity", "access", "description") VALUES
  ('perm_manage_review_any', 'manage', 'review', 'any', 'review settings, agreement, calibration waivers and grade history');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES
  ('perm_manage_review_any', 'role_admin');
