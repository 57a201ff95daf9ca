-- Integrity signals of assessment attempts (issue 16): pastes, focus changes, questions
-- shown, and snapshots of code and text answers for playback. Owner and admins only.
CREATE TABLE "IntegrityEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT,
    "type" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "chars" INTEGER,
    CONSTRAINT "IntegrityEvent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IntegrityEvent_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "AnswerSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "roundQuestionId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "language" TEXT,
    "content" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    CONSTRAINT "AnswerSnapshot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerSnapshot_roundQuestionId_fkey" FOREIGN KEY ("roundQuestionId") REFERENCES "RoundQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "IntegrityEvent_roundId_at_idx" ON "IntegrityEvent"("roundId", "at");
CREATE INDEX "AnswerSnapshot_roundQuestionId_at_idx" ON "AnswerSnapshot"("roundQuestionId", "at");
CREATE INDEX "AnswerSnapshot_roundId_idx" ON "AnswerSnapshot"("roundId");
