// Short answers: the forms a practitioner writes must all pass. One form the
// bank-wide normalisation cannot reach is the expansion with its abbreviation
// in brackets — "word error rate (WER)" normalises to "worderrorratewer",
// which is neither "wer" nor "worderrorrate" — and people write it that way
// to show they know both (questions/README.md, REVIEW.md).
import { normalizeAnswer } from "./normalize-answer.ts";
import type { ShortQuestion } from "./schema.ts";

const ABBREVIATION = /^[A-Za-z0-9]{2,8}$/;

/** "word error rate" → "wer"; hyphenated words count each part ("non-max suppression" → "nms"). */
function initials(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("")
    .toLowerCase();
}

/** An accepted abbreviation (two or more capitals, e.g. WER, GQA) whose expansion is accepted too. */
function abbreviationPairs(accepted: readonly string[]): Array<{ abbreviation: string; expansion: string }> {
  const abbreviations = accepted.filter((a) => ABBREVIATION.test(a) && (a.match(/[A-Z]/g) ?? []).length >= 2);
  return abbreviations.flatMap((abbreviation) =>
    accepted
      .filter((e) => /[\s-]/.test(e) && !e.includes("(") && initials(e) === abbreviation.toLowerCase())
      .map((expansion) => ({ abbreviation, expansion })),
  );
}

export function shortAnswerProblems(q: ShortQuestion): string[] {
  const graded = new Set(q.accepted.map((a) => normalizeAnswer(a, q.normalize)));
  return abbreviationPairs(q.accepted)
    .map(({ abbreviation, expansion }) => `${expansion} (${abbreviation})`)
    .filter((form) => !graded.has(normalizeAnswer(form, q.normalize)))
    .map((form) => `accepted answers miss "${form}"; a candidate who writes the expansion with its abbreviation scores 0`);
}
