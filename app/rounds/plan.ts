import { TRACKS, type Stage, type Track } from "../../questions/taxonomy";

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
    const fits = nearestTrackFits(bank, slot.stage, input.track, taken);
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

/**
 * Questions of the stage written for the track; when the bank has none (few screening
 * questions are staff-level, system design starts at mid), those of the nearest track,
 * so every track can practise every stage.
 */
function nearestTrackFits(bank: readonly PlanCandidate[], stage: Stage, track: Track, taken: ReadonlySet<string>): PlanCandidate[] {
  const free = bank.filter((q) => q.stage === stage && !taken.has(q.questionId));
  const at = TRACKS.indexOf(track);
  const byDistance = [...TRACKS].sort((a, b) => Math.abs(TRACKS.indexOf(a) - at) - Math.abs(TRACKS.indexOf(b) - at) || TRACKS.indexOf(b) - TRACKS.indexOf(a));
  for (const t of byDistance) {
    const fits = free.filter((q) => q.tracks.includes(t));
    if (fits.length) return fits;
  }
  return [];
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
