import { TRACKS, type Track } from "../../questions/taxonomy";

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

export type LevelSummary = {
  key: string;
  count: number;
  score: number; // mean, 0..1
  bar: number | undefined; // the target track's bar
  meetsTarget: boolean;
  /** The highest track whose bar is met by attempts at that track or above, or null. */
  level: Track | null;
  selfAssessedOnly: boolean;
  /** How many of the rows are a reviewer's grade, so views can say where scores came from. */
  reviewerGraded: number;
};

/**
 * Group rows (stage or skill) and compare each group with the bars. A track counts as
 * met only on attempts aimed at that track or higher: acing junior questions does not
 * make anyone staff.
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
    let level: Track | null = null;
    for (const track of [...TRACKS].reverse()) {
      const atOrAbove = group.filter((r) => trackIndex(r.track) >= trackIndex(track));
      const trackBar = barFor(atOrAbove, track, bars);
      if (atOrAbove.length && trackBar !== undefined && mean(atOrAbove.map((r) => r.score)) >= trackBar) {
        level = track;
        break;
      }
    }
    return {
      key,
      count: group.length,
      score,
      bar,
      meetsTarget: bar !== undefined && score >= bar,
      level,
      selfAssessedOnly: group.every((r) => r.source === "self"),
      reviewerGraded: group.filter((r) => r.source === "reviewer").length,
    };
  });
}

/** A skill spans stages: its bar is the mean of the stage bars its answers came from. */
function barFor(rows: readonly ScoreRow[], track: Track, bars: Bars): number | undefined {
  const values = rows.map((r) => bars(track, r.stage)).filter((b): b is number => b !== undefined);
  return values.length ? mean(values) : undefined;
}

function trackIndex(track: string): number {
  return (TRACKS as readonly string[]).indexOf(track);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
