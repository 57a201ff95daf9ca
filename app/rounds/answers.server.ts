import { gradeAuto, toNumber, type AutoQuestion, type CodingQuestion, type SqlQuestion } from "../../questions/index";
import { AUTO_KINDS as AUTO_KIND_LIST, type Language } from "../../questions/taxonomy";
import { SandboxBusyError } from "../../sandbox/index";
import { prisma } from "../db.server";
import { lockRow, upsertRaced } from "../db-lock.server";
import { RateLimit } from "../rate-limit.server";
import type { CustomRun, FinishedSubmission } from "../runners/execute.server";
import { QueueWaitTimeout } from "../runners/errors";
import { isQueued, runSubmission, type CodeExecutor } from "../runners/executor.server";
import { parseValues } from "../validation";
import { scoreAutomatically } from "./auto-score.server";
import { questionFromVersion } from "./content.server";
import { RoundError } from "./errors";
import { parseSceneJson } from "../../questions/whiteboard-scene";
import { isBlank, responseSchemas, type QuestionKind } from "./responses";
import { isOpen, requireOwnRound, requireOwnRoundQuestion, type OwnRound } from "./rounds.server";
import type { ShownRun } from "./run-view";

type RoundQuestion = OwnRound["questions"][number];
const AUTO_KINDS = new Set<string>(AUTO_KIND_LIST);

function findQuestion(round: OwnRound, roundQuestionId: string): RoundQuestion {
  const rq = round.questions.find((q) => q.id === roundQuestionId);
  if (!rq) throw new RoundError("That question is not part of this round.", 404);
  return rq;
}

function ensureOpen(round: OwnRound) {
  if (!isOpen(round)) {
    const when = round.deadlineAt.toISOString().slice(11, 16);
    throw new RoundError(
      round.finishedAt
        ? "This round is finished, so answers can no longer change."
        : `Time is up: this round ended at ${when} UTC, so this answer was not accepted. What you saved before then is kept.`,
      409,
    );
  }
}

function parseResponse(rq: RoundQuestion, raw: unknown) {
  const kind = rq.questionVersion.kind as QuestionKind;
  const parsed = parseValues(responseSchemas[kind], raw);
  if (!parsed.ok) throw new RoundError(Object.values(parsed.errors)[0] ?? "That answer is not valid.", 400);
  const response = parsed.data as Record<string, unknown>;
  const question = questionFromVersion(rq.questionVersion);
  if (question.kind === "coding" && !question.languages.includes(response.language as Language)) {
    throw new RoundError(`This question is offered in ${question.languages.join(", ")}.`, 400);
  }
  if (question.kind === "mcq") {
    const known = new Set(question.options.map((o) => o.id));
    const choices = response.choices as string[];
    if (choices.some((c) => !known.has(c))) throw new RoundError("That choice is not one of the options.", 400);
    if (!question.multiple && choices.length > 1) throw new RoundError("Pick one option.", 400);
  }
  return { kind, question, response };
}

/** Graded right away means final: the candidate has seen whether it was right. */
function gradedForGood(round: OwnRound, kind: string, status: string | undefined): boolean {
  return round.gradingMode === "immediate" && AUTO_KINDS.has(kind) && status === "graded";
}

function isLocked(round: OwnRound, rq: RoundQuestion): boolean {
  return gradedForGood(round, rq.questionVersion.kind, rq.answer?.status);
}

/** Autosave. Never grades; refuses after the deadline so the saved draft stays as it was. */
export async function saveDraft(userId: string, roundId: string, roundQuestionId: string, raw: unknown) {
  const round = await requireOwnRoundQuestion(userId, roundId, roundQuestionId);
  ensureOpen(round);
  const rq = findQuestion(round, roundQuestionId);
  const { response } = parseResponse(rq, raw);
  if (isLocked(round, rq)) throw new RoundError("This answer is already graded and can no longer change.", 409);
  const json = JSON.stringify(response);
  const now = new Date();
  await upsertRaced(() =>
    prisma.answer.upsert({
      where: { roundQuestionId: rq.id },
      create: { ...answerKeys(round, rq), response: json, draftSavedAt: now },
      update: {
        response: json,
        draftSavedAt: now,
        // an edit after submitting makes it a draft again; finishing submits it
        ...(rq.answer && rq.answer.response !== json && rq.answer.status === "submitted" ? { status: "draft" } : {}),
      },
    }),
  );
  return { savedAt: now.toISOString() };
}

/**
 * Autosave of a design answer's whiteboard. The scene is checked (types, size, no images or
 * links) and stripped to what a viewer draws before it replaces the answer's one stored scene;
 * a refused scene changes nothing, so the last good drawing stays.
 */
export async function saveDiagram(userId: string, roundId: string, roundQuestionId: string, sceneJson: string) {
  const round = await requireOwnRoundQuestion(userId, roundId, roundQuestionId);
  ensureOpen(round);
  const rq = findQuestion(round, roundQuestionId);
  if (rq.questionVersion.kind !== "design") throw new RoundError("Only design questions have a whiteboard.", 400);
  const checked = parseSceneJson(sceneJson);
  if (!checked.ok) throw new RoundError(`${checked.error}. Your last saved diagram is kept.`, 400);
  const now = new Date();
  const answer = await upsertRaced(() =>
    prisma.answer.upsert({
      where: { roundQuestionId: rq.id },
      create: { ...answerKeys(round, rq), response: JSON.stringify({ text: "" }), draftSavedAt: now },
      update: { draftSavedAt: now },
      select: { id: true, status: true, diagram: { select: { scene: true } } },
    }),
  );
  if (answer.diagram?.scene === checked.json || (!answer.diagram && checked.scene.elements.length === 0)) return { savedAt: now.toISOString() };
  await prisma.$transaction([
    // an empty board is no drawing: no row, so "has a drawing" is "has a row" for the review queue
    checked.scene.elements.length === 0
      ? prisma.answerDiagram.delete({ where: { answerId: answer.id } })
      : prisma.answerDiagram.upsert({
          where: { answerId: answer.id },
          create: { answerId: answer.id, scene: checked.json, savedAt: now },
          update: { scene: checked.json, savedAt: now },
        }),
    // like an edit of the text: a changed drawing after submitting is a draft again; finishing submits it
    ...(answer.status === "submitted" ? [prisma.answer.update({ where: { id: answer.id }, data: { status: "draft" } })] : []),
  ]);
  return { savedAt: now.toISOString() };
}

/** A design answer may be a drawing alone. */
async function hasDrawing(answerId: string): Promise<boolean> {
  const row = await prisma.answerDiagram.findUnique({ where: { answerId }, select: { scene: true } });
  return !!row && (JSON.parse(row.scene) as { elements: unknown[] }).elements.length > 0;
}

function answerKeys(round: OwnRound, rq: RoundQuestion) {
  return { roundId: round.id, roundQuestionId: rq.id, userId: round.userId, questionVersionId: rq.questionVersionId };
}

export type SubmitOutcome = { status: string; correct?: boolean; score?: number | null; explanation?: string };

/**
 * Submit an mcq, numeric, short, design or behavioural answer. Submitting the same
 * answer twice changes nothing. Auto kinds are graded now or when the round ends,
 * as the candidate chose.
 */
export async function submitAnswer(userId: string, roundId: string, roundQuestionId: string, raw: unknown): Promise<SubmitOutcome> {
  const round = await requireOwnRoundQuestion(userId, roundId, roundQuestionId);
  const rq = findQuestion(round, roundQuestionId);
  const { kind, question, response } = parseResponse(rq, raw);
  if (kind === "coding" || kind === "sql") throw new RoundError("Coding and SQL answers are submitted by running the hidden tests.", 400);
  const json = JSON.stringify(response);
  if (rq.answer && rq.answer.response === json && rq.answer.status !== "draft") return outcome(round, rq.answer, question);
  ensureOpen(round);
  if (isLocked(round, rq)) throw new RoundError("This answer is already graded and can no longer change.", 409);
  if (isBlank(kind, response) && !(rq.answer && (await hasDrawing(rq.answer.id)))) throw new RoundError("Write or choose an answer before submitting.", 400);
  // a typo must not cost the question: only a number is graded
  if (kind === "numeric" && toNumber(response.value) === undefined) {
    throw new RoundError("Enter a finite number in plain decimal notation, like 0.25 or 1.5e3 (no commas, units, Infinity or NaN).", 400);
  }

  const answer = await prisma.$transaction(async (tx) => {
    const now = new Date();
    // checked again inside the transaction: of two racing submissions only the first is graded
    await lockRow(tx, "RoundQuestion", rq.id);
    const current = await tx.answer.findUnique({ where: { roundQuestionId: rq.id }, select: { status: true } });
    if (gradedForGood(round, kind, current?.status)) {
      throw new RoundError("This answer is already graded and can no longer change.", 409);
    }
    const saved = await tx.answer.upsert({
      where: { roundQuestionId: rq.id },
      create: { ...answerKeys(round, rq), response: json, status: "submitted", submittedAt: now, draftSavedAt: now },
      update: { response: json, status: "submitted", submittedAt: now, draftSavedAt: now },
    });
    if (AUTO_KINDS.has(kind) && round.gradingMode === "immediate") return gradeAutoAnswer(tx, round, rq, saved.id, json);
    return saved;
  });
  return outcome(round, answer, question);
}

function outcome(round: OwnRound, answer: { status: string; score: number | null }, question: { kind: string; explanation: string }) {
  if (answer.status !== "graded" || round.gradingMode !== "immediate" || !AUTO_KINDS.has(question.kind)) return { status: answer.status };
  return { status: answer.status, score: answer.score, correct: answer.score === 1, explanation: question.explanation };
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function gradeAutoAnswer(tx: Tx, round: OwnRound, rq: RoundQuestion, answerId: string, json: string) {
  const question = questionFromVersion(rq.questionVersion) as AutoQuestion;
  const response = JSON.parse(json) as Record<string, unknown>;
  const value = question.kind === "mcq" ? response.choices : question.kind === "numeric" ? response.value : response.text;
  return scoreAutomatically(tx, round, rq, answerId, gradeAuto(question, value).score);
}

/** "Run": the public examples, everything shown. Stored as a run, never scored. */
export async function runCode(sandbox: CodeExecutor, userId: string, roundId: string, roundQuestionId: string, raw: unknown) {
  return executeCode(sandbox, userId, roundId, roundQuestionId, raw, "run");
}

/** "Submit": the hidden tests; the last submission is the answer's score (share of tests passed). */
export async function submitCode(sandbox: CodeExecutor, userId: string, roundId: string, roundQuestionId: string, raw: unknown) {
  return executeCode(sandbox, userId, roundId, roundQuestionId, raw, "submit");
}

// Each run costs a worker for up to its wall deadline: one person may not keep the pool busy.
const codeRuns = new RateLimit("code-run", 30, 60_000);

/** Counts a run that is about to start, or refuses it when the candidate has run too often (on any server). */
async function countRun(userId: string) {
  const taken = await codeRuns.take(userId);
  if (!taken.allowed) throw new RoundError(`You are running code very often; try again in ${Math.ceil(taken.retryAfterMs / 1000)} seconds.`, 429);
}

export type { CustomRun };

const BUSY = "The grader is busy right now. Your code is saved; try again in a few seconds.";

/**
 * Run a stored submission where this server runs code (its own pool or the runners).
 * One that never ran is deleted: there is no verdict to keep. One still waiting for a
 * runner stays queued and is graded when a runner gets to it.
 */
async function runStored(sandbox: CodeExecutor, submissionId: string): Promise<FinishedSubmission> {
  let finished: FinishedSubmission | null;
  try {
    finished = await runSubmission(sandbox, submissionId);
  } catch (error) {
    if (error instanceof SandboxBusyError) {
      await prisma.codeSubmission.deleteMany({ where: { id: submissionId } });
      throw new RoundError(BUSY, 503);
    }
    if (error instanceof QueueWaitTimeout) {
      throw new RoundError("The graders are busy right now. Your code is saved; try again in a minute.", 503);
    }
    throw error;
  }
  if (!finished?.result) throw new Error(`Submission ${submissionId} finished without a result (${finished?.verdict ?? "gone"}).`);
  return finished;
}

/** What every code run starts with: the candidate's own open round, the question and a valid response. */
async function openForRun(userId: string, roundId: string, roundQuestionId: string, raw: unknown) {
  const round = await requireOwnRoundQuestion(userId, roundId, roundQuestionId);
  ensureOpen(round);
  const rq = findQuestion(round, roundQuestionId);
  return { round, rq, ...parseResponse(rq, raw) };
}

/**
 * "Run on my arguments": the candidate's code on inputs they typed, in the same sandbox and
 * with the question's limits. There is nothing to compare with, so no verdict and no record;
 * it counts against the same rate limit as Run and Submit.
 */
export async function runCustom(sandbox: CodeExecutor, userId: string, roundId: string, roundQuestionId: string, raw: unknown, argsText: string): Promise<CustomRun> {
  let args: unknown;
  try {
    args = JSON.parse(argsText);
  } catch {
    args = undefined;
  }
  if (!Array.isArray(args)) throw new RoundError("Write the arguments as a JSON array, one item per parameter, like [[1, 2, 3], 2].", 400);
  const { rq, question, response } = await openForRun(userId, roundId, roundQuestionId, raw);
  if (question.kind !== "coding") throw new RoundError("Only coding questions run code.", 400);
  const code = response.code as string;
  if (!code.trim()) throw new RoundError("Write some code first.", 400);
  await countRun(userId);
  // a row only so that a runner can take it like any other run; gone once shown
  const row = await prisma.codeSubmission.create({
    data: { userId, questionVersionId: rq.questionVersionId, mode: "custom", language: response.language as Language, code, args: JSON.stringify(args) },
  });
  try {
    return JSON.parse((await runStored(sandbox, row.id)).result!) as CustomRun;
  } finally {
    await prisma.codeSubmission.deleteMany({ where: { id: row.id } });
  }
}

async function executeCode(
  sandbox: CodeExecutor,
  userId: string,
  roundId: string,
  roundQuestionId: string,
  raw: unknown,
  mode: "run" | "submit",
): Promise<ShownRun> {
  const { round, rq, question, response } = await openForRun(userId, roundId, roundQuestionId, raw);
  if (question.kind !== "coding" && question.kind !== "sql") throw new RoundError("Only coding and SQL questions run code.", 400);
  await countRun(userId);
  const language = response.language as Language | "sql";
  const code = response.code as string;
  if (!code.trim()) throw new RoundError(question.kind === "sql" ? "Write a query first." : "Write some code first.", 400);

  const json = JSON.stringify({ language, code });
  const answer = await upsertRaced(() =>
    prisma.answer.upsert({
      where: { roundQuestionId: rq.id },
      create: { ...answerKeys(round, rq), response: json },
      update: { response: json, draftSavedAt: new Date() },
    }),
  );
  if (mode === "submit") {
    // A double click or a retried request: the same code's finished verdict stands.
    const same = await prisma.codeSubmission.findFirst({
      where: { answerId: answer.id, mode: "submit", language, code, status: "finished" },
      orderBy: { queuedAt: "desc" },
    });
    const latest = await prisma.codeSubmission.findFirst({
      where: { answerId: answer.id, mode: "submit", status: "finished" },
      orderBy: { queuedAt: "desc" },
      select: { id: true },
    });
    if (same && latest?.id === same.id && same.result) return JSON.parse(same.result) as ShownRun;
  }
  return gradeCode(sandbox, round, rq, answer.id, language, code, mode);
}

async function gradeCode(
  sandbox: CodeExecutor,
  round: OwnRound,
  rq: RoundQuestion,
  answerId: string,
  language: Language | "sql",
  code: string,
  mode: "run" | "submit",
): Promise<ShownRun> {
  const submission = await prisma.codeSubmission.create({
    data: { userId: round.userId, answerId, questionVersionId: rq.questionVersionId, mode, language, code },
  });
  return JSON.parse((await runStored(sandbox, submission.id)).result!) as ShownRun;
}

/**
 * End the round (the candidate's click, or the clock). Drafts saved before the
 * deadline count as submitted; auto answers graded "at the end" are graded now;
 * code never submitted runs against the hidden tests once.
 */
export async function finishRound(sandbox: CodeExecutor, userId: string, roundId: string) {
  const claimedBefore = await requireOwnRound(userId, roundId);
  if (claimedBefore.finishedAt) return;
  const finishedAt = isOpen(claimedBefore) ? new Date() : claimedBefore.deadlineAt;
  // Claim the round before grading: from here on saves are refused, and of two
  // finishing requests (two tabs, a click and the clock) only one grades.
  const claim = await prisma.round.updateMany({ where: { id: roundId, finishedAt: null }, data: { finishedAt } });
  if (claim.count === 0) return;
  const round = await requireOwnRound(userId, roundId); // the answers as they stand now
  const codeRuns: (() => Promise<void>)[] = [];
  for (const rq of round.questions) {
    const answer = rq.answer;
    if (!answer) continue;
    const kind = rq.questionVersion.kind as QuestionKind;
    const response = JSON.parse(answer.response) as Record<string, unknown>;
    if (answer.status === "graded" || (isBlank(kind, response) && !(await hasDrawing(answer.id)))) continue;
    if (kind === "coding" || kind === "sql") {
      const question = questionFromVersion(rq.questionVersion) as CodingQuestion | SqlQuestion;
      codeRuns.push(async () => {
        try {
          await gradeCode(sandbox, round, rq, answer.id, question.kind === "sql" ? "sql" : (response.language as Language), String(response.code), "submit");
        } catch (error) {
          // A busy grader must not keep the round open: the code stays saved, unscored.
          if (!(error instanceof RoundError)) throw error;
        }
      });
      continue;
    }
    await prisma.$transaction(async (tx) => {
      await tx.answer.update({
        where: { id: answer.id },
        // an edited draft counts as submitted when the round ended
        data: { status: "submitted", submittedAt: answer.status === "draft" ? finishedAt : (answer.submittedAt ?? finishedAt) },
      });
      if (AUTO_KINDS.has(kind)) await gradeAutoAnswer(tx, round, rq, answer.id, answer.response);
    });
  }
  // Runners take them side by side; this process's own pool would refuse a burst as busy.
  if (isQueued(sandbox)) await Promise.all(codeRuns.map((run) => run()));
  else for (const run of codeRuns) await run();
}

/** A round whose clock ran out is finished the first time anyone looks at it. */
export async function finishIfExpired(sandbox: CodeExecutor, round: { id: string; userId: string; deadlineAt: Date; finishedAt: Date | null }) {
  if (round.finishedAt === null && !isOpen(round)) await finishRound(sandbox, round.userId, round.id);
}
