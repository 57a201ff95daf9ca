// The version key of a question: the database sync (app/) stores a new version
// whenever this changes, and attempts point at the version they were taken on.
// It covers what the candidate sees and what they are graded on — prompt,
// options, tests, limits, rubric, model answer, explanation — and leaves out
// what changes neither: where the file lives and the reference/wrong solutions
// (those only prove the tests right; rewriting one must not fork attempts).
import { createHash } from "node:crypto";
import type { Question } from "./schema.ts";

export function contentHash(question: Question): string {
  const { source: _source, ...graded } = question;
  const hashed: Record<string, unknown> = { ...graded };
  if (question.kind === "coding" || question.kind === "sql") delete hashed.solutions;
  return createHash("sha256").update(canonicalJson(hashed)).digest("hex");
}

/** JSON with object keys sorted at every depth; undefined fields dropped, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    const json = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; in arrays they become null like JSON.stringify
    return json === undefined ? "null" : json;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(",")}}`;
}
