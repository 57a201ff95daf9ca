// The one normal form a short answer and each accepted answer are compared in.
// Shared by the schema (which rejects accepted answers that collapse into one
// another) and by grading, so what the check proves is what grading does.
//
// Every step is on for every short question: people type "A model registry.",
// "Gradient-Accumulation" or "kmeans" and mean the accepted answer. A question
// may turn a step off only with a stated reason (schema: `normalize.keep`).

export const NORMALIZATION_STEPS = ["case", "punctuation", "spacing", "articles"] as const;
/**
 * case: fold upper and lower case.
 * punctuation: drop punctuation anywhere ("k-means." = "k means", "Platt's" = "Platts").
 * spacing: ignore spaces, so spaced, hyphenated and joined forms meet ("fine tuning" = "fine-tuning" = "finetuning").
 * articles: drop one leading a / an / the ("a model registry" = "model registry").
 */
export type NormalizationStep = (typeof NORMALIZATION_STEPS)[number];

export interface Normalization {
  /** Steps this question turns off; empty for almost every question. */
  keep: readonly NormalizationStep[];
}

export const DEFAULT_NORMALIZATION: Normalization = { keep: [] };

const LEADING_ARTICLE = /^(?:a|an|the)\s+(?=\S)/i;
// Even a question that keeps punctuation does not want "C#." to differ from "C#".
const TRAILING_SENTENCE_PUNCTUATION = /[\s.,;:!?]+$/u;

export function normalizeAnswer(text: string, n: Normalization = DEFAULT_NORMALIZATION): string {
  const on = (step: NormalizationStep) => !n.keep.includes(step);
  // NFKC folds look-alikes a phone keyboard produces (full-width letters, ligatures).
  let s = text.normalize("NFKC");
  if (on("case")) s = s.toLowerCase();
  // To a space rather than to nothing, so the article rule still sees "the-model" as two words;
  // the spacing step then joins what punctuation separated.
  s = on("punctuation") ? s.replace(/\p{P}+/gu, " ") : s.replace(TRAILING_SENTENCE_PUNCTUATION, "");
  s = s.trim().replace(/\s+/g, " ");
  if (on("articles")) s = s.replace(LEADING_ARTICLE, "");
  if (on("spacing")) s = s.replace(/ /g, "");
  return s;
}
