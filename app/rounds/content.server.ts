import { toPublicQuestion, type PublicQuestion, type Question } from "../../questions/index";

/**
 * A stored version's full content (hidden tests, correct options, rubric anchors
 * included). Server-only: what reaches a page goes through toPublicQuestion first.
 */
export function questionFromVersion(version: { content: string }): Question {
  return { ...(JSON.parse(version.content) as Omit<Question, "source">), source: "" } as Question;
}

export function publicQuestion(version: { content: string }): PublicQuestion {
  return toPublicQuestion(questionFromVersion(version));
}
