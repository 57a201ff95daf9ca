import { prisma } from "../db.server";
import { questionFromVersion } from "../rounds/content.server";
import type { RubricQuestion } from "../../questions/index";
import { krippendorffAlpha, pairAgreement } from "./alpha";
import { maxTotal } from "./combine";

type Figures = { alpha: number | null; answers: number; exact: number | null; withinOne: number | null; pairs: number };

function figures(units: number[][]): Figures {
  const pairable = units.filter((u) => u.length >= 2);
  const agreement = pairAgreement(pairable);
  return { alpha: krippendorffAlpha(pairable, "interval"), answers: pairable.length, ...agreement };
}

/**
 * Inter-reviewer agreement over every answer with two or more submitted reviews.
 * Overall and per question the unit is an answer and the value a review's total (as
 * a share of the rubric overall, in points per question); per criterion the value is
 * that criterion's points. Exact and within-one-point rates compare points.
 * Offsets: each review's share minus the mean of the other reviews of that answer.
 */
export async function agreementReport() {
  const answers = await prisma.answer.findMany({
    where: { reviews: { some: { status: "submitted" } } },
    select: {
      id: true,
      questionVersion: { select: { questionId: true, title: true, content: true } },
      reviews: {
        where: { status: "submitted" },
        select: { reviewerId: true, reviewer: { select: { name: true } }, criteria: { select: { criterionId: true, points: true } } },
      },
    },
  });
  const multi = answers.filter((a) => a.reviews.length >= 2);
  const rubricCache = new Map<string, RubricQuestion>();
  const rubricOf = (a: (typeof multi)[number]) => {
    const key = a.questionVersion.content;
    if (!rubricCache.has(key)) rubricCache.set(key, questionFromVersion(a.questionVersion) as RubricQuestion);
    return rubricCache.get(key)!.rubric;
  };
  const totals = (a: (typeof multi)[number]) => a.reviews.map((r) => r.criteria.reduce((s, c) => s + c.points, 0));

  const overall = figures(multi.map((a) => totals(a).map((t) => t / maxTotal(rubricOf(a)))));
  // exact/within-one overall are about points, criterion by criterion
  const allCriterionUnits: number[][] = [];
  const byQuestion = new Map<string, { title: string; units: number[][] }>();
  const byCriterion = new Map<string, { question: string; criterion: string; title: string; points: number; units: number[][] }>();
  const offsets = new Map<string, { name: string; sum: number; count: number }>();
  for (const a of multi) {
    const rubric = rubricOf(a);
    const q = byQuestion.get(a.questionVersion.questionId) ?? { title: a.questionVersion.title, units: [] };
    q.units.push(totals(a));
    byQuestion.set(a.questionVersion.questionId, q);
    for (const c of rubric) {
      const values = a.reviews.map((r) => r.criteria.find((x) => x.criterionId === c.id)?.points).filter((v): v is number => v !== undefined);
      allCriterionUnits.push(values);
      const key = `${a.questionVersion.questionId}\u0000${c.id}`;
      const entry = byCriterion.get(key) ?? { question: a.questionVersion.title, criterion: c.id, title: c.title, points: c.points, units: [] };
      entry.units.push(values);
      byCriterion.set(key, entry);
    }
    const shares = totals(a).map((t) => t / maxTotal(rubric));
    a.reviews.forEach((r, i) => {
      const others = shares.filter((_s, j) => j !== i);
      const consensus = others.reduce((s, x) => s + x, 0) / others.length;
      const entry = offsets.get(r.reviewerId) ?? { name: r.reviewer.name, sum: 0, count: 0 };
      entry.sum += shares[i] - consensus;
      entry.count++;
      offsets.set(r.reviewerId, entry);
    });
  }
  const pointAgreement = pairAgreement(allCriterionUnits);
  return {
    overall: { ...overall, exact: pointAgreement.exact, withinOne: pointAgreement.withinOne, pairs: pointAgreement.pairs },
    questions: [...byQuestion.entries()].map(([id, q]) => ({ id, title: q.title, ...figures(q.units) })).sort((x, y) => x.title.localeCompare(y.title)),
    criteria: [...byCriterion.values()].map((c) => ({ question: c.question, criterion: c.title, points: c.points, ...figures(c.units) })),
    reviewers: [...offsets.entries()].map(([id, o]) => ({ id, name: o.name, offset: o.sum / o.count, reviews: o.count })).sort((x, y) => x.name.localeCompare(y.name)),
  };
}
