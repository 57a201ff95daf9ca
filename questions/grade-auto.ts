// Grading for the kinds that need neither sandbox nor reviewer. Responses come
// from a form, so anything malformed scores 0 rather than throwing: the route
// has already validated shape, and a bad answer is still an answer.
import { normalizeAnswer } from "./normalize-answer.ts";
import type { McqQuestion, NumericQuestion, ShortQuestion } from "./schema.ts";

export type AutoQuestion = McqQuestion | NumericQuestion | ShortQuestion;

/**
 * mcq: the ids of the chosen options (a single id is accepted for single-answer questions).
 * numeric: a number, or a string holding one ("0.25", "1e-3", " 12 ").
 * short: the text typed.
 */
export type AutoResponse = string[] | string | number;

export interface AutoGrade {
  /** 0..1 */
  score: number;
  /** Exactly right: the full set of options, within tolerance, or an accepted answer. */
  correct: boolean;
}

const WRONG: AutoGrade = { score: 0, correct: false };

export function gradeAuto(q: AutoQuestion, response: unknown): AutoGrade {
  switch (q.kind) {
    case "mcq":
      return gradeMcq(q, response);
    case "numeric":
      return gradeNumeric(q, response);
    case "short":
      return gradeShort(q, response);
  }
}

// Partial credit, multiple-answer questions only: each correct option picked
// earns 1/k (k = number of correct options) and each wrong option picked
// costs 1/k, floored at 0 — so ticking every box earns nothing. A
// single-answer question is all or nothing.
function gradeMcq(q: McqQuestion, response: unknown): AutoGrade {
  const picked = typeof response === "string" ? [response] : response;
  if (!Array.isArray(picked) || !picked.every((p) => typeof p === "string")) return WRONG;
  const chosen = new Set(picked as string[]);
  const known = new Set(q.options.map((o) => o.id));
  if ([...chosen].some((id) => !known.has(id))) return WRONG;
  const correctIds = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
  const hits = [...chosen].filter((id) => correctIds.has(id)).length;
  const misses = chosen.size - hits;
  const exact = misses === 0 && hits === correctIds.size;
  if (exact) return { score: 1, correct: true };
  if (!q.multiple) return WRONG;
  return { score: Math.max(0, (hits - misses) / correctIds.size), correct: false };
}

function gradeNumeric(q: NumericQuestion, response: unknown): AutoGrade {
  const value = toNumber(response);
  if (value === undefined) return WRONG;
  const diff = Math.abs(value - q.answer);
  // A hair of slack so that "0.1 + 0.2" style float noise never fails an exact answer.
  const allowed = Math.max(q.tolerance.absolute, q.tolerance.relative * Math.abs(q.answer)) + 1e-12 * Math.max(1, Math.abs(q.answer));
  return diff <= allowed ? { score: 1, correct: true } : WRONG;
}

/** A numeric response in plain decimal notation, or undefined when it is not one. */
export function toNumber(response: unknown): number | undefined {
  if (typeof response === "number") return Number.isFinite(response) ? response : undefined;
  if (typeof response !== "string") return undefined;
  const text = response.trim();
  // Number("") is 0 and Number("0x10") is 16: accept plain decimal notation
  // only. A comma is refused rather than guessed at: "1,5" is 1.5 to half the
  // world and 15 to the other half.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  // "1e309" is written like a number but is Infinity: no tolerance can compare it
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function gradeShort(q: ShortQuestion, response: unknown): AutoGrade {
  if (typeof response !== "string") return WRONG;
  const answer = normalizeAnswer(response, q.normalize);
  if (answer === "") return WRONG;
  return q.accepted.some((a) => normalizeAnswer(a, q.normalize) === answer) ? { score: 1, correct: true } : WRONG;
}
