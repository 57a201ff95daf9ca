-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Permission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "access" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "retiredAt" DATETIME,
    "currentVersionId" TEXT,
    CONSTRAINT "Question_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "tracks" TEXT NOT NULL,
    "skills" TEXT NOT NULL,
    "difficulty" TEXT NOT NULL,
    "timeMinutes" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankSync" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "bankHash" TEXT NOT NULL,
    "added" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "retired" INTEGER NOT NULL DEFAULT 0,
    "errors" TEXT NOT NULL DEFAULT '[]'
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "stage" TEXT,
    "loopTemplate" TEXT,
    "skillFocus" TEXT,
    "gradingMode" TEXT NOT NULL DEFAULT 'immediate',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "assessmentId" TEXT,
    CONSTRAINT "Round_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Round_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoundQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "RoundQuestion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoundQuestion_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "track" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "archivedAt" DATETIME,
    CONSTRAINT "Assessment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" REAL NOT NULL DEFAULT 1,
    CONSTRAINT "AssessmentQuestion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentQuestion_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "candidateId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    "roundId" TEXT,
    CONSTRAINT "AssessmentInvite_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssessmentInvite_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AssessmentInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "draftSavedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "score" REAL,
    "points" REAL,
    "maxPoints" REAL NOT NULL DEFAULT 1,
    "gradedAt" DATETIME,
    "gradedBy" TEXT,
    "selfAssessment" TEXT,
    "reviewRequestedAt" DATETIME,
    CONSTRAINT "Answer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CodeSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "answerId" TEXT,
    "questionVersionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "verdict" TEXT,
    "passed" INTEGER,
    "total" INTEGER,
    "result" TEXT,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "CodeSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CodeSubmission_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CodeSubmission_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "comment" TEXT NOT NULL DEFAULT '',
    "points" REAL,
    "maxPoints" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    CONSTRAINT "Review_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewCriterionScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" REAL NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "ReviewCriterionScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScoreRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "answerId" TEXT,
    "questionVersionId" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "points" REAL NOT NULL,
    "maxPoints" REAL NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScoreRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreRecord_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScoreRecord_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackBar" (
    "track" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "bar" REAL NOT NULL,

    PRIMARY KEY ("track", "stage")
);

-- CreateTable
CREATE TABLE "_RoleToUser" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_RoleToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RoleToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PermissionToRole" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PermissionToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "Permission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PermissionToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Role_name_key" ON "Role"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Permission_action_entity_access_key" ON "Permission"("action", "entity", "access");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_currentVersionId_key" ON "Question"("currentVersionId");

-- CreateIndex
CREATE INDEX "Question_stage_kind_idx" ON "Question"("stage", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_contentHash_key" ON "QuestionVersion"("questionId", "contentHash");

-- CreateIndex
CREATE INDEX "Round_userId_startedAt_idx" ON "Round"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoundQuestion_roundId_position_key" ON "RoundQuestion"("roundId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RoundQuestion_roundId_questionVersionId_key" ON "RoundQuestion"("roundId", "questionVersionId");

-- CreateIndex
CREATE INDEX "Assessment_ownerId_idx" ON "Assessment"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentQuestion_assessmentId_position_key" ON "AssessmentQuestion"("assessmentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentInvite_tokenHash_key" ON "AssessmentInvite"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentInvite_roundId_key" ON "AssessmentInvite"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentInvite_assessmentId_email_key" ON "AssessmentInvite"("assessmentId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_roundQuestionId_key" ON "Answer"("roundQuestionId");

-- CreateIndex
CREATE INDEX "Answer_userId_idx" ON "Answer"("userId");

-- CreateIndex
CREATE INDEX "Answer_reviewRequestedAt_idx" ON "Answer"("reviewRequestedAt");

-- CreateIndex
CREATE INDEX "CodeSubmission_answerId_idx" ON "CodeSubmission"("answerId");

-- CreateIndex
CREATE INDEX "CodeSubmission_userId_queuedAt_idx" ON "CodeSubmission"("userId", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Review_answerId_reviewerId_key" ON "Review"("answerId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCriterionScore_reviewId_criterionId_key" ON "ReviewCriterionScore"("reviewId", "criterionId");

-- CreateIndex
CREATE INDEX "ScoreRecord_userId_track_stage_skill_idx" ON "ScoreRecord"("userId", "track", "stage", "skill");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreRecord_answerId_skill_source_key" ON "ScoreRecord"("answerId", "skill", "source");

-- CreateIndex
CREATE UNIQUE INDEX "_RoleToUser_AB_unique" ON "_RoleToUser"("A", "B");

-- CreateIndex
CREATE INDEX "_RoleToUser_B_index" ON "_RoleToUser"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PermissionToRole_AB_unique" ON "_PermissionToRole"("A", "B");

-- CreateIndex
CREATE INDEX "_PermissionToRole_B_index" ON "_PermissionToRole"("B");


-- Roles and permissions are data: every database starts with them.
INSERT INTO "Role" ("id", "name", "description") VALUES
  ('role_candidate', 'candidate', 'Practises timed rounds and sees their own scores'),
  ('role_hiring_manager', 'hiring-manager', 'Builds assessments, invites candidates, reads their results'),
  ('role_reviewer', 'reviewer', 'Grades design and behavioural answers against rubrics'),
  ('role_admin', 'admin', 'Manages users and their roles');

INSERT INTO "Permission" ("id", "action", "entity", "access", "description") VALUES
  ('perm_create_round_own', 'create', 'round', 'own', 'start a practice round'),
  ('perm_read_round_own', 'read', 'round', 'own', 'see one''s own rounds and results'),
  ('perm_update_round_own', 'update', 'round', 'own', 'answer in one''s own rounds'),
  ('perm_read_score_own', 'read', 'score', 'own', 'see one''s own scores per track'),
  ('perm_create_assessment_own', 'create', 'assessment', 'own', 'build an assessment'),
  ('perm_read_assessment_own', 'read', 'assessment', 'own', 'see one''s own assessments and their results'),
  ('perm_update_assessment_own', 'update', 'assessment', 'own', 'edit one''s own assessments'),
  ('perm_delete_assessment_own', 'delete', 'assessment', 'own', 'archive one''s own assessments'),
  ('perm_create_invite_own', 'create', 'invite', 'own', 'invite candidates to one''s own assessments'),
  ('perm_read_question_any', 'read', 'question', 'any', 'read questions with solutions and rubrics'),
  ('perm_read_review_any', 'read', 'review', 'any', 'see the grading queue'),
  ('perm_create_review_own', 'create', 'review', 'own', 'grade an answer'),
  ('perm_update_review_own', 'update', 'review', 'own', 'change one''s own grade'),
  ('perm_read_user_any', 'read', 'user', 'any', 'list users'),
  ('perm_update_user_any', 'update', 'user', 'any', 'change users'' roles');

INSERT INTO "_PermissionToRole" ("A", "B") VALUES
  ('perm_create_round_own', 'role_candidate'),
  ('perm_read_round_own', 'role_candidate'),
  ('perm_update_round_own', 'role_candidate'),
  ('perm_read_score_own', 'role_candidate'),
  ('perm_create_assessment_own', 'role_hiring_manager'),
  ('perm_read_assessment_own', 'role_hiring_manager'),
  ('perm_update_assessment_own', 'role_hiring_manager'),
  ('perm_delete_assessment_own', 'role_hiring_manager'),
  ('perm_create_invite_own', 'role_hiring_manager'),
  ('perm_read_question_any', 'role_hiring_manager'),
  ('perm_read_review_any', 'role_reviewer'),
  ('perm_create_review_own', 'role_reviewer'),
  ('perm_update_review_own', 'role_reviewer'),
  ('perm_read_question_any', 'role_reviewer'),
  ('perm_read_user_any', 'role_admin'),
  ('perm_update_user_any', 'role_admin'),
  ('perm_read_question_any', 'role_admin');

-- The bar a score must reach, per track and stage (0..1). Tuned as data, not code.
INSERT INTO "TrackBar" ("track", "stage", "bar") VALUES
  ('junior', 'screening', 0.6), ('mid', 'screening', 0.7), ('senior', 'screening', 0.8), ('staff', 'screening', 0.85),
  ('junior', 'coding', 0.5), ('mid', 'coding', 0.6), ('senior', 'coding', 0.7), ('staff', 'coding', 0.75),
  ('junior', 'ml-technical', 0.5), ('mid', 'ml-technical', 0.6), ('senior', 'ml-technical', 0.7), ('staff', 'ml-technical', 0.8),
  ('junior', 'ml-system-design', 0.4), ('mid', 'ml-system-design', 0.5), ('senior', 'ml-system-design', 0.65), ('staff', 'ml-system-design', 0.75),
  ('junior', 'practical', 0.5), ('mid', 'practical', 0.6), ('senior', 'practical', 0.7), ('staff', 'practical', 0.8),
  ('junior', 'final', 0.5), ('mid', 'final', 0.6), ('senior', 'final', 0.7), ('staff', 'final', 0.8);
