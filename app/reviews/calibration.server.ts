import { loadCalibration, type CalibrationAnswer, type CalibrationLevel, type RubricQuestion } from "../../questions/index";
import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import { questionFromVersion } from "../rounds/content.server";
import { gradeProblem, maxTotal, totalOf } from "./combine";
import { ReviewError } from "./errors";
import { reviewSettings } from "./settings.server";

type Loaded = { answer: CalibrationAnswer; question: RubricQuestion };
let cache: Promise<Loaded[]> | undefined;

/**
 * The bank's calibration answers whose grades match the rubric of the question's
 * current version (read once per process; the bank changes with a deploy).
 */
export function calibrationSet(dir = "questions"): Promise<Loaded[]> {
  cache ??= (async () => {
    const rows = await prisma.question.findMany({
      where: { retiredAt: null, kind: { in: ["design", "behavioral"] } },
      select: { id: true, currentVersion: { select: { content: true } } },
    });
    const byId = new Map(rows.filter((r) => r.currentVersion).map((r) => [r.id, questionFromVersion(r.currentVersion!) as RubricQuestion]));
    const { answers } = await loadCalibration(dir, (id) => byId.get(id));
    return answers.map((answer) => ({ answer, question: byId.get(answer.questionId)! }));
  })().catch((error) => {
    cache = undefined;
    throw error;
  });
  return cache;
}

export async function calibrationStatus(userId: string, isAdmin: boolean) {
  const [settings, done, status, set] = await Promise.all([
    reviewSettings(),
    prisma.calibrationGrade.count({ where: { reviewerId: userId } }),
    prisma.reviewerStatus.findUnique({ where: { userId } }),
    calibrationSet(),
  ]);
  const waived = status?.calibrationWaivedAt != null;
  // never ask for more than the bank offers: a rubric change that invalidates calibration
  // answers must not lock every new reviewer out of the queue
  const required = Math.min(settings.calibrationAnswers, set.length);
  return { required, done, waived, cleared: isAdmin || waived || done >= required };
}

export async function requireCalibrated(userId: string, isAdmin: boolean) {
  const status = await calibrationStatus(userId, isAdmin);
  if (!status.cleared) {
    throw new ReviewError(`Grade ${status.required - status.done} more calibration answer${status.required - status.done === 1 ? "" : "s"} before the real queue opens to you.`, 403);
  }
}

function view({ answer, question }: Loaded) {
  return {
    questionId: answer.questionId,
    level: answer.level,
    title: question.title,
    kind: question.kind,
    promptHtml: renderMarkdown(question.prompt),
    text: answer.answer,
    rubric: question.rubric,
  };
}

/** The next calibration answer this reviewer has not graded, or null when they have graded them all. */
export async function nextCalibration(userId: string) {
  const [set, graded] = await Promise.all([
    calibrationSet(),
    prisma.calibrationGrade.findMany({ where: { reviewerId: userId }, select: { questionId: true, level: true } }),
  ]);
  const seen = new Set(graded.map((g) => `${g.questionId}/${g.level}`));
  const next = set.find((c) => !seen.has(`${c.answer.questionId}/${c.answer.level}`));
  return next ? view(next) : null;
}

async function find(questionId: string, level: string) {
  const found = (await calibrationSet()).find((c) => c.answer.questionId === questionId && c.answer.level === level);
  if (!found) throw new ReviewError("That calibration answer does not exist.", 404);
  return found;
}

export async function submitCalibration(userId: string, questionId: string, level: CalibrationLevel, grades: Record<string, number>) {
  const { answer, question } = await find(questionId, level);
  const clean: Record<string, number> = {};
  for (const c of question.rubric) {
    const value = grades[c.id];
    const problem = value === undefined ? "is missing" : gradeProblem(value, c);
    if (problem) throw new ReviewError(`"${c.title}" ${problem}.`, 400);
    clean[c.id] = value;
  }
  const data = { grades: JSON.stringify(clean), reference: JSON.stringify(answer.grades), maxPoints: maxTotal(question.rubric) };
  await prisma.calibrationGrade.upsert({
    where: { reviewerId_questionId_level: { reviewerId: userId, questionId, level } },
    create: { reviewerId: userId, questionId, level, ...data },
    update: data,
  });
}

/** The reviewer's grade of one calibration answer beside the reference, per criterion. */
export async function calibrationComparison(userId: string, questionId: string, level: string) {
  const loaded = await find(questionId, level);
  const row = await prisma.calibrationGrade.findUnique({ where: { reviewerId_questionId_level: { reviewerId: userId, questionId, level } } });
  if (!row) throw new ReviewError("Grade this calibration answer first.", 404);
  const mine = JSON.parse(row.grades) as Record<string, number>;
  const reference = loaded.answer.grades;
  return {
    ...view(loaded),
    rationale: loaded.answer.rationale,
    criteria: loaded.question.rubric.map((c) => ({ id: c.id, title: c.title, points: c.points, mine: mine[c.id] ?? 0, reference: reference[c.id] ?? 0, difference: (mine[c.id] ?? 0) - (reference[c.id] ?? 0) })),
    total: { mine: totalOf(mine, loaded.question.rubric), reference: totalOf(reference, loaded.question.rubric), max: maxTotal(loaded.question.rubric) },
  };
}

/** Per reviewer: how far their calibration grades fall from the references. */
export async function calibrationErrors() {
  const rows = await prisma.calibrationGrade.findMany({ include: { reviewer: { select: { id: true, name: true, email: true } } } });
  const by = new Map<string, { reviewer: { id: string; name: string; email: string }; answers: number; criterionErrors: number[]; totalErrors: number[] }>();
  for (const row of rows) {
    const mine = JSON.parse(row.grades) as Record<string, number>;
    const reference = JSON.parse(row.reference) as Record<string, number>;
    const entry = by.get(row.reviewerId) ?? { reviewer: row.reviewer, answers: 0, criterionErrors: [], totalErrors: [] };
    entry.answers++;
    let signed = 0;
    for (const id of Object.keys(reference)) {
      entry.criterionErrors.push(Math.abs((mine[id] ?? 0) - reference[id]));
      signed += (mine[id] ?? 0) - reference[id];
    }
    entry.totalErrors.push(signed / row.maxPoints);
    by.set(row.reviewerId, entry);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  return [...by.values()].map((e) => ({
    reviewerId: e.reviewer.id,
    answers: e.answers,
    /** mean absolute difference per criterion, in points */
    meanCriterionError: mean(e.criterionErrors),
    /** mean signed difference of the total, as a share of the rubric's points: above 0 grades soft */
    meanTotalOffset: mean(e.totalErrors),
  }));
}

export async function waiveCalibration(adminId: string, userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw new ReviewError("That user no longer exists.", 404);
  await prisma.reviewerStatus.upsert({
    where: { userId },
    create: { userId, calibrationWaivedAt: new Date(), waivedById: adminId },
    update: { calibrationWaivedAt: new Date(), waivedById: adminId },
  });
}

/** Every reviewer with their calibration progress, error and waiver, for admins. */
export async function reviewerRoster() {
  const [users, errors] = await Promise.all([
    prisma.user.findMany({
      where: { roles: { some: { name: "reviewer" } } },
      select: { id: true, name: true, email: true, reviewerStatus: { select: { calibrationWaivedAt: true } }, _count: { select: { calibrationGrades: true } } },
      orderBy: { name: "asc" },
    }),
    calibrationErrors(),
  ]);
  const byId = new Map(errors.map((e) => [e.reviewerId, e]));
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    calibrated: u._count.calibrationGrades,
    waivedAt: u.reviewerStatus?.calibrationWaivedAt ?? null,
    meanCriterionError: byId.get(u.id)?.meanCriterionError ?? null,
    meanTotalOffset: byId.get(u.id)?.meanTotalOffset ?? null,
  }));
}
