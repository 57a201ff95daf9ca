// What a reviewer needs from a rubric to grade against it, as far as a
// program can tell. Whether every part of the prompt is scored, and whether
// figures in anchors follow from the prompt, stay with human review
// (questions/REVIEW.md).
import type { RubricQuestion } from "./schema.ts";
import { TRACKS } from "./taxonomy.ts";

/**
 * Every design rubric scores these, by these ids: published ML system-design
 * rubrics treat both as signals, and calibration answers and reports rely
 * on the ids.
 */
export const REQUIRED_DESIGN_CRITERIA = {
  "trade-offs": "trade-offs (the alternatives weighed and why one was chosen)",
  communication: "communication (structure, stating assumptions, checking requirements)",
} as const;

// A junior anchor describes what a competent junior shows, so a junior who
// meets the junior bar passes it. These openings describe an answer that is
// missing or failing instead; the list catches the usual phrasings, not all.
const FAILING_JUNIOR =
  /^(?:not (?:addressed|mentioned|considered|covered)|no\b|none\b|nothing\b|does not|doesn't|did not|didn't|ignores|gives no|fails|misses|omits|skips|only\b)|\bvague(?:ly)?\b/i;

const normal = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

// Share of distinct words two anchors have in common (Jaccard). A reviewer
// cannot tell "Streams events into a store" from "Streams events into a fast
// store" apart; anchors that different levels earn say different things.
const NEAR_DUPLICATE = 0.8;
function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}

export function rubricProblems(q: RubricQuestion): string[] {
  const problems: string[] = [];
  if (q.kind === "design") {
    for (const [id, what] of Object.entries(REQUIRED_DESIGN_CRITERIA)) {
      if (!q.rubric.some((c) => c.id === id)) problems.push(`rubric has no criterion with id "${id}": every design rubric scores ${what}`);
    }
  }
  for (const c of q.rubric) {
    for (const track of TRACKS) {
      if (normal(c.anchors[track]) === "") problems.push(`rubric criterion "${c.id}": anchors.${track} is empty`);
    }
    for (let i = 0; i < TRACKS.length; i++) {
      for (let j = i + 1; j < TRACKS.length; j++) {
        const [a, b] = [TRACKS[i], TRACKS[j]];
        if (normal(c.anchors[a]) === "" || normal(c.anchors[b]) === "") continue;
        if (normal(c.anchors[a]) === normal(c.anchors[b]))
          problems.push(`rubric criterion "${c.id}": anchors.${a} and anchors.${b} are the same; each track's anchor says what that level adds`);
        else if (wordOverlap(c.anchors[a], c.anchors[b]) >= NEAR_DUPLICATE)
          problems.push(`rubric criterion "${c.id}": anchors.${a} and anchors.${b} differ by only a word or two; each track's anchor says what that level adds`);
      }
    }
    if (FAILING_JUNIOR.test(c.anchors.junior.trim()))
      problems.push(
        `rubric criterion "${c.id}": anchors.junior "${c.anchors.junior}" describes a missing or failing answer; describe what a competent junior shows`,
      );
  }
  return problems;
}
