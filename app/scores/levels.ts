import { TRACK_INFO, TRACKS, type Track } from "../../questions/taxonomy";

export type ScoreRow = {
  answerId: string;
  track: string; // the track the attempt targeted
  stage: string;
  skill: string;
  score: number; // 0..1
  source: string; // auto | self | reviewer
  createdAt: Date;
};

export type Bars = (track: Track, stage: string) => number | undefined;

const SOURCE_RANK: Record<string, number> = { reviewer: 3, auto: 2, self: 1 };

/** One row per answer and skill: a reviewer's grade beats an automatic one, which beats a self-assessment. */
export function effectiveRows(rows: readonly ScoreRow[]): ScoreRow[] {
  const best = new Map<string, ScoreRow>();
  for (const row of rows) {
    const key = `${row.answerId}\u0000${row.skill}`;
    const seen = best.get(key);
    if (!seen || (SOURCE_RANK[row.source] ?? 0) > (SOURCE_RANK[seen.source] ?? 0)) best.set(key, row);
  }
  return [...best.values()];
}

/** Fewer answers than this in a row and no level is claimed: one lucky answer is not a level. */
export const MIN_ANSWERS_FOR_LEVEL = 3;

/** What a claimed level rests on, so a person can check it: "3 answers at senior or above, mean 78%, bar 70%". */
export type LevelBasis = { track: Track; count: number; score: number; bar: number };

export type LevelSummary = {
  key: string;
  count: number;
  score: number; // mean, 0..1
  bar: number | undefined; // the target track's bar
  meetsTarget: boolean;
  /** The highest track met (see summarise), or null. */
  level: Track | null;
  /** The answers and figures `level` rests on; null when no level is claimed. */
  basis: LevelBasis | null;
  /** The junior bar, to say how far a row below every bar is. */
  juniorBar: number | undefined;
  /** At least MIN_ANSWERS_FOR_LEVEL answers: without them no level is claimed either way. */
  enoughAnswers: boolean;
  selfAssessedOnly: boolean;
  /** How many of the rows are a reviewer's grade, so views can say where scores came from. */
  reviewerGraded: number;
};

/**
 * Group rows (stage or skill) and compare each group with the bars. A track is met when
 * - there are at least MIN_ANSWERS_FOR_LEVEL answers aimed at that track or higher (acing
 *   junior questions does not make anyone staff, and one answer is not enough),
 * - their mean reaches the track's bar,
 * - and so does the row's own mean over all its answers, so the score shown beside the
 *   level is never under the bar of the level claimed.
 */
export function summarise(
  rows: readonly ScoreRow[],
  groupBy: (row: ScoreRow) => string,
  bars: Bars,
  target: Track,
): LevelSummary[] {
  const groups = new Map<string, ScoreRow[]>();
  for (const row of rows) {
    const key = groupBy(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].map(([key, group]) => {
    const score = mean(group.map((r) => r.score));
    const bar = barFor(group, target, bars);
    const enoughAnswers = group.length >= MIN_ANSWERS_FOR_LEVEL;
    let basis: LevelBasis | null = null;
    for (const track of enoughAnswers ? [...TRACKS].reverse() : []) {
      const atOrAbove = group.filter((r) => trackIndex(r.track) >= trackIndex(track));
      const trackBar = barFor(atOrAbove, track, bars);
      const atOrAboveScore = mean(atOrAbove.map((r) => r.score));
      if (atOrAbove.length >= MIN_ANSWERS_FOR_LEVEL && trackBar !== undefined && atOrAboveScore >= trackBar && score >= trackBar) {
        basis = { track, count: atOrAbove.length, score: atOrAboveScore, bar: trackBar };
        break;
      }
    }
    return {
      key,
      count: group.length,
      score,
      bar,
      meetsTarget: bar !== undefined && score >= bar,
      level: basis?.track ?? null,
      basis,
      juniorBar: barFor(group, "junior", bars),
      enoughAnswers,
      selfAssessedOnly: group.every((r) => r.source === "self"),
      reviewerGraded: group.filter((r) => r.source === "reviewer").length,
    };
  });
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** The level as a sentence a person can check against the row: what it rests on, or why there is none. */
export function describeLevel(summary: Pick<LevelSummary, "count" | "score" | "basis" | "enoughAnswers" | "juniorBar">): string {
  const juniorBar = summary.juniorBar;
  if (!summary.enoughAnswers) {
    return `Not enough answers yet (${summary.count} of ${MIN_ANSWERS_FOR_LEVEL})`;
  }
  const b = summary.basis;
  if (b) {
    const name = TRACK_INFO[b.track].label;
    const at = b.track === "staff" ? "at staff" : `at ${name.toLowerCase()} or above`;
    return `${name}: ${b.count} ${b.count === 1 ? "answer" : "answers"} ${at}, mean ${percent(b.score)}, bar ${percent(b.bar)}`;
  }
  return juniorBar === undefined
    ? `Below junior: mean ${percent(summary.score)}`
    : `Below junior: mean ${percent(summary.score)}, junior bar ${percent(juniorBar)}`;
}

/** A skill spans stages: its bar is the mean of the stage bars its answers came from. */
function barFor(rows: readonly ScoreRow[], track: Track, bars: Bars): number | undefined {
  const values = rows.map((r) => bars(track, r.stage)).filter((b): b is number => b !== undefined);
  // rounded: the mean of three 0.7 bars must be 0.7, not 0.6999999999999998
  return values.length ? Math.round(mean(values) * 1e9) / 1e9 : undefined;
}

function trackIndex(track: string): number {
  return (TRACKS as readonly string[]).indexOf(track);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
