import { z } from "zod";
import { SKILL_IDS, STAGES, TRACKS, type Stage, type Track } from "../../questions/taxonomy";
import { STAGE_LABELS } from "../format";
import { prisma } from "../db.server";
import { RoundError } from "./errors";
import { LOOP_TEMPLATES, LOOPS, ROUND_LENGTHS, STAGE_MINUTES } from "./loops";
import { planRound, type PlanCandidate, type PlanSlot } from "./plan";

/** The round id in a URL: anything else is a 404, not a database error. */
export const roundParamsSchema = z.object({ roundId: z.string().min(1).max(64) });

/** "ML technical", or "Big tech loop". */
export function roundLabel(round: { stage: string | null; loopTemplate: string | null }): string {
  if (round.stage) return STAGE_LABELS[round.stage] ?? round.stage;
  return `${LOOPS[round.loopTemplate as keyof typeof LOOPS]?.label ?? "Interview"} loop`;
}

export const startRoundSchema = z
  .object({
    track: z.enum(TRACKS, { error: "Pick the track you are aiming for" }),
    format: z.enum(["stage", "loop"], { error: "Pick a stage or a whole loop" }),
    stage: z.enum(STAGES, { error: "Pick a stage" }).optional(),
    loop: z.enum(LOOP_TEMPLATES, { error: "Pick a loop" }).optional(),
    minutes: z.coerce
      .number({ error: "Pick a length" })
      .int()
      .refine((m) => (ROUND_LENGTHS as readonly number[]).includes(m), "Pick one of the offered lengths")
      .optional(),
    skill: z.union([z.enum(SKILL_IDS as [string, ...string[]], { error: "Unknown skill" }), z.literal("")]).optional(),
    grading: z.enum(["immediate", "end"], { error: "Choose when to see grades" }).default("immediate"),
  })
  .superRefine((v, ctx) => {
    if (v.format === "stage" && !v.stage) ctx.addIssue({ code: "custom", path: ["stage"], message: "Pick a stage" });
    if (v.format === "loop" && !v.loop) ctx.addIssue({ code: "custom", path: ["loop"], message: "Pick a loop" });
  });
export type StartRoundInput = z.infer<typeof startRoundSchema>;

const RECENT_DAYS = 14;

export async function startRound(userId: string, input: StartRoundInput, random: () => number = Math.random) {
  const slots: PlanSlot[] =
    input.format === "loop"
      ? LOOPS[input.loop!].slots
      : [{ stage: input.stage!, minutes: input.minutes ?? STAGE_MINUTES[input.stage!] }];
  const bank = await currentBank(slots.map((s) => s.stage));
  const recent = await recentlySeen(userId);
  const chosen = planRound(bank, { track: input.track, slots, skillFocus: input.skill || undefined, recent, random });
  if (chosen.length === 0) {
    throw new RoundError("The bank has no question for that track and stage yet. Try another track or stage.", 422);
  }
  const minutes = input.format === "loop" ? slots.reduce((sum, s) => sum + s.minutes, 0) : slots[0].minutes;
  const now = new Date();
  const round = await prisma.round.create({
    data: {
      userId,
      track: input.track,
      stage: input.format === "stage" ? input.stage : null,
      loopTemplate: input.format === "loop" ? input.loop : null,
      skillFocus: input.skill || null,
      gradingMode: input.grading,
      startedAt: now,
      deadlineAt: new Date(now.getTime() + minutes * 60_000),
      questions: { create: chosen.map((q, i) => ({ questionVersionId: q.versionId, position: i + 1 })) },
    },
    select: { id: true },
  });
  return round;
}

/** Current versions of live questions of these stages, as the planner sees them. */
export async function currentBank(stages: Stage[]): Promise<PlanCandidate[]> {
  const questions = await prisma.question.findMany({
    where: { retiredAt: null, stage: { in: stages }, currentVersionId: { not: null } },
    select: { id: true, currentVersion: { select: { id: true, stage: true, tracks: true, skills: true, timeMinutes: true } } },
  });
  return questions.map(({ id, currentVersion: v }) => ({
    versionId: v!.id,
    questionId: id,
    stage: v!.stage as Stage,
    tracks: JSON.parse(v!.tracks) as Track[],
    skills: JSON.parse(v!.skills) as string[],
    minutes: v!.timeMinutes,
  }));
}

async function recentlySeen(userId: string): Promise<Set<string>> {
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const rows = await prisma.roundQuestion.findMany({
    where: { round: { userId, startedAt: { gte: since } } },
    select: { questionVersion: { select: { questionId: true } } },
  });
  return new Set(rows.map((r) => r.questionVersion.questionId));
}

export async function listRounds(userId: string) {
  const rounds = await prisma.round.findMany({
    // assessment attempts belong to the hiring team, not to the candidate's practice
    where: { userId, assessmentId: null },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      track: true,
      stage: true,
      loopTemplate: true,
      startedAt: true,
      deadlineAt: true,
      finishedAt: true,
      _count: { select: { questions: true } },
      answers: { select: { score: true } },
    },
  });
  const now = Date.now();
  return rounds.map(({ answers, _count, ...r }) => {
    const scored = answers.filter((a) => a.score !== null);
    return {
      ...r,
      questionCount: _count.questions,
      over: r.finishedAt !== null || r.deadlineAt.getTime() <= now,
      score: scored.length ? scored.reduce((s, a) => s + a.score!, 0) / _count.questions : null,
    };
  });
}

/** The candidate's own round, or a 404 that does not say whether someone else's exists. */
export async function requireOwnRound(userId: string, roundId: string) {
  const round = await prisma.round.findFirst({
    where: { id: roundId, userId },
    include: {
      questions: {
        orderBy: { position: "asc" },
        include: { questionVersion: true, answer: true },
      },
    },
  });
  if (!round) throw new RoundError("There is no such round.", 404);
  return round;
}

export type OwnRound = Awaited<ReturnType<typeof requireOwnRound>>;

/**
 * The user's own round with only the one question a request is about (none when it is not
 * part of the round). Autosaves and code runs need no other question: reading every
 * question's full content (hidden tests included) on each save was most of an autosave's time.
 */
export async function requireOwnRoundQuestion(userId: string, roundId: string, roundQuestionId: string): Promise<OwnRound> {
  const round = await prisma.round.findFirst({
    where: { id: roundId, userId },
    include: { questions: { where: { id: roundQuestionId }, include: { questionVersion: true, answer: true } } },
  });
  if (!round) throw new RoundError("There is no such round.", 404);
  return round;
}

/** Only whether the round is this user's, for checking ownership before anything in a request is read. */
export async function requireRoundOwner(userId: string, roundId: string): Promise<void> {
  const round = await prisma.round.findFirst({ where: { id: roundId, userId }, select: { id: true } });
  if (!round) throw new RoundError("There is no such round.", 404);
}

// A little slack for the request that leaves the browser as the clock hits zero.
export const DEADLINE_GRACE_MS = 2_000;

export function isOpen(round: { deadlineAt: Date; finishedAt: Date | null }, now = Date.now()): boolean {
  return round.finishedAt === null && now <= round.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}
