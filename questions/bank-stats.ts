// Counts for the check script's table and its summary line, kept apart from
// printing so the numbers can be tested.
import type { Question } from "./schema.ts";
import { KINDS, SKILLS, STAGES, TRACKS, type Kind } from "./taxonomy.ts";

export function kindCounts(questions: Question[]): Record<Kind, number> & { total: number } {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const q of questions) counts[q.kind]++;
  return { ...counts, total: questions.length };
}

/** A coding question with at least one stateful test (a sequence of calls on one object). */
export function isStateful(q: Question): boolean {
  return q.kind === "coding" && [...q.examples, ...q.hidden].some((t) => t.calls !== undefined);
}

/**
 * The line CI greps for; its exact wording is part of the contract. `stateful`
 * is a subset of `coding`, so total = coding + sql + mcq + numeric + short + design + behavioral.
 */
export function summaryLine(questions: Question[]): string {
  const c = kindCounts(questions);
  const stateful = questions.filter(isStateful).length;
  return `questions: total=${c.total} coding=${c.coding} sql=${c.sql} stateful=${stateful} mcq=${c.mcq} numeric=${c.numeric} short=${c.short} design=${c.design} behavioral=${c.behavioral}`;
}

/**
 * Per skill: how many questions are tagged with it and their share of the
 * bank, next to the share of job postings the report gives (taxonomy.ts), so
 * thin skills stand out. A question counts under each of its skills.
 */
export function skillShareTable(questions: Question[]): string {
  const header = ["skill", "questions", "share", "report frequency"];
  const rows = SKILLS.map((s) => {
    const n = questions.filter((q) => q.skills.includes(s.id)).length;
    const share = questions.length ? `${((100 * n) / questions.length).toFixed(1)}%` : "0.0%";
    return [s.id, String(n), share, "frequency" in s ? s.frequency : "—"];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Rows of stage × kind (only combinations that occur), columns of tracks.
 * A question counts once under every track it lists, so a row's track
 * counts can add up to more than its total.
 */
export function stageKindTrackTable(questions: Question[]): string {
  const header = ["stage", "kind", ...TRACKS, "total"];
  const rows: string[][] = [];
  for (const stage of STAGES) {
    for (const kind of KINDS) {
      const here = questions.filter((q) => q.stage === stage && q.kind === kind);
      if (here.length === 0) continue;
      rows.push([stage, kind, ...TRACKS.map((t) => String(here.filter((q) => q.tracks.includes(t)).length)), String(here.length)]);
    }
  }
  rows.push(["all", "", ...TRACKS.map((t) => String(questions.filter((q) => q.tracks.includes(t)).length)), String(questions.length)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
