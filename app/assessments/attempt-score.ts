import type { Track } from "../../questions/taxonomy";
import { summarise, type Bars, type LevelSummary, type ScoreRow } from "../scores/levels";

/** One question of an assessment, as a results column. */
export type ScoredQuestion = {
  /** The pinned QuestionVersion: attempts are matched to columns by it. */
  versionId: string;
  kind: string;
  stage: string;
  skills: string[];
  points: number;
};

/** An attempt's answer to one question, as far as scoring needs it. */
export type AnswerFacts = { score: number | null; gradedBy: string | null; blank: boolean };

/**
 * Where one answer stands for the owner. "pending-review" (a design or behavioural
 * answer no reviewer has finished) and "ungraded" (not graded yet: the attempt is still
 * running, or the grader was busy when it ended) are not zero: totals leave them out
 * and say how many there are. An unanswered question is a real zero.
 */
export type Cell =
  | { state: "scored"; score: number }
  | { state: "unanswered" }
  | { state: "pending-review" }
  | { state: "ungraded" };

const RUBRIC_KINDS = new Set(["design", "behavioral"]);

export function cellFor(question: Pick<ScoredQuestion, "kind">, answer: AnswerFacts | null): Cell {
  if (!answer || answer.blank) return { state: "unanswered" };
  // Only the required reviews make a rubric answer final; a self-assessment never does.
  if (RUBRIC_KINDS.has(question.kind)) {
    return answer.gradedBy === "reviewer" && answer.score !== null ? { state: "scored", score: answer.score } : { state: "pending-review" };
  }
  return answer.score === null ? { state: "ungraded" } : { state: "scored", score: answer.score };
}

/** The 0..1 value a final cell counts for, or undefined when it is not final. */
export function cellValue(cell: Cell): number | undefined {
  if (cell.state === "scored") return cell.score;
  if (cell.state === "unanswered") return 0;
  return undefined;
}

export type AttemptScore = {
  cells: Cell[];
  /** Points-weighted share over the final answers (0..1); null while none is final. */
  total: number | null;
  pendingReview: number;
  ungraded: number;
  stages: LevelSummary[];
  skills: LevelSummary[];
};

/**
 * An attempt's total, its per-question cells and its standing per stage and per skill
 * against the target track's bars (app/scores/levels.ts does the comparing). Answers
 * that are not final count nowhere, so "62% · 1 answer pending review" reads as a
 * score over what is known.
 */
export function scoreAttempt(
  questions: readonly ScoredQuestion[],
  answers: ReadonlyMap<string, AnswerFacts>,
  target: Track,
  bars: Bars,
): AttemptScore {
  const cells = questions.map((q) => cellFor(q, answers.get(q.versionId) ?? null));
  let earned = 0;
  let possible = 0;
  const rows: ScoreRow[] = [];
  const epoch = new Date(0);
  questions.forEach((q, i) => {
    const value = cellValue(cells[i]);
    if (value === undefined) return;
    earned += value * q.points;
    possible += q.points;
    const source = cells[i].state === "scored" && RUBRIC_KINDS.has(q.kind) ? "reviewer" : "auto";
    for (const skill of q.skills) rows.push({ answerId: q.versionId, track: target, stage: q.stage, skill, score: value, source, createdAt: epoch });
  });
  // a stage counts each answer once, not once per skill
  const perAnswer = [...new Map(rows.map((r) => [r.answerId, r])).values()];
  return {
    cells,
    total: possible > 0 ? earned / possible : null,
    pendingReview: cells.filter((c) => c.state === "pending-review").length,
    ungraded: cells.filter((c) => c.state === "ungraded").length,
    stages: summarise(perAnswer, (r) => r.stage, bars, target),
    skills: summarise(rows, (r) => r.skill, bars, target),
  };
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** "62% · 1 answer pending review", "— · 2 answers pending review", "80%". */
export function describeTotal(score: Pick<AttemptScore, "total" | "pendingReview" | "ungraded">): string {
  const parts = [score.total === null ? "—" : percent(score.total)];
  if (score.pendingReview) parts.push(`${score.pendingReview} ${score.pendingReview === 1 ? "answer" : "answers"} pending review`);
  if (score.ungraded) parts.push(`${score.ungraded} not graded yet`);
  return parts.join(" · ");
}
