import { AUTO_KINDS, type PublicQuestion } from "../../questions/index";
import type { WhiteboardScene } from "../../questions/whiteboard-scene";
import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import { publicQuestion, questionFromVersion } from "./content.server";
import type { OwnRound } from "./rounds.server";
import type { ShownRun } from "./run-view";
import { diagramsOf } from "./diagrams.server";

export type RoundQuestionView = {
  id: string;
  position: number;
  question: PublicQuestion;
  promptHtml: string;
  /** mcq option texts are Markdown too */
  optionsHtml: Record<string, string>;
  response: Record<string, unknown> | null;
  status: "unanswered" | "draft" | "submitted" | "graded";
  savedAt: string | null;
  /** Only when the candidate chose grades right away and this auto-graded answer is in. */
  feedback: { correct: boolean; score: number; explanationHtml: string } | null;
  lastRun: ShownRun | null;
  lastSubmit: ShownRun | null;
  /** A design answer's saved whiteboard; null when nothing was drawn yet (the question's starting diagram applies). */
  diagram: WhiteboardScene | null;
};

/** What the round page may show: public question views and the candidate's own answers. */
export async function roundView(round: OwnRound): Promise<RoundQuestionView[]> {
  const answerIds = round.questions.map((q) => q.answer?.id).filter((id): id is string => !!id);
  const submissions = await prisma.codeSubmission.findMany({
    where: { answerId: { in: answerIds }, status: "finished" },
    orderBy: { queuedAt: "desc" },
    select: { answerId: true, mode: true, result: true, language: true },
  });
  const diagrams = await diagramsOf(answerIds);
  const latest = (answerId: string | undefined, mode: string) => {
    const row = submissions.find((s) => s.answerId === answerId && s.mode === mode && s.result);
    return row ? ({ ...(JSON.parse(row.result!) as ShownRun), language: row.language } satisfies ShownRun) : null;
  };
  return round.questions.map((rq) => {
    const question = publicQuestion(rq.questionVersion);
    const answer = rq.answer;
    const showFeedback =
      round.gradingMode === "immediate" && answer?.status === "graded" && (AUTO_KINDS as readonly string[]).includes(question.kind);
    return {
      id: rq.id,
      position: rq.position,
      question,
      promptHtml: renderMarkdown(question.prompt),
      optionsHtml: question.kind === "mcq" ? Object.fromEntries(question.options.map((o) => [o.id, renderMarkdown(o.text)])) : {},
      response: answer ? (JSON.parse(answer.response) as Record<string, unknown>) : null,
      status: (answer?.status as RoundQuestionView["status"]) ?? "unanswered",
      savedAt: answer?.draftSavedAt.toISOString() ?? null,
      feedback: showFeedback
        ? {
            correct: answer!.score === 1,
            score: answer!.score ?? 0,
            explanationHtml: renderMarkdown(questionFromVersion(rq.questionVersion).explanation),
          }
        : null,
      lastRun: latest(answer?.id, "run"),
      lastSubmit: latest(answer?.id, "submit"),
      diagram: (answer && diagrams.get(answer.id)) ?? null,
    };
  });
}
