/**
 * The round's headline score. An answer waiting for a grade (a reviewer's, usually) is
 * pending, not zero: it is left out of the score and counted apart, so a round whose only
 * answer awaits a reviewer reads "pending", never 0%. Unanswered questions count as 0.
 */
export type RoundTotal = {
  /** Mean over the questions that have a grade or were left unanswered; null when every answer is pending. */
  score: number | null;
  pending: number;
  total: number;
};

export function roundTotal(items: readonly { status: string; score: number | null }[]): RoundTotal {
  const pending = items.filter((i) => i.status !== "unanswered" && i.score === null).length;
  const counted = items.filter((i) => i.status === "unanswered" || i.score !== null);
  const score = counted.length && (pending === 0 || counted.some((i) => i.score !== null)) ? counted.reduce((s, i) => s + (i.score ?? 0), 0) / counted.length : null;
  return { score, pending, total: items.length };
}

/** "2 of 5 answers still pending a grade", or nothing when none is. */
export function describePending({ pending, total }: RoundTotal): string | null {
  if (pending === 0) return null;
  return `${pending} of ${total} ${total === 1 ? "answer" : "answers"} still ${pending === 1 ? "awaits" : "await"} a grade`;
}
