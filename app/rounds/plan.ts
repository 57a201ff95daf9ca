import type { Stage, Track } from "../../questions/taxonomy";

export type PlanCandidate = {
  versionId: string;
  questionId: string;
  stage: Stage;
  tracks: Track[];
  skills: string[];
  minutes: number;
};

export type PlanSlot = { stage: Stage; minutes: number };

export type PlanInput = {
  track: Track;
  slots: PlanSlot[];
  skillFocus?: string;
  /** Question ids the candidate saw recently: used only when nothing fresh fits. */
  recent: ReadonlySet<string>;
  random?: () => number;
};

/**
 * Choose questions for a round: per slot, questions of that stage that fit the track,
 * skill focus first, fresh ones before recently seen ones, shuffled within each group,
 * added while they fit the slot's minutes. Every slot gets at least one question when
 * the bank has one, even if it alone overruns the slot.
 */
export function planRound(bank: readonly PlanCandidate[], input: PlanInput): PlanCandidate[] {
  const random = input.random ?? Math.random;
  const chosen: PlanCandidate[] = [];
  const taken = new Set<string>();
  for (const slot of input.slots) {
    const fits = bank.filter((q) => q.stage === slot.stage && q.tracks.includes(input.track) && !taken.has(q.questionId));
    const rank = (q: PlanCandidate) =>
      (input.skillFocus && !q.skills.includes(input.skillFocus) ? 2 : 0) + (input.recent.has(q.questionId) ? 1 : 0);
    const ordered = shuffle(fits, random).sort((a, b) => rank(a) - rank(b));
    let used = 0;
    for (const q of ordered) {
      if (used + q.minutes > slot.minutes) continue;
      chosen.push(q);
      taken.add(q.questionId);
      used += q.minutes;
    }
    if (used === 0 && ordered.length > 0) {
      const shortest = ordered.reduce((a, b) => (b.minutes < a.minutes ? b : a));
      chosen.push(shortest);
      taken.add(shortest.questionId);
    }
  }
  return chosen;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
