// The reproducible random sample a bank review works from (questions/REVIEW.md).
// A seed names the sample, so anyone can draw the same questions again and
// check the reviewer's verdicts; a new seed draws a fresh sample.
import type { Question } from "./schema.ts";

const AUTO_KINDS = new Set(["mcq", "numeric", "short"]);
const RUBRIC_KINDS = new Set(["design", "behavioral"]);

export interface ReviewSample {
  auto: Question[];
  rubrics: Question[];
}

/**
 * `auto` auto-graded questions (mcq, numeric, short) and `rubrics` design
 * rubrics, drawn without replacement. The draw depends only on the seed and
 * the set of question ids, not on load order. Behavioural rubrics are drawn
 * only when there are not enough design ones.
 */
export function drawReviewSample(questions: Question[], seed: string, sizes: { auto: number; rubrics: number }): ReviewSample {
  const byId = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(hashSeed(seed));
  const auto = shuffle(byId.filter((q) => AUTO_KINDS.has(q.kind)), random).slice(0, sizes.auto);
  const design = shuffle(byId.filter((q) => q.kind === "design"), random);
  const behavioral = shuffle(byId.filter((q) => RUBRIC_KINDS.has(q.kind) && q.kind !== "design"), random);
  return { auto, rubrics: [...design, ...behavioral].slice(0, sizes.rubrics) };
}

/**
 * The questions that came from the given files or folders (paths relative to
 * the repo, as `git diff --name-only` prints them), so a review can be drawn
 * from one addition to the bank alone. A file inside a question folder
 * (`<id>/prompt.md`) stands for its folder's question.
 */
export function fromSources(questions: Question[], paths: string[]): Question[] {
  const wanted = new Set(paths.flatMap((p) => [p, p.replace(/\/[^/]*$/, "")]));
  return questions.filter((q) => wanted.has(q.source.replace(/#.*$/, "")));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// FNV-1a, then mulberry32: tiny, fast and the same on every machine, which is
// all a review sample needs (no cryptographic strength).
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
