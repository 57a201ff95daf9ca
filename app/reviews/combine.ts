// How an answer's reviews become one grade. Pure: the service feeds it rows and
// writes what it decides.

export type Criterion = { id: string; points: number };
export type Grades = Record<string, number>;
export type Purpose = "initial" | "adjudication" | "regrade";

export type SubmittedReview = {
  id: string;
  reviewerId: string;
  purpose: Purpose;
  grades: Grades;
  submittedAt: Date;
};

export type Thresholds = {
  /** Two reviews disagree when their totals differ by more than this share of the rubric's total. */
  totalThreshold: number;
  /** …or when one criterion differs by more than this share of that criterion's range. */
  criterionThreshold: number;
};

export const DEFAULT_THRESHOLDS: Thresholds = { totalThreshold: 0.2, criterionThreshold: 0.5 };

export type Final = {
  /** 0..1 */
  score: number;
  reason: "mean" | "adjudication" | "regrade";
  reviewIds: string[];
};

export type ReviewState = {
  /** The grade that stands now, or null while it is pending review. */
  final: Final | null;
  /** What the answer still needs from reviewers, or null when nothing. */
  open: { purpose: Purpose; needed: number; have: number } | null;
  /** Set when two reviews disagreed beyond a threshold: which pair and why. */
  disagreement: { reviewIds: [string, string]; why: string } | null;
};

export const maxTotal = (rubric: readonly Criterion[]) => rubric.reduce((s, c) => s + c.points, 0);
export const totalOf = (grades: Grades, rubric: readonly Criterion[]) => rubric.reduce((s, c) => s + (grades[c.id] ?? 0), 0);

/** Why two reviews disagree, or null when they are close enough to average. */
export function disagreement(a: Grades, b: Grades, rubric: readonly Criterion[], t: Thresholds): string | null {
  const total = maxTotal(rubric);
  const gap = Math.abs(totalOf(a, rubric) - totalOf(b, rubric));
  // a small epsilon so a gap of exactly the threshold (in float) is not a disagreement
  if (gap > t.totalThreshold * total + 1e-9) return `totals differ by ${gap} of ${total} points`;
  for (const c of rubric) {
    const d = Math.abs((a[c.id] ?? 0) - (b[c.id] ?? 0));
    if (d > t.criterionThreshold * c.points + 1e-9) return `"${c.id}" differs by ${d} of ${c.points} points`;
  }
  return null;
}

const meanScore = (reviews: readonly SubmittedReview[], rubric: readonly Criterion[]) =>
  reviews.reduce((s, r) => s + totalOf(r.grades, rubric), 0) / reviews.length / maxTotal(rubric);

/** The two reviews whose totals are closest; on a tie, the earlier-submitted pair. */
export function closestPair(reviews: readonly SubmittedReview[], rubric: readonly Criterion[]): [SubmittedReview, SubmittedReview] {
  const sorted = [...reviews].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  let best: [SubmittedReview, SubmittedReview] | null = null;
  let bestGap = Infinity;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const gap = Math.abs(totalOf(sorted[i].grades, rubric) - totalOf(sorted[j].grades, rubric));
      if (gap < bestGap) {
        bestGap = gap;
        best = [sorted[i], sorted[j]];
      }
    }
  }
  if (!best) throw new Error("closestPair needs two reviews");
  return best;
}

/**
 * Where an answer stands: the required initial reviews first; if any two of them
 * disagree, one adjudication by a third reviewer and the mean of the two closest; a
 * regrade, once asked for, is a fresh grade by another reviewer that replaces the
 * final score (the earlier one stays in the history).
 */
export function reviewState(input: {
  required: number;
  reviews: readonly SubmittedReview[];
  rubric: readonly Criterion[];
  thresholds: Thresholds;
  regradeRequested: boolean;
}): ReviewState {
  const { required, rubric, thresholds } = input;
  const of = (p: Purpose) => input.reviews.filter((r) => r.purpose === p).sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const initial = of("initial");
  if (initial.length < required) {
    return { final: null, open: { purpose: "initial", needed: required, have: initial.length }, disagreement: null };
  }
  let found: ReviewState["disagreement"] = null;
  for (let i = 0; i < initial.length && !found; i++) {
    for (let j = i + 1; j < initial.length && !found; j++) {
      const why = disagreement(initial[i].grades, initial[j].grades, rubric, thresholds);
      if (why) found = { reviewIds: [initial[i].id, initial[j].id], why };
    }
  }
  let final: Final;
  if (found) {
    const adjudication = of("adjudication");
    if (adjudication.length === 0) {
      return { final: null, open: { purpose: "adjudication", needed: 1, have: 0 }, disagreement: found };
    }
    const pair = closestPair([...initial, adjudication[0]], rubric);
    final = { score: meanScore(pair, rubric), reason: "adjudication", reviewIds: pair.map((r) => r.id) };
  } else {
    final = { score: meanScore(initial, rubric), reason: "mean", reviewIds: initial.map((r) => r.id) };
  }
  const regrade = of("regrade")[0];
  if (regrade) return { final: { score: meanScore([regrade], rubric), reason: "regrade", reviewIds: [regrade.id] }, open: null, disagreement: found };
  if (input.regradeRequested) return { final, open: { purpose: "regrade", needed: 1, have: 0 }, disagreement: found };
  return { final, open: null, disagreement: found };
}

/** Points must lie in the criterion's range, in half-point steps. */
export function gradeProblem(value: number, criterion: Criterion): string | null {
  if (!Number.isFinite(value) || value < 0 || value > criterion.points || Math.round(value * 2) !== value * 2) {
    return `must be from 0 to ${criterion.points} in half-point steps`;
  }
  return null;
}
