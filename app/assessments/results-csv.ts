import { findSkill } from "../../questions/taxonomy";
import { cellValue, type Cell } from "./attempt-score";
import { toCsv, type CsvValue } from "./csv";
import { STATUS_LABELS } from "./results-format";
import type { ResultColumn, ResultRow } from "./results.server";

const pct = (v: number | null | undefined): CsvValue => (v === null || v === undefined ? "" : Math.round(v * 1000) / 10);

// Numbers where the answer is final, words where it is not: a spreadsheet's AVERAGE then
// skips "pending review" instead of counting it as zero.
function cellCsv(cell: Cell): CsvValue {
  const value = cellValue(cell);
  if (value !== undefined) return pct(value);
  return cell.state === "pending-review" ? "pending review" : "not graded yet";
}

/** The results table as CSV: one row per candidate, one column per question and per skill (percentages). */
export function resultsCsv(columns: readonly ResultColumn[], rows: readonly ResultRow[]): string {
  const skills = [...new Set(columns.flatMap((c) => c.skills))];
  const header = [
    "Name",
    "Email",
    "Status",
    "Total (%)",
    "Answers pending review",
    "Started (UTC)",
    "Submitted (UTC)",
    "Time used (min)",
    ...columns.map((c) => `Q${c.position} ${c.title} (%, ${c.points} pt)`),
    ...skills.map((s) => `Skill: ${findSkill(s)?.label ?? s} (%)`),
  ];
  const body = rows.map((row) => {
    const bySkill = new Map(row.score?.skills.map((s) => [s.key, s.score]) ?? []);
    return [
      row.name,
      row.email,
      STATUS_LABELS[row.status],
      pct(row.total),
      row.score ? row.pendingReview : "",
      row.startedAt ?? "",
      row.submittedAt ?? "",
      row.timeUsedMs === null ? "" : Math.round(row.timeUsedMs / 6_000) / 10,
      ...columns.map((_, i) => (row.score ? cellCsv(row.score.cells[i]) : "")),
      ...skills.map((s) => pct(bySkill.get(s))),
    ];
  });
  return toCsv(header, body);
}
