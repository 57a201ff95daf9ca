// Standards the bank's content is held to beyond its format (questions/README.md,
// questions/REVIEW.md): numeric answers accept the natural rounding, short
// answers accept an expansion written with its abbreviation, rubrics give
// reviewers levels to grade against. Reported by questions:check, which
// fails on any; the loader does not refuse them, so a content slip never
// stops the app from syncing an otherwise sound bank.
import { roundingProblems } from "./numeric-rounding.ts";
import { rubricProblems } from "./rubric-checks.ts";
import { shortAnswerProblems } from "./short-answer-checks.ts";
import type { Question } from "./schema.ts";

/** One line per problem: "<source>: <what is wrong>". */
export function standardsProblems(questions: Question[]): string[] {
  const problems: string[] = [];
  for (const q of questions) {
    const found =
      q.kind === "numeric"
        ? roundingProblems(q)
        : q.kind === "short"
          ? shortAnswerProblems(q)
          : q.kind === "design" || q.kind === "behavioral"
            ? rubricProblems(q)
            : [];
    for (const p of found) problems.push(`${q.source}: ${p}`);
  }
  return problems.sort();
}
