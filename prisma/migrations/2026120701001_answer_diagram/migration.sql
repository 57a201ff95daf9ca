-- A design answer's whiteboard (issue 20): one scene per answer, updated in place by autosave.
CREATE TABLE "AnswerDiagram" (
    "answerId" TEXT NOT NULL PRIMARY KEY,
    "scene" TEXT NOT NULL,
    "savedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AnswerDiagram_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
