// Counts for the check script's table and its summary line, kept apart from
// printing so the numbers can be tested.
import type { Question } from "./schema.ts";
import { KINDS, STAGES, TRACKS, type Kind } from "./taxonomy.ts";

export function kindCounts(questions: Question[]): Record<Kind, number> & { total: number } {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const q of questions) counts[q.kind]++;
  return { ...counts, total: questions.length };
}

/** The line CI greps for; its exact wording is part of the contract. */
export function summaryLine(questions: Question[]): string {
  const c = kindCounts(questions);
  return `questions: total=${c.total} coding=${c.coding} mcq=${c.mcq} numeric=${c.numeric} short=${c.short} design=${c.design} behavioral=${c.behavioral}`;
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
