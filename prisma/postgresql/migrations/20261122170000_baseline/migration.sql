-- PostgreSQL baseline: the same tables, indexes, foreign keys and rows as the whole SQLite
-- history up to 202612062602_integrity_away_duration (prisma/migrations). Every later SQLite
-- migration gets a twin here with the same folder name; test/db/migrations-drift.test.ts checks both.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Permission" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "access" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Permission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "currentVersionId" TEXT,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankSync" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "bankHash" TEXT NOT NULL,
    "added" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "retired" INTEGER NOT NULL DEFAULT 0,
    "errors" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "BankSync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "stage" TEXT,
    "loopTemplate" TEXT,
    "skillFocus" TEXT,
    "gradingMode" TEXT NOT NULL DEFAULT 'immediate',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "assessmentId" TEXT,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundQuestion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "RoundQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "track" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "reviewsRequired" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "familyId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentQuestion" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" DOUBLE PRECISION NOT NULL DEFAULT 1,

    CONSTRAINT "AssessmentQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentInvite" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT NOT NULL,
    "candidateId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "timeMultiplier" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "extraMinutes" INTEGER NOT NULL DEFAULT 0,
    "roundId" TEXT,

    CONSTRAINT "AssessmentInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "response" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "draftSavedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "points" DOUBLE PRECISION,
    "maxPoints" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "gradedAt" TIMESTAMP(3),
    "gradedBy" TEXT,
    "selfAssessment" TEXT,
    "reviewRequestedAt" TIMESTAMP(3),

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeSubmission" (
    "id" TEXT NOT NULL,
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
    "ownerResult" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CodeSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "purpose" TEXT NOT NULL DEFAULT 'initial',
    "comment" TEXT NOT NULL DEFAULT '',
    "draft" TEXT,
    "points" DOUBLE PRECISION,
    "maxPoints" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterionScore" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ReviewCriterionScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreRecord" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "answerId" TEXT,
    "questionVersionId" TEXT NOT NULL,
    "track" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackBar" (
    "track" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "bar" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "TrackBar_pkey" PRIMARY KEY ("track","stage")
);

-- CreateTable
CREATE TABLE "ReviewHold" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSettings" (
    "id" TEXT NOT NULL DEFAULT 'global',
    "totalThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.2,
    "criterionThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "calibrationAnswers" INTEGER NOT NULL DEFAULT 3,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ReviewSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeHistory" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewIds" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GradeHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegradeRequest" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "RegradeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationGrade" (
    "id" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "grades" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalibrationGrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerStatus" (
    "userId" TEXT NOT NULL,
    "calibrationWaivedAt" TIMESTAMP(3),
    "waivedById" TEXT,

    CONSTRAINT "ReviewerStatus_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "IntegrityEvent" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT,
    "type" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "chars" INTEGER,
    "durationMs" INTEGER,

    CONSTRAINT "IntegrityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerSnapshot" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "language" TEXT,
    "content" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,

    CONSTRAINT "AnswerSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_RoleToUser" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RoleToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PermissionToRole" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PermissionToRole_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "Assessment_familyId_idx" ON "Assessment"("familyId");

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
CREATE INDEX "ReviewHold_expiresAt_idx" ON "ReviewHold"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewHold_answerId_reviewerId_key" ON "ReviewHold"("answerId", "reviewerId");

-- CreateIndex
CREATE INDEX "GradeHistory_answerId_createdAt_idx" ON "GradeHistory"("answerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RegradeRequest_answerId_key" ON "RegradeRequest"("answerId");

-- CreateIndex
CREATE UNIQUE INDEX "CalibrationGrade_reviewerId_questionId_level_key" ON "CalibrationGrade"("reviewerId", "questionId", "level");

-- CreateIndex
CREATE INDEX "IntegrityEvent_roundId_at_idx" ON "IntegrityEvent"("roundId", "at");

-- CreateIndex
CREATE INDEX "AnswerSnapshot_roundQuestionId_at_idx" ON "AnswerSnapshot"("roundQuestionId", "at");

-- CreateIndex
CREATE INDEX "AnswerSnapshot_roundId_idx" ON "AnswerSnapshot"("roundId");

-- CreateIndex
CREATE INDEX "_RoleToUser_B_index" ON "_RoleToUser"("B");

-- CreateIndex
CREATE INDEX "_PermissionToRole_B_index" ON "_PermissionToRole"("B");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "QuestionVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQuestion" ADD CONSTRAINT "RoundQuestion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundQuestion" ADD CONSTRAINT "RoundQuestion_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentQuestion" ADD CONSTRAINT "AssessmentQuestion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentQuestion" ADD CONSTRAINT "AssessmentQuestion_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentInvite" ADD CONSTRAINT "AssessmentInvite_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentInvite" ADD CONSTRAINT "AssessmentInvite_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentInvite" ADD CONSTRAINT "AssessmentInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSubmission" ADD CONSTRAINT "CodeSubmission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSubmission" ADD CONSTRAINT "CodeSubmission_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodeSubmission" ADD CONSTRAINT "CodeSubmission_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCriterionScore" ADD CONSTRAINT "ReviewCriterionScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreRecord" ADD CONSTRAINT "ScoreRecord_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeHistory" ADD CONSTRAINT "GradeHistory_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeRequest" ADD CONSTRAINT "RegradeRequest_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegradeRequest" ADD CONSTRAINT "RegradeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationGrade" ADD CONSTRAINT "CalibrationGrade_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerStatus" ADD CONSTRAINT "ReviewerStatus_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityEvent" ADD CONSTRAINT "IntegrityEvent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntegrityEvent" ADD CONSTRAINT "IntegrityEvent_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerSnapshot" ADD CONSTRAINT "AnswerSnapshot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerSnapshot" ADD CONSTRAINT "AnswerSnapshot_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToUser" ADD CONSTRAINT "_RoleToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToUser" ADD CONSTRAINT "_RoleToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PermissionToRole" ADD CONSTRAINT "_PermissionToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "Permission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PermissionToRole" ADD CONSTRAINT "_PermissionToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Roles, permissions, bars and review settings are data: every database starts with them.
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
  ('perm_update_user_any', 'update', 'user', 'any', 'change users'' roles'),
  ('perm_create_assessment_any', 'create', 'assessment', 'any', 'build assessments'),
  ('perm_read_assessment_any', 'read', 'assessment', 'any', 'see every assessment and its results'),
  ('perm_update_assessment_any', 'update', 'assessment', 'any', 'edit any assessment'),
  ('perm_delete_assessment_any', 'delete', 'assessment', 'any', 'archive any assessment'),
  ('perm_create_invite_any', 'create', 'invite', 'any', 'invite candidates to any assessment'),
  ('perm_manage_review_any', 'manage', 'review', 'any', 'review settings, agreement, calibration waivers and grade history');

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
  ('perm_read_question_any', 'role_admin'),
  ('perm_create_assessment_any', 'role_admin'),
  ('perm_read_assessment_any', 'role_admin'),
  ('perm_update_assessment_any', 'role_admin'),
  ('perm_delete_assessment_any', 'role_admin'),
  ('perm_create_invite_any', 'role_admin'),
  ('perm_manage_review_any', 'role_admin');

INSERT INTO "TrackBar" ("track", "stage", "bar") VALUES
  ('junior', 'screening', 0.6),
  ('mid', 'screening', 0.7),
  ('senior', 'screening', 0.8),
  ('staff', 'screening', 0.85),
  ('junior', 'coding', 0.5),
  ('mid', 'coding', 0.6),
  ('senior', 'coding', 0.7),
  ('staff', 'coding', 0.75),
  ('junior', 'ml-technical', 0.5),
  ('mid', 'ml-technical', 0.6),
  ('senior', 'ml-technical', 0.7),
  ('staff', 'ml-technical', 0.8),
  ('junior', 'ml-system-design', 0.4),
  ('mid', 'ml-system-design', 0.5),
  ('senior', 'ml-system-design', 0.65),
  ('staff', 'ml-system-design', 0.75),
  ('junior', 'practical', 0.5),
  ('mid', 'practical', 0.6),
  ('senior', 'practical', 0.7),
  ('staff', 'practical', 0.8),
  ('junior', 'final', 0.5),
  ('mid', 'final', 0.6),
  ('senior', 'final', 0.7),
  ('staff', 'final', 0.8);

INSERT INTO "ReviewSettings" ("id", "totalThreshold", "criterionThreshold", "calibrationAnswers", "updatedAt", "updatedById") VALUES
  ('global', 0.2, 0.5, 3, CURRENT_TIMESTAMP, NULL);
