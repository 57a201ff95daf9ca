import type { Track } from "../../questions/taxonomy";
import { prisma } from "../db.server";
import { roundTotal } from "../rounds/round-total";
import { roundLabel } from "../rounds/rounds.server";
import { effectiveRows, summarise, type Bars } from "./levels";

export async function trackBars(): Promise<Bars> {
  const rows = await prisma.trackBar.findMany();
  const map = new Map(rows.map((r) => [`${r.track}:${r.stage}`, r.bar]));
  return (track, stage) => map.get(`${track}:${stage}`);
}

/** The candidate's standing per stage and per skill against the bars of a target track, and over time. */
export async function dashboard(userId: string, target: Track) {
  const [rows, bars, rounds] = await Promise.all([
    prisma.scoreRecord.findMany({
      // assessment attempts are the hiring team's results, never the candidate's practice scores
      where: { userId, OR: [{ answerId: null }, { answer: { round: { assessmentId: null } } }] },
      select: { answerId: true, track: true, stage: true, skill: true, score: true, source: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    trackBars(),
    prisma.round.findMany({
      where: { userId, finishedAt: { not: null }, assessmentId: null },
      orderBy: { finishedAt: "asc" },
      select: {
        id: true,
        track: true,
        stage: true,
        loopTemplate: true,
        finishedAt: true,
        _count: { select: { questions: true } },
        answers: { select: { score: true, status: true } },
      },
    }),
  ]);
  const effective = effectiveRows(rows.map((r) => ({ ...r, answerId: r.answerId ?? "" })));
  // a stage or an overall score counts each answer once, not once per skill
  const perAnswer = [...new Map(effective.map((r) => [r.answerId, r])).values()];
  return {
    stages: summarise(perAnswer, (r) => r.stage, bars, target),
    skills: summarise(effective, (r) => r.skill, bars, target).sort((a, b) => b.count - a.count),
    history: rounds.flatMap((r) => {
      // answers awaiting a grade are left out, not counted as 0; a round with nothing graded yet has no point
      const unanswered = Array.from({ length: Math.max(0, r._count.questions - r.answers.length) }, () => ({ status: "unanswered", score: null }));
      const { score } = roundTotal([...r.answers, ...unanswered]);
      return score === null ? [] : [{ id: r.id, at: r.finishedAt!.toISOString(), track: r.track, label: roundLabel(r), value: score }];
    }),
  };
}
