// A numeric question must accept the answer rounded the way a person gives
// it. A candidate who works out 0.8668 and types 0.87, or 59.87 % and types
// 60, has answered correctly unless the prompt asked for more precision; a
// tolerance that rejects them marks a right answer wrong. The rule:
//   - the prompt states a precision ("to 3 decimal places", "3 significant
//     figures", "exact integer"): that rounding, and any finer one, passes;
//   - otherwise the natural rounding passes: a whole percent for a
//     percentage, three significant figures from 1,000 up, two decimals for
//     any other non-integer. An integer answer below 1,000 is its own
//     natural form.
import { gradeAuto } from "./grade-auto.ts";
import type { NumericQuestion } from "./schema.ts";

export type Precision =
  | { kind: "decimals"; n: number }
  | { kind: "significant"; n: number }
  | { kind: "exact" };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const count = `(\\d|${Object.keys(NUMBER_WORDS).join("|")})`;

/** The precision a prompt asks for, if it asks for one. */
export function statedPrecision(prompt: string): Precision | undefined {
  // Emphasis and code marks would split "**three** decimal places".
  const text = prompt.replace(/[*_`]/g, "").replace(/\s+/g, " ").toLowerCase();
  const n = (word: string) => NUMBER_WORDS[word] ?? Number(word);
  const decimals = new RegExp(`\\b${count} (?:or more )?decimal(?: place)?s?\\b`).exec(text);
  if (decimals) return { kind: "decimals", n: n(decimals[1]) };
  const significant = new RegExp(`\\b${count} significant (?:figure|digit)s?\\b`).exec(text);
  if (significant) return { kind: "significant", n: n(significant[1]) };
  if (/\bexact (?:integer|count|number|value|answer|figure)\b|\bwhole number\b|\bas an integer\b/.test(text)) return { kind: "exact" };
  return undefined;
}

function isPercentage(q: NumericQuestion): boolean {
  // "Give a decimal (not a percentage)" is not a percentage question.
  return q.unit === "%" || /\b(?:as|in) (?:a )?percent(?:age)?s?\b|\bwhat percent(?:age)?\b/i.test(q.prompt);
}

/** What a person gives when the prompt is silent about precision. */
export function naturalPrecision(q: NumericQuestion): Precision {
  if (isPercentage(q)) return { kind: "decimals", n: 0 };
  if (Math.abs(q.answer) >= 1000) return { kind: "significant", n: 3 };
  if (Number.isInteger(q.answer)) return { kind: "exact" };
  return { kind: "decimals", n: 2 };
}

function decimalsFor(x: number, p: Precision): number | undefined {
  if (p.kind === "exact") return undefined;
  if (p.kind === "decimals") return p.n;
  if (x === 0) return 0;
  return p.n - 1 - Math.floor(Math.log10(Math.abs(x)));
}

/** x rounded to `decimals` places (negative: tens, hundreds…); both neighbours on an exact tie. */
export function roundings(x: number, decimals: number): number[] {
  const scale = (k: number) => (decimals >= 0 ? k / 10 ** decimals : k * 10 ** -decimals);
  const scaled = decimals >= 0 ? x * 10 ** decimals : x / 10 ** -decimals;
  const lo = Math.floor(scaled);
  const hi = Math.ceil(scaled);
  if (lo === hi) return [scale(lo)];
  const below = scaled - lo;
  const above = hi - scaled;
  // A half-way answer (0.125 to two decimals) may be given either way.
  if (Math.abs(below - above) < 1e-9) return [scale(lo), scale(hi)];
  return [scale(below < above ? lo : hi)];
}

function describe(p: Precision, stated: boolean): string {
  const how =
    p.kind === "decimals"
      ? p.n === 0
        ? "as a whole percentage"
        : `to ${p.n} decimal place${p.n === 1 ? "" : "s"}`
      : p.kind === "significant"
        ? `to ${p.n} significant figures`
        : "exactly";
  return stated ? `${how}, as the prompt asks` : `${how}, as a person gives it when the prompt states no precision`;
}

/**
 * One line per offence: the rounding at the stated or natural precision (or
 * one or two digits finer) that the tolerance rejects. Empty when the
 * question follows the rule.
 */
export function roundingProblems(q: NumericQuestion): string[] {
  const stated = statedPrecision(q.prompt);
  const precision = stated ?? naturalPrecision(q);
  const decimals = decimalsFor(q.answer, precision);
  if (decimals === undefined) return [];
  for (const finer of [0, 1, 2]) {
    for (const value of roundings(q.answer, decimals + finer)) {
      if (gradeAuto(q, String(value)).correct) continue;
      const needed = Math.abs(value - q.answer);
      const advice = stated
        ? `widen the tolerance to at least ${formatTolerance(needed)}`
        : `state the precision the answer needs in the prompt (e.g. "to 3 decimal places", "exact integer") or widen the tolerance to at least ${formatTolerance(needed)}`;
      const places = decimals + finer;
      const roundedHow =
        finer === 0
          ? describe(precision, stated !== undefined)
          : `to ${places >= 0 ? `${places} decimal place${places === 1 ? "" : "s"}` : `the nearest ${10 ** -places}`} (finer than the ${stated ? "stated" : "natural"} rounding, so it must pass too)`;
      return [`answer ${q.answer} rejects ${value}, the answer rounded ${roundedHow}; ${advice}`];
    }
  }
  return [];
}

/** x rounded up to two significant figures, so the advice is always enough. */
function formatTolerance(x: number): string {
  if (x === 0) return "0";
  const step = 10 ** (Math.floor(Math.log10(x)) - 1);
  return String(Number((Math.ceil(x / step - 1e-9) * step).toPrecision(2)));
}
